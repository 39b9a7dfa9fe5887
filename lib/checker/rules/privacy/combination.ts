import { defineCatalogue, inEachLang, type KeyOf } from '../../../i18n';
import type { CheckContext, Rule, RuleHit, Text } from '../../rule';
import { modelFallback } from '../../learned/fallback';
import type { Severity } from '../../types';
import { anchorsIn, type Anchor } from '../../text/anchors';
import { DETAIL_WEIGHT, detailAnchors, detailsIn, type Detail, type DetailKind } from '../../text/details';
import { analyse, sentenceAt, tokenAt, tokensOf, type Analysis } from '../../text/tokens';
import { COLLEAGUE_ROLES, RELATIVES } from '../../data/care';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/combination', {
  description: {
    nl: 'Kleine details die samen één persoon aanwijzen: leeftijd, kamer, afdeling, moment, plaats, aandoening.',
    en: 'Small details that together point to one person: age, room, ward, moment, place, condition.',
  },
  // {quoted}: the details as written; {kinds}: their kinds, from the labels below.
  message: {
    nl: 'Samen wijzen deze details naar één persoon: {quoted} ({kinds}).',
    en: 'Together these details point to one person: {quoted} ({kinds}).',
  },
  explanation: {
    nl: 'Eén detail is vaak onschuldig, maar leeftijd, kamer, afdeling, moment en plaats samen maken iemand herkenbaar voor familie, buren en collega’s. Dat breekt het beroepsgeheim. Laat een paar details weg of maak ze algemener.',
    en: 'One detail is often harmless, but age, room, ward, moment and place together make someone recognisable to family, neighbours and colleagues. That breaks professional secrecy. Leave some details out or make them more general.',
  },
  labelAge: { nl: 'leeftijd', en: 'age' },
  labelRoom: { nl: 'kamer of bed', en: 'room or bed' },
  labelWard: { nl: 'afdeling', en: 'ward' },
  labelTime: { nl: 'moment', en: 'moment' },
  labelDate: { nl: 'datum', en: 'date' },
  labelPlace: { nl: 'plaats', en: 'place' },
  labelAddress: { nl: 'adres', en: 'address' },
  labelRare: { nl: 'zeldzame aandoening', en: 'rare condition' },
  labelHealth: { nl: 'gezondheid', en: 'health' },
  labelHome: { nl: 'zorginstelling', en: 'care home' },
});

/** The word for each kind of detail in the message. */
const LABEL: Record<DetailKind, KeyOf<typeof texts>> = {
  age: 'labelAge',
  room: 'labelRoom',
  ward: 'labelWard',
  time: 'labelTime',
  date: 'labelDate',
  place: 'labelPlace',
  address: 'labelAddress',
  rare: 'labelRare',
  health: 'labelHealth',
  home: 'labelHome',
};

/** Details in the anchor's sentence and the one before and after: one passage about one person. */
const WINDOW = 1;
/**
 * At most this many details on either side of the anchor. Real passages hold a handful (seven
 * at most in the eval sets); a text without a full stop is one "sentence", and taking all its
 * details for every anchor made the check and its messages grow with the square of the length.
 */
const NEAREST = 16;

type Group = { anchor: Anchor; details: Detail[]; score: number; named: boolean };

export const combination: Rule = {
  id: 'privacy/combination',
  category: 'privacy',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      'Vannacht een 94-jarige vrouw op de SEH gereanimeerd.',
      'De bewoner van kamer 12 heeft vannacht de afdeling wakker gehouden.',
      'Gisteren een jongen van 16 uit Zwolle binnengekregen.',
    ],
    pass: [
      'Vandaag gewerkt op de SEH. Druk, maar een top team!',
      'Kamer 12 is vandaag omgebouwd tot snoezelruimte.',
      'Ons ziekenhuis bestaat 75 jaar! Vier het mee op 12 maart.',
    ],
  },
  check(draft, ctx) {
    const hits = detailHits(draft.text, ctx.t);
    // Where no person and details were tied together, the model trained on labelled drafts may
    // still see details that point to one person (a guess, reported as such).
    return hits.length > 0 ? hits : modelFallback('combination', draft, ctx);
  },
};

