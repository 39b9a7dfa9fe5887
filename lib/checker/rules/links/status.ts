import { z } from 'zod';

/**
 * What the live link check learned about one address. The background fills it in; the
 * checker only reads it through `ctx.linkStatus`, so checking stays pure and synchronous.
 */
export const LinkStatus = z.object({
  /** ok: it answered; broken: 404/410 or a server error; unreachable: no answer at all. */
  state: z.enum(['ok', 'broken', 'unreachable']),
  /** The HTTP status of the last answer, when there was one. */
  status: z.number().int().min(100).max(999).optional(),
  /** Where the link ends after its redirects, when that is another address. */
  finalUrl: z.string().max(4096).optional(),
  /** Why there was no answer. */
  reason: z.enum(['timeout', 'tls', 'network', 'redirects']).optional(),
});
export type LinkStatus = z.infer<typeof LinkStatus>;
