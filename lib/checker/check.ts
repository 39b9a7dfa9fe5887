import type { CheckContext, CheckerSettings, Lang, Rule, SpellEngine } from './rule';
import { rules as allRules } from './registry';
import { Draft, type DraftInput, type Finding, type Report, type Severity } from './types';
import { countWords } from './text/words';

const SEVERITY_ORDER: Record<Severity, number> = { stop: 0, check: 1, tip: 2 };

export type CheckOptions = {
  spell?: SpellEngine;
  /** Results of the opt-in live link check (lib/links), looked up by address. */
  linkStatus?: CheckContext['linkStatus'];
  /** Rules to run instead of the registry (tests, benchmarks). */
  rules?: readonly Rule[];
  /** Called when a rule throws (besides naming it in stats.failedRules); the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
};

export function makeContext(settings: CheckerSettings = {}, spell?: SpellEngine): CheckContext {
  const lang: Lang = settings.lang ?? 'nl';
  return { settings, lang, spell, t: (text) => text[lang] };
}

/** Draft -> Report. Pure: no DOM, no browser, never throws for any string. */
export function check(input: DraftInput, settings: CheckerSettings = {}, options: CheckOptions = {}): Report {
  const started = performance.now();
  const draft = Draft.parse(input);
  const ctx = makeContext(settings, options.spell);
  ctx.linkStatus = options.linkStatus;
  const findings: Finding[] = [];
  const failedRules: string[] = [];
  for (const rule of options.rules ?? allRules) {
    const override = settings.rules?.[rule.id];
    if (override?.enabled === false) continue;
    try {
      for (const hit of rule.check(draft, ctx)) {
        findings.push({
          ruleId: rule.id,
          category: rule.category,
          severity: override?.severity ?? hit.severity,
          start: hit.start,
          end: hit.end,
          text: hit.text ?? draft.text.slice(hit.start, hit.end),
          message: hit.message,
          ...(hit.explanation ? { explanation: hit.explanation } : {}),
          suggestions: hit.suggestions,
          ...(hit.quickAnswers?.length ? { quickAnswers: hit.quickAnswers } : {}),
          ...(hit.mechanical ? { mechanical: true } : {}),
          ...(hit.thumbnail ? { thumbnail: hit.thumbnail } : {}),
        });
      }
    } catch (error) {
      // Never silent: a privacy rule that crashes would otherwise look like "nothing found".
      failedRules.push(rule.id);
      options.onRuleError?.(rule.id, error);
    }
  }
  findings.sort(byPosition);
  const stats: Report['stats'] = { ms: round(performance.now() - started), words: countWords(draft.text) };
  if (failedRules.length > 0) stats.failedRules = failedRules;
  return { findings, stats };
}

function byPosition(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
