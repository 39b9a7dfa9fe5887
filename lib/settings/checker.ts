import type { CheckerSettings, Lang } from '../checker/rule';
import type { Platform } from '../checker/types';
import { resolveLang } from './resolve';
import { platformIds, type PlatformId, type Settings } from './schema';

/** What the checker needs, from the merged settings; `browserLang` decides 'auto'. */
export function toCheckerSettings(
  settings: Settings,
  browserLang = globalThis.navigator?.language ?? 'nl',
): CheckerSettings {
  const lang: Lang = resolveLang(settings.lang, browserLang);
  return {
    lang,
    rules: settings.rules,
    orgName: settings.org.name || undefined,
    orgDomains: settings.org.domains,
    internalDomains: settings.org.internalDomains,
    words: [...new Set([...settings.words, ...settings.org.words])],
    orgPhrases: settings.org.phrases,
  };
}

/** 'other' (the CLI, unknown pages) is always on; the four platforms follow the settings. */
export function isPlatformEnabled(settings: Settings, platform: Platform): boolean {
  return platformIds.includes(platform as PlatformId) ? settings.platforms[platform as PlatformId] : true;
}
