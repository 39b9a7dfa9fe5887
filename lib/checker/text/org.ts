/** Words that show a sentence speaks of the organisation's own place (visiting address, new site). */
export const ORG_PLACE =
  /\b(bezoekadres|postadres|adres van ons|onze? (?:nieuwe )?(?:locatie|vestiging|kantoor|dagbesteding|praktijk|afdeling|poli)|kantoor|locatie|vestiging|open(?:t|en)?|geopend|informatiekraam|wzc|ziekenhuis|zorgcentrum|woonzorgcentrum|praktijk|campus|zoekt|vacature|welkom|route|parkeren)\b/i;

/**
 * Words that leave no doubt the address is the organisation's own: its visiting address,
 * a new site, an event it hosts. Such an address is not reported at all.
 */
export const ORG_OWN =
  /\b(bezoekadres|postadres|ons (?:nieuwe |vaste )?adres|onze? (?:nieuwe )?(?:locatie|vestiging|campus)|vindt u ons|vind je ons|bezoek ons|congrescentrum|banenmarkt|jobbeurs|open dag|opendag|symposium|infoavond|informatieavond)\b/i;

/**
 * The organisation speaking of its own landline ("bel ons", "onze receptie", "ons nummer blijft").
 * Only the first person: a number merely next to a desk's name ("secretariaat: 016 ...") may still
 * be anyone's. A mobile number stays a person's, whatever the words.
 */
export const ORG_PHONE =
  /\b(onze? (?:\w+ )?(?:receptie|secretariaat|patiënten ?service(?:bureau)?|klanten ?service|servicedesk|serviceteam|informatielijn|infolijn|zorglijn|afsprakenbureau|afsprakenlijn|centrale|algemene? (?:telefoon)?nummer|hoofdnummer|(?:telefoon)?nummer)|het telefoonnummer blijft|bel(?:t u)? ons|bereik(?:t|en)? (?:u |je |jullie )?ons|contact met ons|ons bereiken)\b/i;

/** The sentence around [start, end): from the last sentence end before to the next one after. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 300 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !/[.!?\n]/.test(text[b])) b++;
  return text.slice(a, b);
}
