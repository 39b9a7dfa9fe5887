import type { Rule } from './rule';
import { avgRules } from './rules/avg';
import { linkRules } from './rules/links';
import { mediaRules } from './rules/media';
import { privacyRules } from './rules/privacy';
import { spellingRules } from './rules/spelling';
import { toneRules } from './rules/tone';

/**
 * Every rule, in one flat list. Add a rule: one file in rules/<category>/, one line in its
 * index, and its id in rule-ids.ts.
 */
export const rules: readonly Rule[] = [
  ...privacyRules,
  ...avgRules,
  ...mediaRules,
  ...toneRules,
  ...linkRules,
  ...spellingRules,
];

export const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
