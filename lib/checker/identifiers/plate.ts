/**
 * Dutch licence plates in their sidecodes 1-14 (XX-99-99 ... 999-XX-9) and Belgian ones
 * (1-ABC-123), written with dashes as on the plate; upper case only.
 */
const SIDECODES = [
  'L{2}-D{2}-D{2}',
  'D{2}-D{2}-L{2}',
  'D{2}-L{2}-D{2}',
  'L{2}-D{2}-L{2}',
  'L{2}-L{2}-D{2}',
  'D{2}-L{2}-L{2}',
  'D{2}-L{3}-D',
  'D-L{3}-D{2}',
  'L{2}-D{3}-L',
  'L-D{3}-L{2}',
  'L{3}-D{2}-L',
  'L-D{2}-L{3}',
  'D-L{2}-D{3}',
  'D{3}-L{2}-D',
  'D-L{3}-D{3}',
];

export const PLATE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${SIDECODES.map((s) => s.replace(/L/g, '[A-Z]').replace(/D/g, '\\d')).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);
