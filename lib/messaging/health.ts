import { z } from 'zod';

/** A box the user types in that the checker cannot read by itself (see lib/platforms/discovery.ts). */
export const Unreadable = z.object({
  reason: z.enum(['closed', 'one-line']),
  /** The box's own label or placeholder, cut short, so the popup can name it. */
  label: z.string().max(80),
});
export type Unreadable = z.infer<typeof Unreadable>;

/** What one frame's content script reports whenever it changes. */
export const FrameHealth = z.object({
  /** False where the user switched this platform off: the frame checks nothing. */
  watching: z.boolean().default(true),
  boxes: z.number().int().nonnegative().max(10_000),
  unreadable: Unreadable.nullable(),
});
export type FrameHealth = z.infer<typeof FrameHealth>;

/** A tab's frames together, for the popup and the toolbar badge. */
export const TabHealth = z.object({
  watching: z.boolean(),
  boxes: z.number().int().nonnegative(),
  /** The frame that holds it, so the popup can ask that frame to check the box anyway. */
  unreadable: Unreadable.extend({ frameId: z.number().int().nonnegative() }).nullable(),
});
export type TabHealth = z.infer<typeof TabHealth>;

/** Messages from the extension (background, popup) to a tab's content scripts. */
export const TabMessage = z.discriminatedUnion('kind', [
  /** Check this box from now on: the focused one (context menu) or the one that could not be read (popup). */
  z.object({ kind: z.literal('zorgvuldig:attach'), target: z.enum(['focused', 'unreadable']) }),
  /** Show the findings for the text selected on the page (context menu). */
  z.object({ kind: z.literal('zorgvuldig:check-selection') }),
]);
export type TabMessage = z.infer<typeof TabMessage>;
export const TabReply = z.object({ ok: z.boolean(), reason: z.string().optional() });
export type TabReply = z.infer<typeof TabReply>;
