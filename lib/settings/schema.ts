import { z } from 'zod';
import { RULE_IDS } from '../checker/rule-ids';
import { Category, Severity } from '../checker/types';

/** The platforms a user or organisation can switch on and off ('other' is the CLI). */
export const platformIds = ['facebook', 'instagram', 'linkedin', 'tiktok'] as const;
export type PlatformId = (typeof platformIds)[number];

const MAX_WORDS = 10_000;

/** One word for the spell check: no spaces, so it matches one token of the draft. */
export const Word = z.string().trim().min(1).max(60).regex(/^\S+$/, { message: 'one-word' });
/** A host name without scheme or path: ziekenhuis.nl, intranet.zkh.local. Linear: each group starts with a dot. */
const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/, { message: 'host-name' });

/**
 * A site where the organisation's people write posts (scheduling tool, intranet editor): a
 * host name, or `*.` and a domain for all its subdomains. No scheme, path or port.
 */
export const OrgHost = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, { message: 'host-pattern' });

/** A rule id the registry knows (rule-ids.ts), so a typo or a rule from a newer version is reported, not silently kept. */
const KNOWN_RULES = new Set(RULE_IDS);
export const RuleId = z.string().refine((id) => KNOWN_RULES.has(id), { message: 'unknown-rule' });

export const RuleChoice = z.object({
  enabled: z.boolean().optional(),
  severity: Severity.optional(),
});
export type RuleChoice = z.infer<typeof RuleChoice>;

/** What a user may choose (and an organisation may preset or lock). */
export const UserSettings = z.object({
  platforms: z
    .object(
      Object.fromEntries(platformIds.map((id) => [id, z.boolean().default(true)])) as Record<
        PlatformId,
        z.ZodDefault<z.ZodBoolean>
      >,
    )
    .prefault({}),
  rules: z.record(RuleId, RuleChoice).default({}),
  /** 'auto' follows the browser's language. */
  lang: z.enum(['auto', 'nl', 'en']).default('auto'),
  words: z.array(Word).max(MAX_WORDS).default([]),
  linkCheck: z.boolean().default(false),
  /** Underlines in the text, per category (the sidebar always lists everything). */
  underlines: z
    .object(
      Object.fromEntries(Category.options.map((c) => [c, z.boolean().default(true)])) as Record<
        Category,
        z.ZodDefault<z.ZodBoolean>
      >,
    )
    .prefault({}),
  showWelcome: z.boolean().default(true),
});
export type UserSettings = z.infer<typeof UserSettings>;

export const OrgPhrase = z.object({
  phrase: z.string().trim().min(1).max(100),
  message: z.string().trim().min(1).max(300),
  severity: Severity.default('check'),
});

/** What only the organisation sets (policy `organisation`): users see it, never change it. */
export const OrgSettings = z.object({
  name: z.string().trim().max(100).default(''),
  domains: z.array(Domain).max(200).default([]),
  internalDomains: z.array(Domain).max(200).default([]),
  words: z.array(Word).max(MAX_WORDS).default([]),
  phrases: z.array(OrgPhrase).max(500).default([]),
  checklist: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  canAddWords: z.boolean().default(true),
  /** Extra sites where the checker attaches by itself, once the user has allowed each in the browser. */
  hosts: z.array(OrgHost).max(50).default([]),
});
export type OrgSettings = z.infer<typeof OrgSettings>;

export const Settings = UserSettings.extend({ org: OrgSettings.prefault({}) });
export type Settings = z.infer<typeof Settings>;

/**
 * The managed policy (public contract, docs/admin/policy-reference.md): organisation facts, defaults users may
 * change, and locks they may not. Strength: built-in < defaults < user < locked.
 */
export const Policy = z.object({
  organisation: OrgSettings.partial().optional(),
  defaults: UserSettings.partial().optional(),
  locked: UserSettings.partial().optional(),
});
export type Policy = z.infer<typeof Policy>;

/** A partial user layer: only what was chosen, so later organisation defaults still reach the rest. */
export type UserLayer = Partial<UserSettings>;

export function builtinSettings(): Settings {
  return Settings.parse({});
}
