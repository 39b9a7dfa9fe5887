/**
 * npm run eval:verb-form: recall and precision of spelling/verb-form on the labelled sentences in
 * this folder. tuned.jsonl is the part the rule was tuned on; heldout.jsonl was never looked at
 * sentence by sentence while tuning (`-- --heldout`). `--verbose` lists every miss and false alarm.
 * `--set blind-s8` reads a later batch (blind-s8.jsonl) instead, whose lines say their own part
 * ("tune" or "heldout"), so one file holds a batch written in one go.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { check } from '../../../lib/checker/check';
import { ruleById } from '../../../lib/checker/registry';
import { loadSpellEngine } from '../../../lib/spelling/load-node';

const here = fileURLToPath(new URL('.', import.meta.url));
const verbose = process.argv.includes('--verbose');
const heldout = process.argv.includes('--heldout');
const setAt = process.argv.indexOf('--set');
const set = setAt > 0 ? process.argv[setAt + 1] : undefined;
if (set !== undefined && !/^[\w-]+$/.test(set))
  throw new Error(`--set wants a file name in this folder, not "${set}"`);
const file = set ?? (heldout ? 'heldout' : 'tuned');
const part = set ? `${set} ${heldout ? 'heldout' : 'tune'}` : file;
const json = process.argv.includes('--json');

const Sentence = z.object({
  id: z.string(),
  text: z.string(),
  /** Only in a --set batch: which part of it the sentence belongs to. */
  part: z.enum(['tune', 'heldout']).optional(),
  /** The one wrong verb form, with the form it should have been. */
  error: z.object({ start: z.number(), end: z.number(), text: z.string(), fix: z.string() }).optional(),
});

const sentences = readFileSync(`${here}${file}.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    const parsed = Sentence.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${file}.jsonl:${i + 1}: ${parsed.error.message}`);
    const s = parsed.data;
    if (s.error && s.text.slice(s.error.start, s.error.end) !== s.error.text)
      throw new Error(`${file}.jsonl:${i + 1}: error span does not match its text`);
    if (set && !s.part) throw new Error(`${file}.jsonl:${i + 1}: a --set line says its part`);
    return s;
  })
  .filter((s) => !set || s.part === (heldout ? 'heldout' : 'tune'));

const rule = ruleById.get('spelling/verb-form');
if (!rule) throw new Error('spelling/verb-form is not registered');
const spell = await loadSpellEngine();

let tp = 0;
let fp = 0;
let wrongFix = 0;
const errors = sentences.filter((s) => s.error).length;
const notes: string[] = [];
for (const s of sentences) {
  const findings = check({ text: s.text }, {}, { spell, rules: [rule] }).findings;
  for (const f of findings) {
    const hit = s.error && f.start === s.error.start && f.end === s.error.end;
    if (hit && f.suggestions[0] === s.error?.fix) tp++;
    else {
      fp++;
      if (hit) wrongFix++;
      notes.push(`false alarm ${s.id}: "${f.text}" -> ${f.suggestions.join('/')} in: ${s.text}`);
    }
  }
  if (s.error && !findings.some((f) => f.start === s.error?.start && f.end === s.error?.end))
    notes.push(`missed ${s.id}: "${s.error.text}" -> ${s.error.fix} in: ${s.text}`);
}
const result = {
  part,
  sentences: sentences.length,
  errors,
  correct: sentences.length - errors,
  recall: round(tp / Math.max(1, errors)),
  precision: round(tp / Math.max(1, tp + fp)),
  true_positives: tp,
  false_alarms: fp,
  wrong_suggestion: wrongFix,
};
if (verbose) for (const n of notes) console.log(n);
console.log(json ? JSON.stringify(result) : result);

function round(x: number) {
  return Math.round(x * 1000) / 1000;
}
