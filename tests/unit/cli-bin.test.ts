import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/zorgvuldig.mjs`;
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 });

describe('the installed bin (as npx zorgvuldig runs it)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [`${root}scripts/build-cli.mjs`], { cwd: root });
  });

  it('checks stdin and exits 1 on a stop finding', () => {
    const r = run(['check', '-', '--json'], 'Patiënt met BSN 111222333');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ ruleId: 'privacy/bsn', start: 16, end: 25 });
  });

  it('answers the --jsonl batch contract', () => {
    const input = [
      '{"id":"x","text":"Mooie dag"}',
      '{"id":"y","text":"BSN 111222333","platform":"tiktok"}',
    ].join('\n');
    const r = run(['check', '--jsonl'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.findings.length > 0])).toEqual([
      ['x', false],
      ['y', true],
    ]);
  });

  it('exits 2 with one line for a usage error', () => {
    const r = run(['check']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
