/**
 * Milliseconds of CPU that `fn` used in this process. Unit tests that guard against runaway
 * (super-linear) work measure this instead of the wall clock: vitest runs each test file in its
 * own process, so other work on a busy machine does not count, and a limit need not be loosened
 * for a slow day.
 */
export function cpuMs(fn: () => unknown): number {
  const started = process.cpuUsage();
  fn();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
