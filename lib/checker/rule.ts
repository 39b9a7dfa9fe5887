import type { LinkStatus } from './rules/links/status';
import type { Category, Draft, DraftInput, Finding, Severity } from './types';

// The languages and the two-language sentence live with the one way to write user text.
export type { Lang, Text } from '../i18n';
import type { Lang, Text } from '../i18n';

/** A phrase the organisation never wants in public, with its own message. */
export type OrgPhrase = { phrase: string; message: string; severity: Severity };

// The spelling engine's interface lives with the engine (lib/spelling is the layer below).
export type { SpellEngine, WordClass } from '../spelling/types';
import type { SpellEngine } from '../spelling/types';

/**
 * What the checker needs from the settings. lib/settings derives it from the full,
 * merged settings; the CLI builds it from flags. Everything is optional.
 */
export type CheckerSettings = {
  lang?: Lang;
  /** Per rule id: turn off, or change the severity. */
  rules?: Record<string, { enabled?: boolean; severity?: Severity }>;
  orgName?: string;
  /** The organisation's own public domains (ziekenhuis.nl): its links and addresses are fine. */
  orgDomains?: string[];
  /** Domains that are internal to the organisation (intranet.ziekenhuis.local). */
  internalDomains?: string[];
  /** Words accepted by the spell check: the user's list and the organisation's. */
  words?: string[];
  orgPhrases?: OrgPhrase[];
};

/** Everything a rule may look at besides the draft. Built once per check. */
export type CheckContext = {
  settings: CheckerSettings;
  lang: Lang;
  spell?: SpellEngine;
  /** What the opt-in live link check knows about an address; absent when it is off. */
  linkStatus?: (url: string) => LinkStatus | undefined;
  /** Pick the sentence in the user's language. */
  t(text: Text): string;
};

/** The part of a Finding a rule fills in; id and category come from the rule. */
export type RuleHit = Omit<Finding, 'ruleId' | 'category' | 'text'> & { text?: string };

/** A text, or a whole draft with the settings it needs (an organisation's phrases, say). */
export type RuleExample = string | (DraftInput & { settings?: CheckerSettings });

export type Rule = {
  /** 'privacy/bsn': the file name, the settings key and the docs anchor. */
  id: string;
  category: Category;
  /** One line on what it finds, for the docs table and the options page. */
  description: Text;
  /** Severity when nothing in the context raises or lowers it; for the docs. */
  defaultSeverity: Severity;
  /** Examples for the docs and the meta-test: each `flag` must flag, each `pass` must not. */
  examples: { flag: RuleExample[]; pass: RuleExample[] };
  check(draft: Draft, ctx: CheckContext): RuleHit[];
};
