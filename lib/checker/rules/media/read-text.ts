import type { CheckContext, Rule, Text } from '../../rule';
import { detailsIn } from '../../text/details';
import type { Draft, MediaFacts } from '../../types';
import { specialCategory } from '../avg/special-category';
import { privacyRules } from '../privacy';
import { lineAt, whereIn } from './where';

/** What kind of thing the draft rules found, as the card names it. */
const KIND_OF_RULE: Record<string, Text> = {
  'privacy/bsn': { nl: 'BSN', en: 'BSN' },
  'privacy/rrn': { nl: 'rijksregisternummer', en: 'national register number' },
  'privacy/patient-number': { nl: 'patiëntnummer', en: 'patient number' },
  'privacy/person': { nl: 'naam', en: 'name' },
  'privacy/birthdate': { nl: 'geboortedatum', en: 'date of birth' },
  'privacy/email': { nl: 'e-mailadres', en: 'e-mail address' },
  'privacy/phone': { nl: 'telefoonnummer', en: 'phone number' },
  'privacy/address': { nl: 'adres', en: 'address' },
  'privacy/postcode': { nl: 'postcode', en: 'postcode' },
  'privacy/iban': { nl: 'rekeningnummer', en: 'bank account' },
  'privacy/license-plate': { nl: 'kenteken', en: 'licence plate' },
  'avg/special-category': { nl: 'diagnose', en: 'diagnosis' },
};
/** Small details that point to one person on a whiteboard or a wristband. */
const KIND_OF_DETAIL: Partial<Record<string, Text>> = {
  room: { nl: 'kamer', en: 'room' },
  age: { nl: 'leeftijd', en: 'age' },
  date: { nl: 'datum', en: 'date' },
};

/** Rules that read a draft's text for identifiers, names and health: the photo's text gets the same. */
const TEXT_RULES: readonly Rule[] = [
  ...privacyRules.filter((r) => r.id !== 'privacy/combination'),
  specialCategory,
];

export type ReadItem = { kind: Text; quote: string; where?: Text };

/**
 * Runs the draft's identifier, name and health rules on the text read in one picture and
 * says what was found and where in the picture. A rule the organisation or user switched off
 * for drafts is off here too.
 */
export function identifyingText(media: MediaFacts, draft: Draft, ctx: CheckContext): ReadItem[] {
  const text = media.text ?? '';
  if (!text.trim()) return [];
  const lines =
    media.textLines && media.textLines.map((l) => l.text).join('\n') === text ? media.textLines : undefined;
  const items: ReadItem[] = [];
  const seen = new Set<string>();
  const add = (kind: Text, start: number, end: number) => {
    const quote = text.slice(start, end).replace(/\s+/g, ' ').trim();
    const key = `${kind.nl}\u0000${quote.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    const line = lines && lineAt(lines, start);
    items.push({ kind, quote, ...(line ? { where: whereIn(line) } : {}) });
  };
  const sub: Draft = { text, platform: draft.platform, surface: 'post', media: [] };
  for (const rule of TEXT_RULES) {
    if (ctx.settings.rules?.[rule.id]?.enabled === false) continue;
    for (const hit of safeCheck(rule, sub, ctx)) add(KIND_OF_RULE[rule.id], hit.start, hit.end);
  }
  for (const detail of detailsIn(text)) {
    const kind = KIND_OF_DETAIL[detail.kind];
    if (kind) add(kind, detail.start, detail.end);
  }
  return items;
}

function safeCheck(rule: Rule, draft: Draft, ctx: CheckContext) {
  try {
    return rule.check(draft, ctx);
  } catch {
    return [];
  }
}
