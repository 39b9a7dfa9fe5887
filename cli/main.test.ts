import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ruleById } from '../lib/checker/registry';
import { runCli } from './main';

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await runCli(argv, {
    stdin: Readable.from([stdin]),
    stdout,
    stderr,
    env: {},
    version: '9.9.9',
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'zorgvuldig-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('zorgvuldig check FILE', () => {
  it('prints a readable report grouped by category with line:column, exit 1 on stop', async () => {
    const r = await run(['check', file('a.txt', 'Hallo\nPatiënt met BSN 111222333')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Privacy \(1\)/);
    expect(r.out).toContain('2:17');
    expect(r.out).toContain('privacy/bsn');
    expect(r.out).not.toContain('\x1b['); // no colour when not on a terminal
  });
  it('exit 0 when nothing has severity stop', async () => {
    const r = await run(['check', file('b.txt', 'Wat een mooie dag met het team!')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Niets gevonden.');
  });
  it('--json prints one Report', async () => {
    const r = await run(['check', '-', '--json'], 'Patiënt met BSN 111222333');
    const report = JSON.parse(r.out);
    expect(report.findings.map((f: { start: number; end: number }) => [f.start, f.end])).toEqual([[16, 25]]);
    expect(report.stats.words).toBe(3);
  });
  it('--platform and --surface set the draft', async () => {
    const r = await run(['check', '-', '--json', '--platform', 'linkedin', '--surface=reply'], 'x');
    expect(r.code).toBe(0);
  });
  it('--lang en gives English messages', async () => {
    const r = await run(['check', '-', '--lang', 'en'], 'BSN 111222333');
    expect(r.out).toContain('citizen service number');
  });
});

describe('usage errors exit 2 with one line on stderr', () => {
  it.each([
    [['check']],
    [['check', 'a', 'b']],
    [['lint', 'x']],
    [['check', '-', '--platform', 'myspace']],
    [['check', '-', '--surface']],
    [['check', '-', '--bogus']],
    [['check', join(dir, 'missing.txt')]],
    [['check', dir]],
  ])('%j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });
  it('refuses binary input cleanly', async () => {
    const r = await run(['check', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 255]))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/geen tekstbestand/);
  });
});

describe('--jsonl batch', () => {
  it('answers one line per input line, in order, with an error object for a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Patiënt met BSN 111222333', platform: 'facebook' }),
      '{not json',
      JSON.stringify({ id: 7, text: 12 }),
      '',
      JSON.stringify({ id: 'd', text: 'Fijne dag!', surface: 'comment' }),
    ].join('\n');
    const r = await run(['check', '--jsonl'], input);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'd']);
    expect(lines[0].findings[0]).toMatchObject({ ruleId: 'privacy/bsn', start: 16, end: 25 });
    expect(lines[0].stats).toHaveProperty('ms');
    expect(lines[1]).toMatchObject({ line: 2, error: expect.any(String) });
    expect(lines[2]).toMatchObject({ id: 7, line: 3, error: expect.stringContaining('text') });
    expect(lines[3]).toEqual({ id: 'd', findings: [], stats: expect.any(Object) });
    expect(r.code).toBe(2);
  });
  it('exit 1 when a line has a stop and all lines are valid', async () => {
    const r = await run(['check', '--jsonl'], JSON.stringify({ id: 1, text: 'BSN 111222333' }));
    expect(r.code).toBe(1);
  });
  it('rejects a file argument', async () => {
    expect((await run(['check', '--jsonl', 'x.jsonl'])).code).toBe(2);
  });
});

describe('a rule that throws', () => {
  afterEach(() => vi.restoreAllMocks());
  const breakRule = (id: string) =>
    vi.spyOn(ruleById.get(id)!, 'check').mockImplementation(() => {
      throw new Error('kapot');
    });

  it('exits 2, names the rule on stderr and still prints what the other rules found', async () => {
    breakRule('privacy/email');
    const r = await run(['check', '-'], 'BSN 111222333, mail jan@voorbeeld.nl');
    expect(r.code).toBe(2);
    expect(r.err).toContain('privacy/email');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toContain('privacy/bsn');
  });

  it('--json carries stats.failedRules', async () => {
    breakRule('privacy/email');
    const r = await run(['check', '-', '--json'], 'Hallo');
    expect(JSON.parse(r.out).stats.failedRules).toEqual(['privacy/email']);
    expect(r.code).toBe(2);
  });

  it('--jsonl: exit 2, the line and rule on stderr, the other lines checked', async () => {
    breakRule('privacy/email');
    const input = [JSON.stringify({ id: 'a', text: 'Hallo' }), JSON.stringify({ id: 'b', text: 'Dag' })];
    const r = await run(['check', '--jsonl'], input.join('\n'));
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(r.err).toContain('privacy/email');
    expect(r.code).toBe(2);
  });
});

describe('help and version', () => {
  it('--help', async () => expect((await run(['--help'])).out).toContain('zorgvuldig check FILE'));
  it('--version', async () => expect((await run(['-v'])).out).toBe('9.9.9\n'));
});
