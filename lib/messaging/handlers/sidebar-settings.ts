import { isPlatformEnabled, toCheckerSettings, type Resolved } from '../../settings';
import type { Handlers } from '../server';

/** Answers a content script with what the merged settings mean for its platform and sidebar. */
export function createSidebarSettingsHandler(settings: () => Promise<Resolved>): Handlers['sidebarSettings'] {
  return async ({ platform }) => {
    const resolved = await settings();
    return {
      enabled: isPlatformEnabled(resolved.settings, platform),
      // The same language the checker writes its messages in, so the cards never mix two.
      lang: toCheckerSettings(resolved.settings).lang ?? resolved.lang,
      locks: resolved.locks,
      notices: resolved.notices.map((n) => n.message),
      canAddWords: resolved.settings.org.canAddWords,
      checklist: resolved.settings.org.checklist,
      linkCheck: resolved.settings.linkCheck,
      underlines: resolved.settings.underlines,
    };
  };
}
