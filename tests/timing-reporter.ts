import type { Reporter, TestModule, Vitest } from 'vitest/node';

/** More files than this (the unit tests) print only the slowest, so the log stays readable. */
const MAX_LINES = 8;

/** Seconds a file took: environment, set-up, import, and its tests and hooks. */
function seconds(module: TestModule): number {
  const d = module.diagnostic();
  return (
    (d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration + d.duration) / 1000
  );
}

/**
 * Prints a `timing:` line per test file (slowest first) and one for the whole run, so every
 * CI log says where its minutes went, file by file.
 */
export default class TimingReporter implements Reporter {
  private vitest?: Vitest;
  private started = 0;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunStart(): void {
    this.started = performance.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const log = (line: string) => this.vitest?.logger.log(line);
    const rows = modules
      .map((m) => ({ file: m.relativeModuleId, s: seconds(m), ok: m.ok() }))
      .sort((a, b) => b.s - a.s);
    log('');
    for (const row of rows.slice(0, MAX_LINES))
      log(`timing: ${row.s.toFixed(1).padStart(6)} s  ${row.file}${row.ok ? '' : '  (failed)'}`);
    if (rows.length > MAX_LINES) log(`timing:          (${rows.length - MAX_LINES} faster files not listed)`);
    const wall = (performance.now() - this.started) / 1000;
    log(`timing: ${wall.toFixed(1).padStart(6)} s  all ${rows.length} files, wall clock`);
  }
}
