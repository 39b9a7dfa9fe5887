import { findLinks } from './rules/links/find';
import type { LinkStatus } from './rules/links/status';
import type { Draft } from './types';

/**
 * The cache key of a checker answer: everything check() reads besides the settings, so a
 * cached report is never shown once something it depends on has changed. A link's live
 * status can arrive while the text stays the same, so it is part of the key.
 */
export function answerKey(draft: Draft, linkStatus?: (url: string) => LinkStatus | undefined): string {
  const links = linkStatus ? findLinks(draft.text).map((link) => linkStatus(link.url) ?? null) : [];
  return JSON.stringify([draft.platform, draft.surface, draft.text, draft.media, links]);
}
