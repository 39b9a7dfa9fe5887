import { findLinks, type LinkStatus } from '../checker/links';

/** At most this many addresses in one request (the protocol's limit). */
const MAX_PER_REQUEST = 50;

/**
 * The content script's side of the opt-in live link check: which addresses to ask the
 * background about (the checker's own link finder, so bare tinyurl.com/x and www. links count
 * and trailing punctuation does not), each once per page, and what came back.
 */
export function createLinkLookup() {
  const asked = new Set<string>();
  const known = new Map<string, LinkStatus>();
  return {
    /** Addresses in `text` not asked about yet; they count as asked from now on. */
    toAsk(text: string): string[] {
      const urls = [...new Set(findLinks(text).map((link) => link.url))]
        .filter((url) => !asked.has(url))
        .slice(0, MAX_PER_REQUEST);
      urls.forEach((url) => asked.add(url));
      return urls;
    },
    remember(statuses: { url: string; status: LinkStatus | null }[]): void {
      for (const { url, status } of statuses) if (status) known.set(url, status);
    },
    /** For the session's cache key and nothing else: the background checks with its own copy. */
    status(url: string): LinkStatus | undefined {
      return known.get(url);
    },
  };
}
