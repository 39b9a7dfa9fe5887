import type { Rule } from './rule';
import { linkRules } from './rules/links';
import { privacyRules } from './rules/privacy';
import { toneRules } from './rules/tone';

/** Every rule, in one flat list. Add a rule: one file in rules/<category>/ and one line in its index. */
export const rules: readonly Rule[] = [...privacyRules, ...toneRules, ...linkRules];

export const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
