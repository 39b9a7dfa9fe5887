import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { check } from '../lib/checker/check';
import type { CheckerSettings, SpellEngine } from '../lib/checker/rule';
import { Platform, Surface, type Report } from '../lib/checker/types';
import type { Lang } from '../lib/i18n';
import { langOf, parseArgs, UsageError, type CliOptions } from './args';
import { formatReport } from './format';
import { readInput } from './input';
import { t } from './texts';

export type Io = {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** Loads the spell engine; the CLI runs without spelling when it answers undefined. */
  loadSpell?: () => Promise<SpellEngine | undefined>;
  version?: string;
};

/** 2 also when a rule threw: the report is incomplete, which must not pass for "nothing found". */
const EXIT = { ok: 0, stop: 1, usage: 2, ruleFailed: 2 } as const;

/** A batch line: the id is echoed back as given (string or number). */
const BatchLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  platform: Platform.optional(),
  surface: Surface.optional(),
});

/** Runs the CLI and returns its exit code; never throws for bad input. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${t('usage.error', langOf(argv), { message: error.message })}\n`);
    return EXIT.usage;
  }
  if (options.command === 'help') {
    io.stdout.write(`${t('usage', options.lang)}\n`);
    return EXIT.ok;
  }
  if (options.command === 'version') {
    io.stdout.write(`${io.version ?? 'unknown'}\n`);
    return EXIT.ok;
  }
  const spell = options.spelling ? await loadSpellQuietly(io, options.lang) : undefined;
  const settings: CheckerSettings = { lang: options.lang };
  if (options.format === 'jsonl') return runBatch(io, options.lang, settings, spell);

  const input = await readInput(options.file ?? '-', io.stdin, options.lang);
  if (!input.ok) {
    io.stderr.write(`${t('error', options.lang, { message: input.error })}\n`);
    return EXIT.usage;
  }
  const report = check({ text: input.text, platform: options.platform, surface: options.surface }, settings, {
    spell,
  });
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    const color = options.color === 'auto' ? !!io.stdout.isTTY && !('NO_COLOR' in io.env) : options.color;
    const source = options.file === '-' ? '' : options.file;
    io.stdout.write(formatReport(input.text, report, options.lang, color, source));
  }
  if (reportFailedRules(io, report, options.lang)) return EXIT.ruleFailed;
  return hasStop(report) ? EXIT.stop : EXIT.ok;
}

async function runBatch(io: Io, lang: Lang, settings: CheckerSettings, spell?: SpellEngine): Promise<number> {
  let stop = false;
  let invalid = false;
  let failed = false;
  let lineNo = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNo++;
    if (!raw.trim()) continue;
    const parsed = parseBatchLine(raw, lang);
    if (!parsed.ok) {
      invalid = true;
      io.stdout.write(`${JSON.stringify({ id: parsed.id, line: lineNo, error: parsed.error })}\n`);
      io.stderr.write(`${t('batch.error', lang, { line: lineNo, message: parsed.error })}\n`);
      continue;
    }
    const { id, ...draft } = parsed.value;
    const report = check(draft, settings, { spell });
    stop ||= hasStop(report);
    io.stdout.write(`${JSON.stringify({ id, findings: report.findings, stats: report.stats })}\n`);
    failed = reportFailedRules(io, report, lang, lineNo) || failed;
  }
  // Invalid input or a failed rule outranks findings: the batch was not checked whole.
  return invalid ? EXIT.usage : failed ? EXIT.ruleFailed : stop ? EXIT.stop : EXIT.ok;
}

type Parsed =
  { ok: true; value: z.infer<typeof BatchLine> } | { ok: false; id: string | number | null; error: string };

function parseBatchLine(raw: string, lang: Lang): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, id: null, error: t('batch.json', lang) };
  }
  const result = BatchLine.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const id = (json as { id?: unknown } | null)?.id;
  const issue = result.error.issues[0];
  return {
    ok: false,
    id: typeof id === 'string' || typeof id === 'number' ? id : null,
    error: t('batch.field', lang, {
      field: issue.path.join('.') || t('batch.line', lang),
      reason: issue.message,
    }),
  };
}

async function loadSpellQuietly(io: Io, lang: Lang): Promise<SpellEngine | undefined> {
  try {
    return await io.loadSpell?.();
  } catch (error) {
    io.stderr.write(`${t('spelling.unavailable', lang, { reason: (error as Error).message })}\n`);
    return undefined;
  }
}

/** One line on stderr naming the rules that threw; true when there were any. */
function reportFailedRules(io: Io, report: Report, lang: Lang, line?: number): boolean {
  const failed = report.stats.failedRules;
  if (!failed?.length) return false;
  const rules = failed.join(', ');
  io.stderr.write(
    `${line === undefined ? t('rules.failed', lang, { rules }) : t('rules.failedOnLine', lang, { line, rules })}\n`,
  );
  return true;
}

const hasStop = (report: Report) => report.findings.some((f) => f.severity === 'stop');
