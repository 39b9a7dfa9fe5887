/**
 * npm run eval: precision and recall per entity type on the labelled snippets in this folder,
 * and false alarms per 1,000 words on the shared corpus of ordinary care-marketing texts.
 * --verbose lists every miss and false alarm. --heldout scores the held-out set in heldout/
 * instead: snippets written blind, before their author read any rule, so its figures are honest.
 * --set realtext scores the drafts modelled on real public posts (realtext/tune/, or with
 * --heldout realtext/heldout/, which nobody tunes on); its targets are reported, not gated.
 * --json prints one JSON summary instead of the table.
 * --files a.jsonl,b.jsonl scores only those files of the folder (e.g. one session's new drafts, blind).
 * --no-spelling checks without the Dutch dictionary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { check } from '../../lib/checker/check';
import { loadSpellEngine } from '../../lib/spelling/load-node';
import { countWords } from '../../lib/checker/text/words';
import { MediaFacts, Platform, Surface, type Finding } from '../../lib/checker/types';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const verbose = process.argv.includes('--verbose');
const heldout = process.argv.includes('--heldout');
const json = process.argv.includes('--json');
const setArg = process.argv.indexOf('--set');
const set = setArg >= 0 ? process.argv[setArg + 1] : 'snippets';
if (set !== 'snippets' && set !== 'realtext') {
  console.error(`Unknown --set "${set ?? ''}": use --set realtext, or leave it out for the snippets.`);
  process.exit(2);
}
const realtext = set === 'realtext';
const dir = realtext
  ? `${here}realtext/${heldout ? 'heldout' : 'tune'}/`
  : heldout
    ? `${here}heldout/`
    : here;
const filesArg = process.argv.indexOf('--files');
/** Only these files of the folder, when given: to measure a batch of new drafts on its own. */
const only = filesArg >= 0 ? (process.argv[filesArg + 1] ?? '').split(',').filter(Boolean) : undefined;
if (only) {
  const missing = only.filter((f) => !existsSync(`${dir}${f}`));
  if (only.length === 0 || missing.length > 0) {
    console.error(
      `--files: ${missing.length > 0 ? `no ${missing.join(', ')} in` : 'name one or more .jsonl files of'} ${dir}`,
    );
    process.exit(2);
  }
}
// The extension checks with the Dutch dictionary loaded (names are words it knows only
// capitalised); --no-spelling measures the checker without it, as before the dictionary loads.
const spell = process.argv.includes('--no-spelling') ? undefined : await loadSpellEngine();

/** Rule id -> the entity type it finds. */
const TYPE_OF: Record<string, string> = {
  'privacy/bsn': 'bsn',
  'privacy/rrn': 'rrn',
  'privacy/iban': 'iban',
  'privacy/email': 'email',
  'privacy/phone': 'phone',
  'privacy/postcode': 'postcode',
  'privacy/address': 'address',
  'privacy/birthdate': 'birthdate',
  'privacy/patient-number': 'patient-number',
  'privacy/license-plate': 'license-plate',
  'privacy/person': 'person',
  'privacy/combination': 'combination',
  'avg/special-category': 'special-category',
  'avg/care-relationship': 'care-relationship',
  'media/photo': 'photo',
  'media/location': 'photo',
  'media/text': 'photo',
  // Only the real-text set labels arguing replies; the older sets keep their types and output.
  ...(realtext ? { 'tone/defensive-reply': 'defensive-reply' } : {}),
};
const TYPES = [...new Set(Object.values(TYPE_OF))];

const Snippet = z.object({
  id: z.string(),
  surface: Surface,
  platform: Platform.optional(),
  text: z.string(),
  media: z.array(MediaFacts).optional(),
  labels: z.array(z.object({ type: z.enum(TYPES as [string, ...string[]]), text: z.string().optional() })),
  /** Where a real-text draft comes from: the public case it was modelled on, or the kind. */
  source: realtext ? z.string().min(1) : z.string().optional(),
});
type Snippet = z.infer<typeof Snippet>;

function loadSnippets(): Snippet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && (!only || only.includes(f)))
    .sort()
    .flatMap((f) =>
      readFileSync(`${dir}${f}`, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l, i) => {
          const parsed = Snippet.safeParse(JSON.parse(l));
          if (!parsed.success) throw new Error(`${f}:${i + 1}: ${parsed.error.message}`);
          const lost = parsed.data.labels.find((l) => l.text && !parsed.data.text.includes(l.text));
          // A label whose text is not in the draft would silently score as a passage label.
          if (realtext && lost)
            throw new Error(`${f}:${i + 1}: label text "${lost.text}" is not in the text`);
          return parsed.data;
        }),
    );
}

