import { check } from '../../checker/check';
import type { CheckContext, CheckerSettings, SpellEngine } from '../../checker/rule';
import { answerKey } from '../../checker/answer-key';
import { Lru } from '../../checker/lru';
import type { Report } from '../../checker/types';
import type { Handlers } from '../server';

type LinkStatusOf = NonNullable<CheckContext['linkStatus']>;

export type CheckDeps = {
  /** The current checker settings; a new object drops the cache. */
  settings(): CheckerSettings | Promise<CheckerSettings>;
  /** The spelling engine, loaded once on first use; undefined while it cannot be loaded. */
  spell(): Promise<SpellEngine | undefined>;
  /** Known live statuses of links, when the user turned the live link check on. */
  linkStatus?(): LinkStatusOf | undefined;
};

/**
 * The background's `check` handler: runs the checker on the draft with the current
 * settings, answering repeated drafts from a small cache (tabs and composers share it).
 */
export function createCheckHandler(deps: CheckDeps): Handlers['check'] {
  const cache = new Lru<string, Report>(64);
  let cachedFor: CheckerSettings | null = null;
  return async ({ composerId, seq, draft }) => {
    const [spell, settings] = await Promise.all([deps.spell(), deps.settings()]);
    if (settings !== cachedFor) {
      cache.clear();
      cachedFor = settings;
    }
    const linkStatus = deps.linkStatus?.();
    const key = `${spell ? 1 : 0}${answerKey(draft, linkStatus)}`;
    let report = cache.get(key);
    if (!report) {
      report = check(draft, settings, {
        spell,
        linkStatus,
        // The report names the rule (stats.failedRules) for the sidebar; the error is for support.
        onRuleError: (ruleId, error) => console.warn(`Zorgvuldig: rule ${ruleId} failed`, error),
      });
      cache.set(key, report);
    }
    return { composerId, seq, report };
  };
}
