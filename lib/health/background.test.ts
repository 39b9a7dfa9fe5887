import { expect, it } from 'vitest';
import { summarise } from './background';

it("sums a tab's frames and names the frame with a box it could not read", () => {
  expect(summarise({})).toEqual({ watching: false, boxes: 0, unreadable: null });
  expect(
    summarise({
      0: { watching: true, boxes: 2, unreadable: null },
      7: { watching: true, boxes: 1, unreadable: { reason: 'closed', label: 'Reactie' } },
    }),
  ).toEqual({ watching: true, boxes: 3, unreadable: { reason: 'closed', label: 'Reactie', frameId: 7 } });
});

it('a tab whose only checker is switched off is not watched', () => {
  expect(summarise({ 0: { watching: false, boxes: 0, unreadable: null } }).watching).toBe(false);
});
