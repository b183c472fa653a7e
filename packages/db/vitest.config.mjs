// Runs the db suites alone with the PostgreSQL test cluster managed for the whole run:
//   XXGK_TEST_PG=1 npx vitest run --config packages/db/vitest.config.mjs
// The root config runs the same files; wiring the same globalSetup there gives `npm test` the
// same behaviour (see packages/db/README.md).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    testTimeout: 30_000,
  },
});
