import { z } from 'zod';
import { LinkStatus } from '../checker/links';

/** The content script asks for these addresses; only addresses, never the draft's text. */
export const LinkStatusRequest = z.object({ urls: z.array(z.string().max(2048)).max(50) });
export type LinkStatusRequest = z.infer<typeof LinkStatusRequest>;

/** One answer per address, null when it was not checked (feature off, or not a public web address). */
export const LinkStatusResponse = z.object({
  statuses: z.array(z.object({ url: z.string(), status: LinkStatus.nullable() })),
});
export type LinkStatusResponse = z.infer<typeof LinkStatusResponse>;
