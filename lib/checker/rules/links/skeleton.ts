/** Letters from other scripts that look like Latin ones, and Latin look-alikes; a small, hand-made map. */
const CONFUSABLE: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ɡ: 'g', ү: 'y', ո: 'n',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  // Latin variants and digits
  ı: 'i', ɩ: 'i', ɑ: 'a', ℓ: 'l', '0': 'o', '1': 'l', '!': 'l', '|': 'l',
}; // prettier-ignore

/**
 * What a name looks like, so 'rab0bank', 'rаbobank' (Cyrillic а) and 'rabobánk' compare equal:
 * accents dropped, confusables mapped, i/l and rn/m and vv/w folded.
 */
export function skeleton(label: string): string {
  const plain = label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of plain) out += CONFUSABLE[ch] ?? ch;
  return out.replace(/i/g, 'l').replace(/rn/g, 'm').replace(/vv/g, 'w');
}

const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u];

/** Whether one label mixes Latin, Cyrillic, Greek or Armenian letters: a classic disguise. */
export function mixesScripts(label: string): boolean {
  let seen = -1;
  for (const ch of label) {
    const script = SCRIPTS.findIndex((re) => re.test(ch));
    if (script === -1) continue;
    if (seen !== -1 && seen !== script) return true;
    seen = script;
  }
  return false;
}

/** Whether a and b differ by exactly one letter added, dropped, changed or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (a.length === b.length) {
    if (restA.slice(1) === restB.slice(1)) return true; // changed
    return restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2); // swapped
  }
  return a.length > b.length ? restA.slice(1) === restB : restB.slice(1) === restA; // added or dropped
}
