import { defineCatalogue } from '../../../i18n';
import { compilePhrases, phraseHits } from '../../phrases/table';
import type { Rule, RuleHit, Text } from '../../rule';
import { analyse, sentenceAt } from '../../text/tokens';
import { ANSWER_SURFACES, type Surface } from '../../types';
import { modelFallback } from '../../learned/fallback';
import { arguing, CALMER } from './arguing.data';
import { blaming } from './blaming.data';
import { accountSentences } from './account';
import { arguingSentences } from './stance';

/** Public answers: where the model listens for arguing (a team message is not labelled so). */
const REPLIES: ReadonlySet<Surface> = new Set(['reply', 'comment']);

/** What this rule says, Dutch first. */
const texts = defineCatalogue('tone/defensive-reply', {
  restate: {
    nl: 'Hier wordt wat de schrijver zegt herhaald en tegengesproken: dat is in het openbaar in discussie gaan.',
    en: "Here the writer's words are repeated and denied: that is arguing in public.",
  },
  counterfactual: {
    nl: 'Deze zin zegt de schrijver in het openbaar wat die anders had moeten doen.',
    en: 'This sentence tells the writer in public what they should have done differently.',
  },
  denial: {
    nl: 'Deze zin spreekt de schrijver in het openbaar tegen.',
    en: 'This sentence contradicts the writer in public.',
  },
  stance: {
    nl: 'Deze zin gaat in het openbaar in tegen de schrijver of legt de schuld bij hem of haar.',
    en: 'This sentence argues with the writer in public or puts the blame on them.',
  },
  account: {
    nl: 'Deze zin zet in het openbaar jullie versie van wat er gebeurde tegenover het verhaal van de schrijver, zonder hun ervaring te erkennen.',
    en: "This sentence sets your version of what happened against the writer's story, in public, without acknowledging their experience.",
  },
  sarcasm: {
    nl: 'Dit teken leest onder een klacht als spot of schouderophalen.',
    en: 'Under a complaint this emoji reads as mockery or a shrug.',
  },
  description: {
    nl: 'Reacties op klachten die in het openbaar in discussie gaan of de schuld leggen bij iemand.',
    en: 'Replies to complaints that argue in public or blame someone.',
  },
});

/**
 * One regex per kind of arguing, not one for all: past about 145 phrases the single alternation
 * got so large that matching a 63k reply took 60 ms instead of 1 (measured on this machine).
 */
const matchers = [...arguing, ...blaming].map((entry) => compilePhrases([entry]));
const match = (text: string) => matchers.flatMap((m) => m(text)).sort((a, b) => a.start - b.start);

const SAYS =
  '(?:zegt|zei|schrijft|schreef|stelt|stelde|beweert|beweerde|suggereert|insinueert|claimt|meent|noemt|vertelt|vertelde|geeft aan|gaf aan|spreekt over|heeft het over|hebt het over|doet alsof|suggereerde|insinueerde)';
/**
 * The complainant's words restated, in either order: "u schrijft dat", "in uw review stelt u
 * dat", "volgens u", "uw bewering dat".
 */
const RESTATED = new RegExp(
  `\\b(?:(?:u|je|jij|ge|gij)\\s+${SAYS}|${SAYS}\\s+(?:u|je|jij|ge|gij)\\b(?!\\s+(?:ons|mij|me)\\b)|volgens\\s+(?:u|jou|jullie)\\b|(?:uw|je|jouw)\\s+(?:bewering|stelling|verwijt|beschuldiging|suggestie|insinuatie)\\s+dat)\\b`,
  'i',
);
/** ...and then denied, in that sentence or the next: "maar", "in werkelijkheid", "onjuist". */
const DENIED =
  /\b(?:maar|echter|terwijl)\b|\b(?:onjuist|niet waar|niet juist|niet correct|klopt niet|klopt gewoon niet|in werkelijkheid|feit is|de feiten|wel degelijk|niets van waar|geen sprake|niet zo|anders)\b/i;
/**
 * "Als u eerder had gebeld, was dit niet gebeurd", "Had je het ons laten weten, dan ...":
 * what they should have done, in a past condition with its consequence.
 */
const COUNTERFACTUAL =
  /\b(?:als|indien|wanneer)\s+(?:u|je|jij|ge)\b[^.!?,;]{0,80}\b(?:had|hadden|zou|waart)\b[^.!?,;]{0,40},\s*(?:dan\s+)?(?:was|waren|had|hadden|zou|zouden|kon|konden)\b|^(?:had|hadden)\s+(?:u|je|jij|ge)\b[^.!?]{0,80},\s*dan\b/i;
/** "Dat is gewoon niet zo." at the end of a sentence: a flat denial. */
const FLAT_DENIAL =
  /\b(?:dat|dit|het)\s+(?:is|was)\s+(?:gewoon\s+|simpelweg\s+|echt\s+|helemaal\s+|absoluut\s+|toch\s+)?niet\s+zo\s*$/i;
/** A kind turn after a condition: "had u gebeld, dan hadden we u graag geholpen". */
const KIND_AFTER = /\b(?:graag|met plezier|excuses|sorry|spijt|welkom)\b/i;
/** A "maar" that turns to listening: "..., maar we willen graag met u bellen". */
const KIND_TURN =
  /\b(?:maar|echter)\b[^.!?]*\b(?:graag|excuses|spijt|sorry|begrijp\w*|contact|bel\w*|horen|bespreken|privé\w*|dm|persoonlijk)\b/i;
