import { check } from '../../checker/check';
import type { CheckerSettings, SpellEngine } from '../../checker/rule';
import type { Report } from '../../checker/types';
import { draftKey } from '../../platforms/session/draft-session';
import { Lru } from '../../platforms/session/lru';
import type { Handlers } from '../server';

export type CheckDeps = {
  /** The current checker settings; a change of object drops the cache. */
  settings(): CheckerSettings;
  /** The spelling engine, loaded once on first use; undefined while it cannot be loaded. */
  spell(): Promise<SpellEngine | undefined>;
};

/**
 * The background's `check` handler: runs the checker on the draft with the current
 * settings, answering repeated drafts from a small cache (tabs and composers share it).
 */
export function createCheckHandler(deps: CheckDeps): Handlers['check'] {
  const cache = new Lru<string, Report>(64);
  let cachedFor: CheckerSettings | null = null;
  return async ({ composerId, seq, draft }) => {
    const spell = await deps.spell();
    const settings = deps.settings();
    if (settings !== cachedFor) {
      cache.clear();
      cachedFor = settings;
    }
    const key = `${spell ? 1 : 0}${draftKey(draft)}`;
    let report = cache.get(key);
    if (!report) {
      report = check(draft, settings, { spell });
      cache.set(key, report);
    }
    return { composerId, seq, report };
  };
}
