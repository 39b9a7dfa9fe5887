import { defineConfig } from 'vitest/config';

// Real Chromium, one browser at a time (2 cores), no retries: a flaky e2e test is a bug to fix.
export default defineConfig({
  test: {
    reporters: ['default', './tests/timing-reporter.ts'],
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
