import { expect, it } from 'vitest';
import { summarise } from './background';

it("sums a tab's frames and names the frame with a box it could not read", () => {
  expect(summarise({})).toEqual({ watching: false, boxes: 0, unreadable: null });
  expect(
    summarise({
      0: { boxes: 2, unreadable: null },
      7: { boxes: 1, unreadable: { reason: 'closed', label: 'Reactie' } },
    }),
  ).toEqual({ watching: true, boxes: 3, unreadable: { reason: 'closed', label: 'Reactie', frameId: 7 } });
});
