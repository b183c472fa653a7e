import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/web/src/**/*.test.tsx',
      // The browser suite: a real server and Debian's headless Chromium (see packages/web/e2e).
      'packages/web/e2e/**/*.test.ts',
    ],
    // Starts the private PostgreSQL 15 cluster once for the run when XXGK_TEST_PG=1 (npm test
    // sets it), so the repository suites run on PGlite and on a real server alike.
    globalSetup: ['packages/db/src/testing/global-setup.ts'],
    testTimeout: 30_000,
  },
});