/** Details tied to one person by the anchors near them, one hit per start, in order. */
function detailHits(text: string, t: CheckContext['t']): RuleHit[] {
  const details = detailsIn(text);
  if (details.length === 0) return [];
  const found = anchorsIn(text);
  // Where no person word stands, the details themselves may point to someone ("Dirk (52)").
  const extra = notOverlapping(detailAnchors(text), found);
  const anchors: Anchor[] = extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
  const fromDetails = new Set<Anchor>(extra);
  if (anchors.length === 0) return [];
  const analysis = analyse(text);
  const { sentences } = analysis;

  // "Beste meneer X, ... Uw moeder was een geliefde bewoonster op De Linde": the one answered
  // and the home of their relative are details of two people; the greeting counts on its own.
  const namedIn = new Set(anchors.filter((a) => a.named && !a.addressed).map((a) => a.sentence));
  const hits = new Map<number, RuleHit>();
  let d0 = 0;
  let at = 0;
  const colleagueIn = colleagueFinder(analysis);
  const colleagueIsSubject = colleagueSubjectFinder(analysis);
  const carriedOn = carrier(analysis, namedIn);
  for (const anchor of anchors) {
    // "Annet is onze nieuwe locatiemanager in Emmen. Ze heeft 20 jaar ervaring": a colleague.
    if (!anchor.named && pronoun(text, anchor) && colleagueIn(anchor.sentence)) continue;
    // "Esther (52), al 20 jaar wijkverpleegkundige bij ons": an age the details point to, told
    // of a colleague (the name itself was no anchor: privacy/person kept it quiet as staff).
    if (fromDetails.has(anchor) && colleagueIn(anchor.sentence)) continue;
    // The one answered is read in their own sentence only; d0 still moves by the widest reach,
    // so it only ever moves forward (anchors come in text order).
    const reach = anchor.addressed ? 0 : WINDOW;
    // A named person told about over several sentences ("Hij woonde ... Zijn dochter bracht
    // hem naar ..."): the details of every sentence a pronoun carries on are theirs.
    const after = anchor.named && !anchor.addressed ? Math.max(reach, carriedOn(anchor.sentence)) : reach;
    const from = sentences[Math.max(0, anchor.sentence - reach)].start;
    const to = sentences[Math.min(sentences.length - 1, anchor.sentence + after)].end;
    const widest = sentences[Math.max(0, anchor.sentence - WINDOW)].start;
    while (d0 < details.length && details[d0].start < widest) d0++;
    while (at < details.length && details[at].start < anchor.start) at++;
    const near: Detail[] = [];
    for (
      let k = Math.max(d0, at - NEAREST);
      k < details.length && k < at + NEAREST && details[k].start < to;
      k++
    ) {
      const d = details[k];
      if (d.start < from || (d.start < anchor.end && anchor.start < d.end)) continue;
      // "Beste Ingrid, fijn dat uw vader het naar zijn zin heeft op De Wingerd": the home is the father's.
      if (anchor.addressed && d.start > anchor.end && relativeBetween(text, anchor.end, d.start)) continue;
      // "Een collega was ziek. Mevrouw Jansen ligt op kamer 12.": the illness is the colleague's.
      if (d.kind === 'health' && colleagueIsSubject(d.start, anchor.sentence)) continue;
      near.push(d);
    }
    const named = anchor.named || [-1, 0, 1].some((k) => namedIn.has(anchor.sentence + k));
    const group = score(anchor, near, named, text);
    const severity = severityOf(group);
    if (!severity) continue;
    for (const hit of report(group, severity, text, t)) {
      const old = hits.get(hit.start);
      if (!old || (old.severity !== 'stop' && severity === 'stop')) hits.set(hit.start, hit);
    }
  }
  return [...hits.values()].sort((a, b) => a.start - b.start);
}

/** The spans of `add` that overlap none of `found`; both sorted by start, one sweep. */
function notOverlapping<T extends { start: number; end: number }>(add: T[], found: Anchor[]): T[] {
  const out: T[] = [];
  let k = 0;
  let reach = -1;
  for (const d of add) {
    // Every found anchor starting before d ends could overlap it; track the furthest end.
    while (k < found.length && found[k].start < Math.max(d.end, d.start + 1))
      reach = Math.max(reach, found[k++].end);
    const last = found[k - 1];
    if (!(last && reach > d.start)) out.push(d);
  }
  return out;
}

