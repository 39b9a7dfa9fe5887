import { defineConfig } from 'vitest/config';

/** Real browsers, no retries: a flaky e2e test is a bug to fix. */
const shared = { environment: 'node', retry: 0, testTimeout: 60_000, hookTimeout: 60_000 } as const;

/**
 * Files that need the machine to themselves: `keystroke` measures script time per key. (Policy
 * files are per browser since policy-sandbox.ts, so the policy tests run side by side too.)
 */
const ALONE = ['tests/e2e/keystroke.e2e.test.ts'];

// Each file starts its own browser, profile and fixture server, so two files run side by side
// (one per core); the ALONE files then run one at a time, after them (vitest's sequential group).
export default defineConfig({
  test: {
    reporters: ['default', './tests/timing-reporter.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'side-by-side',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: ALONE,
          maxWorkers: 2,
        },
      },
      { test: { ...shared, name: 'alone', include: ALONE, fileParallelism: false } },
    ],
  },
});
