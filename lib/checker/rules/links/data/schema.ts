import { z } from 'zod';

/** A registrable domain or host name in lower-case ASCII: 'bit.ly', 'docs.google.com'. */
const Host = z
  .string()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'a lower-case host name');

export const Shortener = z.object({ domain: Host, service: z.string().min(2) });
export type Shortener = z.infer<typeof Shortener>;

export const TrackingParam = z.object({
  /** The parameter name, compared without regard to case. */
  name: z.string().regex(/^[a-z0-9_.[\]-]+$/, 'lower case'),
  /** Every parameter that starts with the name (utm_ -> utm_source, utm_medium ...). */
  prefix: z.boolean().default(false),
  /** Only on these sites (and their subdomains): a short name such as 'si' is harmless elsewhere. */
  hosts: z.array(Host).optional(),
  by: z.string().min(2),
});
export type TrackingParam = z.infer<typeof TrackingParam>;

export const WellKnownKind = z.enum(['platform', 'government', 'bank', 'insurer', 'care', 'news', 'service']);

export const WellKnown = z.object({
  /** The registrable domain people know. */
  domain: Host,
  name: z.string().min(1),
  kind: WellKnownKind,
  /** Other registrable domains of the same owner, so they are not called look-alikes. */
  also: z.array(Host).default([]),
  /** The same name under another top-level domain is suspect too (belastingdienst.com). */
  strictTld: z.boolean().default(false),
  /** An ordinary word (office, kanker): a one-letter difference is just another word, not a trick. */
  word: z.boolean().default(false),
});
export type WellKnown = z.infer<typeof WellKnown>;

export const DocumentShare = z.object({
  /** The host, matched with its subdomains (sharepoint.com matches ziekenhuis.sharepoint.com). */
  host: Host,
  service: z.string().min(2),
  /** Only paths that start with one of these are shares; absent: every path but the home page. */
  paths: z.array(z.string().startsWith('/')).optional(),
  /** Paths that are meant for the public, such as a Google Form. */
  except: z.array(z.string().startsWith('/')).default([]),
});
export type DocumentShare = z.infer<typeof DocumentShare>;

/** Parses a data table and checks that the key is unique, so a typo cannot hide a duplicate. */
export function table<S extends z.ZodType>(schema: S, rows: z.input<S>[], key: (row: z.infer<S>) => string) {
  const parsed = z.array(schema).parse(rows) as z.infer<S>[];
  const seen = new Set<string>();
  for (const row of parsed) {
    const k = key(row);
    if (seen.has(k)) throw new Error(`duplicate entry: ${k}`);
    seen.add(k);
  }
  return parsed;
}
