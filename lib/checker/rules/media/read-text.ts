import { defineCatalogue } from '../../../i18n';
import type { CheckContext, Rule, Text } from '../../rule';
import { detailsIn } from '../../text/details';
import type { Draft, MediaFacts } from '../../types';
import { specialCategory } from '../avg/special-category';
import { privacyRules } from '../privacy';
import { photoReadings, repairedOcr } from './photo-reading';
import { lineAt, whereIn } from './where';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('lib/checker/rules/media/read-text.ts', {
  privacybsn: { nl: 'BSN', en: 'BSN' },
  privacyrrn: { nl: 'rijksregisternummer', en: 'national register number' },
  'privacypatient-number': { nl: 'patiëntnummer', en: 'patient number' },
  privacyperson: { nl: 'naam', en: 'name' },
  privacybirthdate: { nl: 'geboortedatum', en: 'date of birth' },
  privacyemail: { nl: 'e-mailadres', en: 'e-mail address' },
  privacyphone: { nl: 'telefoonnummer', en: 'phone number' },
  privacyaddress: { nl: 'adres', en: 'address' },
  privacypostcode: { nl: 'postcode', en: 'postcode' },
  privacyiban: { nl: 'rekeningnummer', en: 'bank account' },
  'privacylicense-plate': { nl: 'kenteken', en: 'licence plate' },
  'avgspecial-category': { nl: 'diagnose', en: 'diagnosis' },
  room: { nl: 'kamer', en: 'room' },
  age: { nl: 'leeftijd', en: 'age' },
  date: { nl: 'datum', en: 'date' },
});

/** What kind of thing the draft rules found, as the card names it. */
const KIND_OF_RULE: Record<string, Text> = {
  'privacy/bsn': texts.text('privacybsn'),
  'privacy/rrn': texts.text('privacyrrn'),
  'privacy/patient-number': texts.text('privacypatient-number'),
  'privacy/person': texts.text('privacyperson'),
  'privacy/birthdate': texts.text('privacybirthdate'),
  'privacy/email': texts.text('privacyemail'),
  'privacy/phone': texts.text('privacyphone'),
  'privacy/address': texts.text('privacyaddress'),
  'privacy/postcode': texts.text('privacypostcode'),
  'privacy/iban': texts.text('privacyiban'),
  'privacy/license-plate': texts.text('privacylicense-plate'),
  'avg/special-category': texts.text('avgspecial-category'),
};
/** Small details that point to one person on a whiteboard or a wristband. */
const KIND_OF_DETAIL: Partial<Record<string, Text>> = {
  room: texts.text('room'),
  age: texts.text('age'),
  date: texts.text('date'),
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
  const read = media.text ?? '';
  if (!read.trim()) return [];
  // OCR's look-alike letters undone, letter for letter: offsets and lines stay as read.
  const text = repairedOcr(read);
  const lines =
    media.textLines && media.textLines.map((l) => l.text).join('\n') === read ? media.textLines : undefined;
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
  // Boards, wristbands and badges have their own shorthand: "K12", "JANSEN, M.", "Sanne".
  // A name is read only where the draft's name rule is on.
  const names = ctx.settings.rules?.['privacy/person']?.enabled !== false;
  for (const reading of photoReadings(text, ctx.spell)) {
    if (reading.kind === 'room') add(texts.text('room'), reading.start, reading.end);
    else if (reading.kind === 'patient-number')
      add(KIND_OF_RULE['privacy/patient-number'], reading.start, reading.end);
    else if (names) add(KIND_OF_RULE['privacy/person'], reading.start, reading.end);
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
