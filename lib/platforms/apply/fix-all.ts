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
 * Editors that fold edits made close together into one undo step (Lexical within its delay,
 * up to a second; ProseMirror within half a second): a fix applied sooner than this after the
 * last change (the user's typing or the previous fix) would be undone together with it.
 * Quill is not here: the bridge closes Quill's typing group itself (`history.cutoff()`, which
 * sets `lastRecorded` to 0 so the next change is never merged), before and after the fix.
 */
const UNDO_GROUP_MS: Partial<Record<Composer['editor'], number>> = {
  lexical: 1100,
  prosemirror: 600,
};

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The draft's last change: when (performance.now(); 0 for never), and whether it was an undo or redo. */
export type LastChange = { at: number; undoRedo: boolean };

/**
 * Waits until an edit now would be its own undo step: the editor's grouping time after the last
 * change. Not after an undo or redo: those editors start a new step for the next edit anyway
 * (see undo-redo.ts).
 */
export async function afterUndoGroup(
  composer: Pick<Composer, 'editor'>,
  last: LastChange,
  wait: (ms: number) => Promise<void> = sleep,
  now: () => number = () => performance.now(),
): Promise<void> {
  if (last.at <= 0 || last.undoRedo) return;
  const left = (UNDO_GROUP_MS[composer.editor] ?? 0) - (now() - last.at);
  if (left > 0) await wait(Math.ceil(left));
}

export type FixAllResult = { applied: number; failed: ApplyResult | null };

/**
 * Applies the plan one fix at a time through the verified fix path, each its own undo step;
 * stops at the first the editor does not take. `lastChange` tells when and how the draft last changed.
 */
export async function applyPlan(
  composer: Composer,
  plan: readonly PlannedFix[],
  lastChange: () => LastChange,
  wait: (ms: number) => Promise<void> = sleep,
  apply: typeof applyFix = applyFix,
  now: () => number = () => performance.now(),
): Promise<FixAllResult> {
  let applied = 0;
  for (const { finding, replacement } of plan) {
    await afterUndoGroup(composer, lastChange(), wait, now);
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