type Tally = { tp: number; fp: number; labels: number; found: number };
const tally = new Map<string, Tally>(TYPES.map((t) => [t, { tp: 0, fp: 0, labels: 0, found: 0 }]));
const notes: string[] = [];
const falseBySeverity = { stop: 0, check: 0, tip: 0 };
/** Harmless drafts (no label) that got a stop from any rule, and how many stops they got. */
const harmlessStops = { drafts: 0, findings: 0 };
const lines: string[] = [];
const say = (line = '') => lines.push(line);

const snippets = loadSnippets();
for (const s of snippets) {
  const report = check(
    { text: s.text, surface: s.surface, media: s.media ?? [], platform: s.platform ?? 'other' },
    {},
    { spell },
  );
  const findings = report.findings.filter((f) => TYPE_OF[f.ruleId]);
  const spans = s.labels.map((l) => {
    if (!l.text) return { type: l.type, start: -1, end: -1 };
    const start = s.text.indexOf(l.text);
    return { type: l.type, start, end: start + l.text.length };
  });
  const matched = new Set<number>();
  for (const f of findings) {
    const type = TYPE_OF[f.ruleId];
    const t = tally.get(type)!;
    const hit = spans.findIndex(
      (l) => l.type === type && (l.start < 0 || (f.start < l.end && l.start < f.end)),
    );
    if (hit >= 0) {
      t.tp++;
      matched.add(hit);
    } else {
      t.fp++;
      falseBySeverity[f.severity]++;
      notes.push(`FALSE ${type.padEnd(18)} ${s.id}: "${f.text}" (${f.severity})`);
    }
  }
  spans.forEach((l, i) => {
    const t = tally.get(l.type)!;
    t.labels++;
    if (matched.has(i)) t.found++;
    else notes.push(`MISS  ${l.type.padEnd(18)} ${s.id}: "${s.labels[i].text ?? '(passage)'}"`);
  });
  if (s.labels.length === 0) {
    // Every rule counts here, not only the scored ones: a stop on a harmless post is what users meet.
    const stops = report.findings.filter((f) => f.severity === 'stop');
    if (stops.length > 0) harmlessStops.drafts++;
    harmlessStops.findings += stops.length;
    if (realtext)
      for (const f of stops.filter((x) => !TYPE_OF[x.ruleId]))
        notes.push(`STOP  ${f.ruleId.padEnd(18)} ${s.id}: "${f.text}" (unscored rule)`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const fmt = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const files = only ? (only.length === 1 ? only[0] : `{${only.join(',')}}`) : '*.jsonl';
say(`Evaluation on ${snippets.length} labelled snippets (${dir.replace(root, '')}${files})\n`);
say('type                precision  recall   labels  findings');
const sum = (types: string[]) =>
  types.reduce(
    (acc, t) => {
      const x = tally.get(t)!;
      return {
        tp: acc.tp + x.tp,
        fp: acc.fp + x.fp,
        labels: acc.labels + x.labels,
        found: acc.found + x.found,
      };
    },
    { tp: 0, fp: 0, labels: 0, found: 0 },
  );
const row = (name: string, x: Tally) =>
  say(
    `${name.padEnd(20)}${fmt(ratio(x.tp, x.tp + x.fp)).padStart(9)}  ${fmt(ratio(x.found, x.labels)).padStart(6)}  ${String(x.labels).padStart(6)}  ${String(x.tp + x.fp).padStart(8)}`,
  );
for (const t of TYPES) row(t, tally.get(t)!);
const all = sum(TYPES);
row('ALL', all);
const harmless = snippets.filter((s) => s.labels.length === 0).length;
say(
  `\nfalse alarms: ${all.fp} (stop ${falseBySeverity.stop}, check ${falseBySeverity.check}, tip ${falseBySeverity.tip}); ${harmless} snippets have no label`,
);
const recallOf = (t: string) => ratio(tally.get(t)!.found, tally.get(t)!.labels);
const stopsPer100 = ratio(harmlessStops.drafts * 100, harmless);

type Target = { name: string; value: number; target: number; atMost?: boolean };
const checksum = sum(['bsn', 'rrn', 'iban']);
const targets: Target[] = realtext
  ? [
      { name: 'recall over all types', value: ratio(all.found, all.labels), target: 0.85 },
      { name: 'precision over all types', value: ratio(all.tp, all.tp + all.fp), target: 0.85 },
      { name: 'recall person', value: recallOf('person'), target: 0.9 },
      { name: 'recall defensive-reply', value: recallOf('defensive-reply'), target: 0.8 },
      {
        name: 'harmless drafts with a stop, per 100 harmless drafts',
        value: stopsPer100,
        target: 1,
        atMost: true,
      },
    ]
  : [
      {
        name: 'recall checksum identifiers (bsn, rrn, iban)',
        value: ratio(checksum.found, checksum.labels),
        target: 0.95,
      },
      { name: 'recall e-mail', value: recallOf('email'), target: 0.95 },
      { name: 'recall phone', value: recallOf('phone'), target: 0.85 },
      { name: 'recall postcode', value: recallOf('postcode'), target: 0.85 },
      { name: 'recall person', value: recallOf('person'), target: 0.85 },
      { name: 'precision over all types', value: ratio(all.tp, all.tp + all.fp), target: 0.9 },
    ];

let corpusOk = true;
const corpusSummary: Record<string, number> = {};
if (realtext) {
  say(
    `stop findings on harmless drafts (any rule): ${harmlessStops.findings} on ${harmlessStops.drafts} of ${harmless} drafts = ${fmt(stopsPer100)} per 100 harmless drafts`,
  );
} else {
  say('\nCorpus of ordinary care-marketing texts');
  const shared = process.env.ZORGVULDIG_SHARED ?? `${root}../shared`;
  const corpus = `${shared}/corpus`;
  if (!existsSync(corpus)) {
    say(`  MISSING: no corpus at ${corpus} (set ZORGVULDIG_SHARED to the folder holding corpus/)`);
    corpusOk = false;
  } else {
    let words = 0;
    const alarms: Finding[] = [];
    const tips: Finding[] = [];
    for (const f of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(`${corpus}/${f}`, 'utf8');
      words += countWords(text);
      for (const finding of check({ text, surface: 'post' }, {}, { spell }).findings.filter(
        (x) => TYPE_OF[x.ruleId],
      )) {
        (finding.severity === 'tip' ? tips : alarms).push(finding);
        if (verbose) notes.push(`CORPUS ${finding.severity} ${finding.ruleId} ${f}: "${finding.text}"`);
      }
    }
    const stops = alarms.filter((a) => a.severity === 'stop').length;
    say(`  ${words} words; ${alarms.length} alarms (stop/check), ${tips.length} tips`);
    say(`  false alarms per 1,000 words: ${((alarms.length / words) * 1000).toFixed(2)}`);
    say(`  findings of severity stop: ${stops}`);
    Object.assign(corpusSummary, { words, alarms: alarms.length, tips: tips.length, stops });
    corpusOk = stops === 0;
  }
}

say(realtext ? '\nTargets of issue 11 (reported, not gated)' : '\nTargets');
let ok = corpusOk;
const passes = targets.map((t) => (t.atMost ? t.value <= t.target : t.value >= t.target));
targets.forEach((t, i) => {
  ok &&= passes[i];
  const bound = t.atMost ? `at most ${t.target}` : `target ${t.target}`;
  say(`  ${passes[i] ? 'ok  ' : 'FAIL'} ${t.name}: ${fmt(t.value)} (${bound})`);
});
if (!realtext) say(`  ${corpusOk ? 'ok  ' : 'FAIL'} no finding of severity stop on the corpus`);
if (verbose) say(`\n${notes.join('\n')}`);
else say(`\n${notes.length} misses and false alarms; run with --verbose to list them.`);

const num = (x: number) => (Number.isNaN(x) ? null : Number(x.toFixed(4)));
if (json) {
  const types = Object.fromEntries(
    TYPES.map((t) => {
      const x = tally.get(t)!;
      return [
        t,
        {
          precision: num(ratio(x.tp, x.tp + x.fp)),
          recall: num(recallOf(t)),
          labels: x.labels,
          findings: x.tp + x.fp,
        },
      ];
    }),
  );
  const summary = {
    set,
    part: heldout ? 'heldout' : realtext ? 'tune' : 'main',
    ...(only ? { files: only } : {}),
    snippets: snippets.length,
    harmless,
    types,
    all: {
      precision: num(ratio(all.tp, all.tp + all.fp)),
      recall: num(ratio(all.found, all.labels)),
      labels: all.labels,
      findings: all.tp + all.fp,
    },
    falseAlarms: { ...falseBySeverity, total: all.fp },
    harmlessStops: { ...harmlessStops, per100: num(stopsPer100) },
    ...(realtext ? {} : { corpus: { ...corpusSummary, ok: corpusOk } }),
    targets: targets.map((t, i) => ({
      name: t.name,
      value: num(t.value),
      target: t.target,
      atMost: !!t.atMost,
      pass: passes[i],
    })),
    ...(verbose ? { notes } : {}),
  };
  console.log(JSON.stringify(summary, null, 2));
} else console.log(lines.join('\n'));
// The targets gate the original set; the held-out and real-text sets are reported, not gated.
process.exitCode = ok || heldout || realtext ? 0 : 1;