/** How many sentences after this one go on about its person; at most a few, so it stays linear. */
const CARRY_MAX = 4;
const CARRIERS = new Set(['hij', 'zij', 'ze', 'zijn', "z'n", 'z’n', 'haar', 'hem']);

/**
 * For a sentence, how many of the next sentences carry its person on by a pronoun, without
 * naming anyone else; each sentence's pronouns are read once.
 */
function carrier(analysis: Analysis, namedIn: Set<number>): (sentence: number) => number {
  const carries = eachSentenceOnce(
    (s) => !namedIn.has(s) && tokensOf(analysis, s).some((t) => CARRIERS.has(t.lower)),
  );
  return (sentence) => {
    let n = 0;
    while (n < CARRY_MAX && sentence + n + 1 < analysis.sentences.length && carries(sentence + n + 1)) n++;
    return n;
  };
}

const pronoun = (text: string, a: Anchor) => /^(?:hij|zij|ze)$/i.test(text.slice(a.start, a.end));

/**
 * Whether a colleague stands in this sentence or the one before; each sentence is read once
 * (a long text without full stops is one sentence, and reading it for every "ze" was quadratic).
 */
function colleagueFinder(analysis: Analysis): (sentence: number) => boolean {
  const inSentence = eachSentenceOnce((s) => tokensOf(analysis, s).some((t) => isColleague(t.lower)));
  return (sentence) => (sentence > 0 && inSentence(sentence - 1)) || inSentence(sentence);
}
/** Words before the subject of a sentence: "Een collega", "Onze verpleegkundige". */
const DETERMINERS = new Set(['een', 'één', 'de', 'het', 'onze', 'ons', 'mijn', 'm’n', "m'n", 'die', 'deze']);
/** A colleague's sentence that speaks of the patient too ("gaf haar morfine") keeps its details. */
const OBJECT_PRONOUNS = new Set(['haar', 'hem', 'hun', 'hen']);

/**
 * Whether the detail at this offset stands in another sentence than the anchor's, one whose
 * subject is a colleague and which does not speak of anyone else; each sentence is read once.
 */
function colleagueSubjectFinder(analysis: Analysis): (offset: number, anchorSentence: number) => boolean {
  const colleagueSubject = eachSentenceOnce((s) => {
    const tokens = tokensOf(analysis, s);
    let k = 0;
    while (k < 2 && k < tokens.length && DETERMINERS.has(tokens[k].lower)) k++;
    return (
      k < tokens.length && isColleague(tokens[k].lower) && !tokens.some((t) => OBJECT_PRONOUNS.has(t.lower))
    );
  });
  return (offset, anchorSentence) => {
    const s = sentenceAt(analysis, offset);
    return s !== anchorSentence && colleagueSubject(s);
  };
}

/** A question about a sentence, read once per sentence however often it is asked. */
function eachSentenceOnce(read: (sentence: number) => boolean): (sentence: number) => boolean {
  const known = new Map<number, boolean>();
  return (s) => {
    let found = known.get(s);
    if (found === undefined) known.set(s, (found = read(s)));
    return found;
  };
}

const isColleague = (w: string) =>
  COLLEAGUE_ROLES.has(w) ||
  ['manager', 'leider', 'verpleegkundige', 'coördinator'].some(
    (r) => w.length > r.length + 2 && w.endsWith(r),
  );

