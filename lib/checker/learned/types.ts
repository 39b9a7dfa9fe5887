/**
 * The draft-level types the model scores: each one a passage label of the real-text set, and
 * each one the type of a rule that asks the model where its own phrases and structures found
 * nothing. With session 6's training drafts alone, `combination` and `care-relationship` added
 * about as many false alarms as finds; with session 7's drafts and training run to convergence
 * they found clearly more than they added wrongly (tests/eval/realtext/README.md, "The draft
 * model").
 */
export const MODEL_TYPES = [
  'special-category',
  'defensive-reply',
  'care-relationship',
  'combination',
] as const;
export type ModelType = (typeof MODEL_TYPES)[number];
