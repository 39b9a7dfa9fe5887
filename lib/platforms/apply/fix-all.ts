import type { Finding } from '../../checker/types';
import type { Composer } from '../types';
import { applyFix, type ApplyResult } from './apply-fix';

export type PlannedFix = { finding: Finding; replacement: string };

/**
 * What "Alles verbeteren" applies: the mechanical fixes (the rule marks them), and for a
 * misspelled word the user already corrected once, the same correction at its other places.
 * Last first, so a fix never moves the text of the ones still to come.
 */
export function fixAllPlan(findings: readonly Finding[], picked: ReadonlyMap<string, string>): PlannedFix[] {
  const plan: PlannedFix[] = [];
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    if (finding.mechanical && finding.suggestions.length > 0)
      plan.push({ finding, replacement: finding.suggestions[0] });
    else if (finding.category === 'spelling' && picked.has(finding.text))
      plan.push({ finding, replacement: picked.get(finding.text)! });
  }
  return plan.sort((a, b) => b.finding.start - a.finding.start);
}

/**
 * Editors that fold edits made close together into one undo step (Quill and Lexical within a
 * second, ProseMirror within half a second): waiting this long keeps one undo step per fix.
 */
const UNDO_GROUP_MS: Partial<Record<Composer['editor'], number>> = {
  quill: 1100,
  lexical: 1100,
  prosemirror: 600,
};

export type FixAllResult = { applied: number; failed: ApplyResult | null };

/** Applies the plan one fix at a time through the verified fix path; stops at the first the editor does not take. */
export async function applyPlan(
  composer: Composer,
  plan: readonly PlannedFix[],
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  apply: typeof applyFix = applyFix,
): Promise<FixAllResult> {
  let applied = 0;
  for (const { finding, replacement } of plan) {
    if (applied > 0) await wait(UNDO_GROUP_MS[composer.editor] ?? 0);
    const result = await apply(composer, {
      start: finding.start,
      end: finding.end,
      expected: finding.text,
      replacement,
    });
    if (!result.ok) return { applied, failed: result };
    applied += 1;
  }
  return { applied, failed: null };
}
