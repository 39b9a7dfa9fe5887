import { APPOSITION_FILLERS, COLLEAGUE_ROLES, PUBLIC_ROLES, RELATIVES } from '../data/care';
import { NOT_PEOPLE, ORG_PREFIXES, ORG_SUFFIXES, STAFF_PLACES, WORKS } from '../data/person-cues';
import type { DraftContext } from './draft-context';
import { adjacent, endsInRole, isRole, lastPart, roleAfter, sameSentence, spaced } from './name-parts';
import type { Token } from './tokens';

/** Names that belong to staff, public figures, organisations or a byline: they stay quiet. */

/** Words before a name that make it the writer's byline or a photo credit. */
const CREDITS =
  /(?:(?:^|\s)(?:geschreven door|door:|auteur:?)|(?:^|[\n.!?|•]\s*)(?:tekst(?: en foto)?:?|foto'?s?:|fotografie:?|beeld:))\s*$/i;

/** Words that may stand between a name and a role it is given ("Mieke is de nieuwe teamleider"). */
const ROLE_LINKS = new Set([
  'is',
  'wordt',
  'werd',
  'als',
  'de',
  'onze',
  'ons',
  'een',
  'nieuwe',
  'nieuw',
  'vaste',
]);

/** Whether the name's surroundings make it staff, a public figure, an organisation or a credit. */
export function quiet(ctx: DraftContext, from: number, to: number): boolean {
  if (ctx.recruitment) return true;
  for (let k = from; k < to; k++) if (ctx.staffNames.has(ctx.analysis.tokens[k].lower)) return true;
  if (!staffRole(ctx, from, to)) return false;
  for (let k = from; k < to; k++)
    if (ctx.analysis.tokens[k].cap) ctx.staffNames.add(ctx.analysis.tokens[k].lower);
  return true;
}

/** A role, an organisation, a credit or staff words around the name. */
function staffRole(ctx: DraftContext, from: number, to: number): boolean {
  const { tokens, text } = ctx.analysis;
  const full = to - from > 1;
  const head = tokens[from];
  const last = tokens[to - 1];
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  // "fysiotherapeuten Bram en Roos", "Team Rik, Bas en Mark": a role before the whole list.
  // "met" is a speaker word only after "interview" (a staff word itself): "met Gerrit" is company.
  // A public figure who is operated on or admitted is a patient ("zanger X werd bij ons geopereerd").
  const roleBefore = (t: Token | undefined) =>
    !!t &&
    sameSentence(t, head) &&
    ((staffWord(t) && t.lower !== 'met') || t.lower === 'team') &&
    !(publicRole(t) && ctx.sentences[head.sentence].treated);
  if (roleBefore(tokens[listStart(ctx, from) - 1])) return true;
  if (prev && sameSentence(prev, head)) {
    // "de bewoners van Pieter van Foreest": people of a home named after someone.
    if (prev.lower === 'van' && prev2 && sameSentence(prev2, head) && MEMBERS.has(prev2.lower)) return true;
    // "de film over Anne Frank", "genoemd naar Florence Nightingale": a figure of history or fiction.
    if (prev2 && sameSentence(prev2, head) && prev.lower === 'over' && WORKS.has(prev2.lower)) return true;
    if (prev2 && sameSentence(prev2, head) && prev.lower === 'naar' && /^(?:ge|ver)noemd$/.test(prev2.lower))
      return true;
    // "Huize Hendrika", "stichting Anna": the name of the place follows its word directly.
    // "Welkom in ons huis, Hendrika Zwiers!" greets the one who came to live there (in a reply
    // to someone, "het team van afdeling 3, Annelies!" greets the one answered: see answeredName).
    const greets = !spaced(text, prev, head) && !ctx.speaksTo;
    if ((ORG_PREFIXES.has(prev.lower) && !greets) || NOT_PEOPLE.has(prev.lower)) return true;
    // "het Antoni van Leeuwenhoek": a building or an organisation takes an article, a person does not.
    if ((prev.lower === 'het' || prev.lower === "'t") && adjacent(text, prev, head)) return true;
    if (prev2 && sameSentence(prev2, head) && !prev.cap && (isRole(prev2) || PUBLIC_ROLES.has(prev2.lower)))
      return true;
    if (
      prev2 &&
      sameSentence(prev2, head) &&
      (prev.lower === 'van' || prev.lower === 'door') &&
      WORKS.has(prev2.lower)
    )
      return true;
  }
  if (roleAfter(ctx.analysis, to)) return true;
  if (fromService(ctx, to)) return true;
  // "Gerrit bakte pannenkoeken voor alle bewoners": he works for the residents, he is not one of
  // them (unless an age, a birth or a death is told of him).
  const withResidents = ctx.sentences[head.sentence].withResidents;
  if (withResidents >= to && !ctx.strong.has(head.sentence)) return true;
  // "Annet Boelhouwer (piano)", "Joop (organisatie)": a part or a task in brackets, no age.
  // "Vincent van Gogh (1853-1890)": a life that ended long ago is history, not a resident's.
  const years = /^\s*[,(]\s*(1[6-9]\d\d)\s*[-–]\s*(1[6-9]\d\d)(?!\d)/.exec(
    text.slice(last.end, last.end + 16),
  );
  if (years && Number(years[2]) < 1990) return true;
  // A remark ("die met dementie", "van kamer 4") is about the person, not a part.
  const bracket = /^\s*\(\s*(\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)?)\s*\)/u.exec(
    text.slice(last.end, last.end + 40),
  );
  if (bracket && !bracket[1].split(' ').some((w) => RELATIVES.has(w) || REMARK_WORDS.has(w))) return true;
  // "Hoop voor Morgen, de stichting die ...": an organisation in apposition.
  const gap = tokens[to] ? text.slice(last.end, tokens[to].start) : '';
  if (/^\s*,\s*$/.test(gap) && ['de', 'het', 'onze', 'ons'].includes(tokens[to].lower)) {
    const noun = tokens[to + 1];
    if (noun && sameSentence(noun, last) && (ORG_SUFFIXES.has(noun.lower) || ORG_PREFIXES.has(noun.lower)))
      return true;
  }
  for (let k = to; k < to + 5 && k < tokens.length && sameSentence(tokens[k], last); k++) {
    if (isRole(tokens[k]) && k > to) return true;
    if (!ROLE_LINKS.has(tokens[k].lower)) break;
  }
  const next = tokens[to];
  if (next && sameSentence(next, last) && spaced(text, last, next)) {
    const org = next.cap
      ? ORG_SUFFIXES.has(next.lower) ||
        /(?:ziekenhuis|kliniek|gasthuis|huis|huizen|zorg|centrum|centra)$/.test(next.lower)
      : /^(?:ziekenhuis|kinderziekenhuis|kliniek|gasthuis|stichting|fonds|prijs|award)$/.test(next.lower);
    if (org) return true;
  }
  // "Maaike: ..." is a speaker (a name that opens its line); "Afscheid van Mien Bos:" is a heading
  // about her. A byline or photo credit names the writer.
  const opener = tokens[listStart(ctx, from)];
  if (/^\s*:/.test(text.slice(last.end, last.end + 3)) && (opener.first || !sameSentence(prev, head)))
    return true;
  if (CREDITS.test(text.slice(Math.max(0, head.start - 24), head.start))) return true;
  if (roleWithAls(ctx, from)) return true;
  const flags = ctx.sentences[head.sentence];
  // "Bas en Rik van de technische dienst maakten de tillift. Top collega's!": a short
  // exclamation after the sentence says who they are.
  const after = ctx.analysis.sentences[head.sentence + 1];
  const exclaimed = !!after && after.to - after.from <= 4 && ctx.sentences[head.sentence + 1].staff;
  // In a performance the audience is not the artist: "het koor zong voor Anna Mulder".
  const audience = prev?.lower === 'voor' && sameSentence(prev, head);
  // An age or a birth told of them makes them one of the residents even there, as above.
  const performer = full && flags.performance && !audience && !ctx.strong.has(head.sentence);
  return flags.staff || exclaimed || performer;
}

/** Words before "als" that make the role a past one: a resident may once have been a nurse. */
const PAST = new Set(['vroeger', 'werkte', 'werkten', 'destijds', 'was', 'vroeg', 'jarenlang', 'ooit']);

/**
 * "Marianne Kuipers neemt afscheid als teamleider", "Sanne start maandag als verpleegkundige":
 * after the name the sentence gives it a role with "als", not a past one ("die vroeger als
 * verpleegkundige werkte" may be a resident).
 */
function roleWithAls(ctx: DraftContext, from: number): boolean {
  const { tokens } = ctx.analysis;
  const s = ctx.analysis.sentences[tokens[from].sentence];
  // After the name: "Wat ik als stervensbegeleider leerde van Trees" is the writer's role.
  for (let k = from + 1; k < s.to; k++) {
    if (tokens[k].lower !== 'als') continue;
    if (tokens.slice(Math.max(s.from, k - 3), k).some((t) => PAST.has(t.lower))) continue;
    for (let j = k + 1; j < Math.min(s.to, k + 4); j++) {
      if (isRole(tokens[j]) || endsInRole(tokens[j].lower)) return true;
      if (!APPOSITION_FILLERS.has(tokens[j].lower)) break;
    }
  }
  return false;
}

/** People of an organisation: "de bewoners van X" names a home, not a person. */
const MEMBERS = new Set([
  'bewoners',
  'cliënten',
  'patiënten',
  'medewerkers',
  'vrijwilligers',
  'collega’s',
  "collega's",
]);

/** A role, also in the plural or in a compound: "fysiotherapeuten", "muziektherapeut". */
function staffWord(t: Token): boolean {
  if (isRole(t) || endsInRole(t.lower)) return true;
  const singular = t.lower.replace(/(?:en|s|'s|’s)$/, '');
  return singular !== t.lower && (COLLEAGUE_ROLES.has(singular) || endsInRole(singular));
}

const publicRole = (t: Token) => PUBLIC_ROLES.has(t.lower) || PUBLIC_ROLES.has(lastPart(t.lower));

/** The first token of the list of names token i stands in ("Kim" for "Joris" in "Kim en Joris"). */
export function listStart(ctx: DraftContext, i: number): number {
  const { tokens, text } = ctx.analysis;
  let k = i;
  for (let step = 0; step < 4; step++) {
    const prev = tokens[k - 1];
    const before = tokens[k - 2];
    if (!prev || !sameSentence(prev, tokens[i])) return k;
    if (prev.lower === 'en' && before?.cap && sameSentence(before, prev)) k -= 2;
    else if (prev.cap && /^\s*,\s*$/.test(text.slice(prev.end, tokens[k].start))) k -= 1;
    else return k;
  }
  return k;
}

/** Words that open a remark about a person in brackets, not a part they play. */
const REMARK_WORDS = new Set(['die', 'met', 'van', 'uit', 'op', 'in', 'geboren', 'overleden']);

/** Past the rest of the list of names that ends at token to ("Bas" in "Bas en Rik van de ..."). */
function listEnd(ctx: DraftContext, to: number): number {
  const { tokens, text } = ctx.analysis;
  let k = to;
  for (let step = 0; step < 4; step++) {
    const link = tokens[k];
    if (!link || !sameSentence(link, tokens[to - 1])) return k;
    const at = link.lower === 'en' ? k + 1 : k;
    const name = tokens[at];
    const joined =
      link.lower === 'en' || (link.cap && /^\s*,\s*$/.test(text.slice(tokens[k - 1].end, link.start)));
    if (!joined || !name?.cap || !sameSentence(name, link)) return k;
    k = at + 1;
  }
  return k;
}

/** "Sanne van de receptie", "Bas van de technische dienst": a name from a service of the house is staff. */
function fromService(ctx: DraftContext, end: number): boolean {
  const { tokens } = ctx.analysis;
  const to = listEnd(ctx, end);
  const van = tokens[to];
  const article = tokens[to + 1];
  if (!van || van.lower !== 'van' || !article || !['de', 'het', "'t"].includes(article.lower)) return false;
  if (!sameSentence(van, tokens[to - 1]) || !sameSentence(article, van)) return false;
  for (let k = to + 2; k < to + 4 && k < tokens.length && sameSentence(tokens[k], van); k++) {
    const w = tokens[k].lower;
    if (STAFF_PLACES.has(w) || STAFF_PLACES.has(w.replace(/^.*(dienst)$/, '$1'))) return true;
  }
  return false;
}
