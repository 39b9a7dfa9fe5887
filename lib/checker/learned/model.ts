import { analyse } from '../text/tokens';
import type { Surface } from '../types';
import { featureBuckets, featureScale } from './features';
import type { ModelType } from './types';
import { WEIGHTS } from './weights';

/**
 * The draft model: for each draft-level type, how likely a human reader would label this text
 * with it, learned from the labelled real-text drafts (scripts/train-draft-model.ts). The rules
 * of each type ask it only where their own phrases and structures found nothing, and report what
 * it finds as a "check", never a stop: it knows words, not who did what to whom.
 */

/**
 * The score from which a rule reports. Chosen on the tune part only, training without one batch
 * and scoring it, batch by batch (tests/eval/realtext/README.md, "The draft model"): the lowest
 * score at which the model's extra findings stayed mostly right.
 */
export const THRESHOLD: Record<ModelType, number> = {
  'special-category': 0.65,
  'defensive-reply': 0.8,
  'care-relationship': 0.85,
  combination: 0.8,
};

/** The drafts it learned from are posts and replies; a longer text is read in pieces this long. */
const WINDOW = 700;

type Decoded = { bias: number; w: Float64Array };
const decoded = new Map<ModelType, Decoded>();

function model(type: ModelType): Decoded {
  let m = decoded.get(type);
  if (!m) {
    const { bias, scale, weights } = WEIGHTS[type];
    const bytes = Int8Array.from(atob(weights), (c) => (c.charCodeAt(0) << 24) >> 24);
    m = { bias, w: Float64Array.from(bytes, (v) => v * scale) };
    decoded.set(type, m);
  }
  return m;
}

/** Pieces of the text to score: the whole of a post-sized text, else runs of whole sentences. */
function windows(text: string): { start: number; end: number }[] {
  if (text.length <= WINDOW) return [{ start: 0, end: text.length }];
  const out: { start: number; end: number }[] = [];
  let current: { start: number; end: number } | null = null;
  for (const s of analyse(text).sentences) {
    if (current && s.end - current.start > WINDOW) {
      out.push(current);
      current = null;
    }
    current = current ? { start: current.start, end: s.end } : { start: s.start, end: s.end };
  }
  if (current) out.push(current);
  return out;
}

function score(m: Decoded, buckets: Set<number>): number {
  let z = 0;
  for (const k of buckets) z += m.w[k];
  z = m.bias + z * featureScale(buckets.size);
  return 1 / (1 + Math.exp(-z));
}

export type ModelHit = {
  score: number;
  /** The sentence that weighs most for the type, to underline. */
  start: number;
  end: number;
};

let cache: {
  text: string;
  surface: Surface;
  parts: { start: number; end: number; buckets: Set<number> }[];
} | null = null;

function parts(text: string, surface: Surface) {
  if (cache && cache.text === text && cache.surface === surface) return cache.parts;
  const result = windows(text).map((p) => ({
    ...p,
    buckets: featureBuckets(text.slice(p.start, p.end), surface),
  }));
  cache = { text, surface, parts: result };
  return result;
}

/** The model's finding of one type in a text, or undefined below its threshold. */
export function modelHit(
  type: ModelType,
  text: string,
  surface: Surface,
  /** Sentences the finding may be reported on; by default every one. */
  reportable: (sentence: string) => boolean = () => true,
): ModelHit | undefined {
  if (!/\p{L}/u.test(text)) return undefined;
  const m = model(type);
  let best: { score: number; start: number; end: number } | undefined;
  for (const p of parts(text, surface)) {
    const s = score(m, p.buckets);
    if (!best || s > best.score) best = { score: s, start: p.start, end: p.end };
  }
  if (!best || best.score < THRESHOLD[type]) return undefined;
  const sentence = strongestSentence(m, text, surface, best.start, best.end, reportable);
  return sentence && { score: best.score, ...sentence };
}

function strongestSentence(
  m: Decoded,
  text: string,
  surface: Surface,
  from: number,
  to: number,
  reportable: (sentence: string) => boolean,
): { start: number; end: number } | undefined {
  let best: { start: number; end: number; weight: number } | undefined;
  for (const s of analyse(text).sentences) {
    if (s.end <= from || s.start >= to || !reportable(text.slice(s.start, s.end))) continue;
    let weight = 0;
    for (const k of featureBuckets(text.slice(s.start, s.end), surface)) weight += m.w[k];
    if (!best || weight > best.weight) best = { start: s.start, end: s.end, weight };
  }
  return best && { start: best.start, end: best.end };
}
