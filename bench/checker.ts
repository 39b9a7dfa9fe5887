// Checker budgets: a warm 3,000-character draft in a few ms; 63,206 characters grows linearly.
import { check } from '../lib/checker/check';
import type { SpellEngine } from '../lib/checker/rule';
import { dutchDraft } from './corpus';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeCheck(text: string, runs: number, spell?: SpellEngine): number {
  for (let i = 0; i < 3; i++) check({ text, platform: 'linkedin', surface: 'post' }, {}, { spell }); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    check({ text, platform: 'linkedin', surface: 'post' }, {}, { spell });
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function benchChecker(spell?: SpellEngine) {
  const sizes = [3_000, 7_900, 15_800, 31_600, 63_206];
  const ms: Record<string, number> = {};
  for (const size of sizes) ms[size] = timeCheck(dutchDraft(size), size <= 3_000 ? 50 : 11, spell);
  const perKChar = sizes.map((s) => ms[s] / (s / 1000));
  return {
    check_3000_ms: round(ms[3_000]),
    check_63206_ms: round(ms[63_206]),
    // 1.0 is perfectly linear; super-linear growth shows as a ratio well above 1.
    linearity_ratio_63206_vs_3000: round(perKChar[perKChar.length - 1] / perKChar[0]),
    per_kchar_ms: Object.fromEntries(sizes.map((s, i) => [s, round(perKChar[i])])),
    spelling: !!spell,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
