import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/web/src/**/*.test.tsx',
      'packages/web/e2e/**/*.test.ts',
    ],
    testTimeout: 30_000,
  },
});
