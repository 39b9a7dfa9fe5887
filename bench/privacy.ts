/**
 * npx tsx bench/privacy.ts: the privacy, AVG and media rules on a 3,000-character Dutch
 * draft (warm, median of many runs), and on 10x and 20x that to show the growth is linear.
 */
import { check } from '../lib/checker/check';
import { avgRules } from '../lib/checker/rules/avg';
import { mediaRules } from '../lib/checker/rules/media';
import { privacyRules } from '../lib/checker/rules/privacy';
import { dutchDraft } from './corpus';

const rules = [...privacyRules, ...avgRules, ...mediaRules];

function median(length: number, runs: number): number {
  const text = dutchDraft(length);
  // Vary the text a little per run, so no cache of the last text helps.
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const draft = { text: `${text.slice(0, length - 4)} ${i % 1000}`, media: [{ kind: 'image' as const }] };
    const t0 = performance.now();
    check(draft, {}, { rules });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

median(3000, 50);
const small = median(3000, 300);
const large = median(30000, 40);
const huge = median(60000, 20);
console.log(`privacy, AVG and media rules (${rules.length} rules)`);
console.log(`  3,000 characters:  ${small.toFixed(2)} ms (median, warm)`);
console.log(`  30,000 characters: ${large.toFixed(2)} ms (${(large / small).toFixed(1)}x for 10x the text)`);
console.log(`  60,000 characters: ${huge.toFixed(2)} ms (${(huge / small).toFixed(1)}x for 20x the text)`);
if (process.argv.includes('--json')) {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  console.log(
    JSON.stringify({
      rules: rules.length,
      ms_3000: round(small),
      ms_30000: round(large),
      ms_60000: round(huge),
    }),
  );
}
