/**
 * The draft-level types the model scores: each one a passage label of the real-text set, and
 * each one the type of a rule that asks the model where its own phrases and structures found
 * nothing. Not `combination` (it cannot tell which details belong to one person; the rule counts
 * them) nor `care-relationship` (it could not tell a reply about a resident's day from one that
 * confirms care): trained on the same drafts, both added about as many false alarms as finds.
 */
export const MODEL_TYPES = ['special-category', 'defensive-reply'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];