function score(anchor: Anchor, near: Detail[], named: boolean, text: string): Group {
  const kinds = new Set<DetailKind>(near.map((d) => (d.kind === 'rare' ? 'rare' : d.kind)));
  let total = 0;
  for (const k of kinds) total += weight(k, named, near, text);
  // "kwam om 0.02 uur ter wereld": the clock time inside the event dates it.
  if (near.some((d) => d.kind === 'health' && BIRTH_TIME.test(text.slice(d.start, d.end)))) total += 1;
  // Without a name, a health word says what happened, not who it was: it adds to details that
  // point, but a room and a condition alone ("de bewoonster van kamer 9" with a fall) are one
  // detail and the health of that person (avg/special-category's card).
  const withoutHealth = total - (kinds.has('health') ? DETAIL_WEIGHT.health : 0);
  // With a name, what happened and a vague moment ("Fokje zette gisteren haar eerste stapjes
  // met de rollator") say no more about who it is: one detail must narrow it down.
  const narrows = near.some(
    (d) => d.kind !== 'health' && !(d.kind === 'time' && VAGUE.test(text.slice(d.start, d.end))),
  );
  const timed = near.some((d) => d.kind === 'health' && BIRTH_TIME.test(text.slice(d.start, d.end)));
  const enough = named ? narrows || timed : withoutHealth >= 3;
  return { anchor, details: near, score: enough ? total : Math.min(total, named ? 1 : 2), named };
}

/**
 * With a name, the care home or ward narrows to one house or unit ("mevrouw Bruins op de PG");
 * the clock time of a birth or death is as telling as its date ("kwam om 0.02 uur ter wereld").
 */
function weight(kind: DetailKind, named: boolean, near: Detail[], text: string): number {
  if (named && (kind === 'home' || kind === 'ward')) return 2;
  if (kind === 'time' && near.some((d) => d.kind === 'health' && LIFE_EVENT.test(text.slice(d.start, d.end))))
    return near.some((d) => d.kind === 'time' && /\d/.test(text.slice(d.start, d.end))) ? 2 : 1;
  return DETAIL_WEIGHT[kind];
}
/** A moment without a clock time: "vandaag", "vannacht", "vorige week". */
const VAGUE = /^\D*$/;
const BIRTH_TIME = /\d[.:]\d\d.*(?:geboren|ter wereld|levenslicht|bevall|beviel|overle|stierf|ingeslapen)/i;
const LIFE_EVENT = /geboren|ter wereld|levenslicht|bevall|beviel|overle|stierf|gestorven|ingeslapen/i;

/** A name plus two points, or three points without one, point to a person; more make it a stop. */
function severityOf(g: Group): Severity | null {
  if (g.named ? g.score < 2 : g.score < 3) return null;
  return g.score >= 5 || (g.named && g.score >= 4) ? 'stop' : 'check';
}

function report(g: Group, severity: Severity, text: string, t: (x: Text) => string): RuleHit[] {
  const quoted = g.details.map((d) => `„${text.slice(d.start, d.end).trim()}”`);
  const kinds = [...new Set(g.details.map((d) => d.kind))];
  const message = t(
    inEachLang((lang) =>
      texts.t('message', lang, {
        quoted: quoted.join(', '),
        kinds: kinds.map((k) => texts.t(LABEL[k], lang)).join(', '),
      }),
    ),
  );
  const explanation = t(texts.text('explanation'));
  // Report the details that can be dropped or generalised; the rest is named in the message.
  const shown = g.details.filter((d) => d.kind !== 'time' && d.kind !== 'health' && d.kind !== 'address');
  // A named anchor is privacy/person's finding; the card then sits on a detail, not on the name.
  const fallback = g.named ? g.details.slice(0, 1) : [];
  const spans =
    shown.length > 0
      ? shown
      : fallback.length > 0
        ? fallback
        : [{ kind: 'age' as const, start: g.anchor.start, end: g.anchor.end, replacement: null }];
  return spans.map((d) => ({
    severity,
    start: d.start,
    end: d.end,
    message,
    explanation,
    suggestions: d.replacement === null ? [] : [d.replacement],
  }));
}

/** "uw vader", "je moeder", "jullie oma" between two offsets: what follows is about the relative. */
function relativeBetween(text: string, from: number, to: number): boolean {
  const { tokens } = analyse(text);
  // From the first token that starts at or after `from`: no pass over the whole text per detail.
  let k = tokenAt(tokens, from);
  if (k < 0 || tokens[k].start < from) k++;
  for (k++; k < tokens.length && tokens[k].end <= to; k++)
    if (RELATIVES.has(tokens[k].lower) && YOUR.has(tokens[k - 1].lower)) return true;
  return false;
}

const YOUR = new Set(['uw', 'je', 'jouw', 'jullie']);
