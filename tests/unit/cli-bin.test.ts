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

  // Errors and help follow --lang (wherever it stands), as the findings do; the exit codes do not change.
  it.each([
    [['check', 'no-such-file.txt', '--lang', 'en'], 'zorgvuldig: no-such-file.txt does not exist'],
    [['check', 'no-such-file.txt', '--lang', 'nl'], 'zorgvuldig: no-such-file.txt bestaat niet'],
    [['check', '-', '--lang=en', '--platform', 'myspace'], 'unknown platform; choose one of'],
    [['check', '-', '--platform', 'myspace', '--lang', 'nl'], 'onbekend platform; kies uit'],
    [['--lang', 'en', 'check'], 'zorgvuldig: give a file, or - for stdin (see --help)'],
    [['check'], 'zorgvuldig: geef een bestand, of - voor stdin (zie --help)'],
  ])('%j: exit 2 and "%s" on stderr', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports a bad --jsonl line in the language of --lang, on stdout and stderr', () => {
    const input = '{"id":1,"text":"Mooie dag"}\nnot json\n';
    const en = run(['check', '--jsonl', '--lang', 'en'], input);
    const nl = run(['check', '--jsonl', '--lang', 'nl'], input);
    expect([en.status, nl.status]).toEqual([2, 2]);
    expect(JSON.parse(en.stdout.trim().split('\n')[1])).toEqual({
      id: null,
      line: 2,
      error: 'not valid JSON',
    });
    expect(JSON.parse(nl.stdout.trim().split('\n')[1])).toEqual({
      id: null,
      line: 2,
      error: 'geen geldige JSON',
    });
    expect(en.stderr).toBe('zorgvuldig: line 2: not valid JSON\n');
    expect(nl.stderr).toBe('zorgvuldig: regel 2: geen geldige JSON\n');
  });

  it('prints the help in the language of --lang', () => {
    const en = run(['--help', '--lang', 'en']);
    const nl = run(['--lang', 'nl', '--help']);
    expect([en.status, nl.status]).toEqual([0, 0]);
    expect(en.stdout).toContain('Exit codes: 0 nothing to stop');
    expect(en.stdout).not.toContain('Gebruik');
    expect(nl.stdout).toContain('Exitcodes: 0 niets om te stoppen');
    expect(nl.stdout).not.toContain('Usage');
  });
});