/** The one answered in a sentence: "u", "uw moeder", "je", "ge". */
const ANSWERED_WORD = /\b(?:u|uw|je|jij|jou|jouw|ge|gij|uzelf|jezelf)\b/i;
/** Emoji that read as rolling eyes, a shrug or a smirk under a complaint. */
// Laughing faces are left out: under a team outing or a birthday they are just laughter.
const SARCASM = /\u{1F644}|\u{1F643}|\u{1F937}|\u{1F60F}|\u{1F926}/u;

const RESTATE_MESSAGE = texts.text('restate');
const COUNTERFACTUAL_MESSAGE = texts.text('counterfactual');
const DENIAL_MESSAGE = texts.text('denial');
const STANCE_MESSAGE = texts.text('stance');
const SARCASM_MESSAGE = texts.text('sarcasm');
const ACCOUNT_MESSAGE = texts.text('account');

export const defensiveReply: Rule = {
  id: 'tone/defensive-reply',
  category: 'tone',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      { text: 'Dat klopt niet, wij hebben niets fout gedaan.', surface: 'reply' },
      { text: 'U had het zelf moeten melden.', surface: 'comment' },
      { text: 'U schrijft dat u twee uur moest wachten. Dat is onjuist.', surface: 'reply' },
    ],
    pass: [
      'Wat vervelend dat u dit zo heeft ervaren. Stuur ons gerust een bericht.',
      'Klopt het dat er morgen een open dag is?',
      { text: 'U schrijft dat u lang moest wachten. Dat spijt ons echt.', surface: 'reply' },
    ],
  },
  check(draft, ctx) {
    if (!ANSWER_SURFACES.has(draft.surface) && draft.surface !== 'other') return [];
    const text = draft.text;
    const severity = draft.surface === 'other' ? 'tip' : undefined;
    const analysis = analyse(text);
    const { sentences } = analysis;
    const found = match(text).filter((h) => {
      const after = text.slice(h.end, h.end + 12).toLowerCase();
      if (h.entry.notFollowedBy.some((w) => after.startsWith(` ${w}`))) return false;
      if (!h.entry.needsAnswered) return true;
      const s = sentences[sentenceAt(analysis, h.start)];
      return !!s && ANSWERED_WORD.test(text.slice(s.start, s.end));
    });
    const hits: RuleHit[] = phraseHits(found, ctx.t, severity);
    const extra = (start: number, end: number, message: Text) =>
      hits.push({
        severity: severity ?? 'check',
        start,
        end,
        message: ctx.t(message),
        explanation: ctx.t(CALMER),
        suggestions: [],
      });
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const sentence = text.slice(s.start, s.end);
      const claim = RESTATED.exec(sentence);
      if (!claim) continue;
      const next = sentences[i + 1];
      const rest = sentence.slice(claim.index) + (next ? ` ${text.slice(next.start, next.end)}` : '');
      if (DENIED.test(rest) && !KIND_TURN.test(rest)) extra(s.start + claim.index, s.end, RESTATE_MESSAGE);
    }
    for (const s of sentences) {
      const sentence = text.slice(s.start, s.end);
      const cf = COUNTERFACTUAL.exec(sentence);
      if (cf && !KIND_AFTER.test(sentence)) extra(s.start + cf.index, s.end, COUNTERFACTUAL_MESSAGE);
      const denial = FLAT_DENIAL.exec(sentence);
      if (denial) extra(s.start + denial.index, s.end, DENIAL_MESSAGE);
    }
    const emoji = SARCASM.exec(text);
    if (emoji) extra(emoji.index, emoji.index + emoji[0].length, SARCASM_MESSAGE);
    // By shape, where no phrase above found the sentence: the phrases say more precisely why.
    for (const s of uncovered(arguingSentences(text), hits)) extra(s.start, s.end, STANCE_MESSAGE);
    // Our own account of the event, told flat and without a word of understanding: public replies only
    // (a team message tells the facts of a resident's day, which is its job).
    if (draft.surface === 'reply' || draft.surface === 'comment')
      for (const s of uncovered(accountSentences(text), hits)) extra(s.start, s.end, ACCOUNT_MESSAGE);
    // Where no phrase or shape found arguing, the model trained on labelled replies may hear it.
    return hits.length > 0 ? withoutOverlaps(hits) : modelFallback('defensive-reply', draft, ctx, REPLIES);
  },
};

/**
 * The spans (in text order) that no hit overlaps: one walk over both sorted lists, so a long
 * reply with many hits stays linear.
 */
function uncovered<S extends { start: number; end: number }>(spans: S[], hits: RuleHit[]): S[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: S[] = [];
  let h = 0;
  let reach = -1; // the furthest end among hits that start before the current span ends
  for (const s of spans) {
    while (h < sorted.length && sorted[h].start < s.end) reach = Math.max(reach, sorted[h++].end);
    if (reach <= s.start) out.push(s);
  }
  return out;
}

/** One card per stretch of text: where hits overlap, the longest stays. */
function withoutOverlaps(hits: RuleHit[]): RuleHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RuleHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}
