import { defineCatalogue } from '../../../i18n';
import type { CheckContext, Rule, RuleHit, SpellEngine } from '../../rule';
import { words } from '../../text/words';
import { inUserWords, userWordSet } from '../../../spelling/user-words';
import { dtTwin } from './dt-twin';
import { isNotAWord, skippedSpans, startsSentence } from './skip';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('spelling/unknown-word', {
  messageHyphen: {
    nl: '"{word}" schrijf je met een streepje: "{suggestion}".',
    en: '"{word}" is written with a hyphen in Dutch: "{suggestion}".',
  },
  message: { nl: '"{word}" staat niet in het woordenboek.', en: '"{word}" is not in the dictionary.' },
  explanation: {
    nl: 'Een tikfout valt op in een openbaar bericht. Kies een suggestie, of voeg het woord toe aan je woordenboek als het klopt.',
    en: 'A typo stands out in a public post. Pick a suggestion, or add the word to your dictionary if it is right.',
  },
  description: {
    nl: 'Woorden die niet in het Nederlandse woordenboek staan, met suggesties.',
    en: 'Words that are not in the Dutch dictionary, with suggestions.',
  },
});

/** Results per engine and word: checks rerun at every typing pause on mostly the same words. */
const CACHE_LIMIT = 5000;
type Verdicts = { correct: Map<string, boolean>; suggestions: Map<string, string[]> };
const caches = new WeakMap<SpellEngine, Verdicts>();

/**
 * Searching suggestions costs tens of milliseconds for a new word, so one check spends at
 * most this long on it; words past the budget are flagged now and get suggestions at the
 * next pause (from the cache), so a draft full of names cannot hold back a privacy finding.
 */
const SUGGEST_BUDGET_MS = 40;

function verdicts(spell: SpellEngine): Verdicts {
  let cache = caches.get(spell);
  if (!cache) caches.set(spell, (cache = { correct: new Map(), suggestions: new Map() }));
  return cache;
}

function isCorrect(spell: SpellEngine, word: string): boolean {
  const { correct } = verdicts(spell);
  let known = correct.get(word);
  if (known === undefined) {
    if (correct.size >= CACHE_LIMIT) correct.clear();
    correct.set(word, (known = spell.correct(word)));
  }
  return known;
}

/** The word's suggestions, or undefined when the budget is spent and none are cached yet. */
function suggestionsFor(spell: SpellEngine, word: string, budget: { left: number }): string[] | undefined {
  const { suggestions } = verdicts(spell);
  const known = suggestions.get(word);
  if (known || budget.left <= 0) return known;
  const started = performance.now();
  const found = spell.suggest(word, 3);
  budget.left -= performance.now() - started;
  if (suggestions.size >= CACHE_LIMIT) suggestions.clear();
  suggestions.set(word, found);
  return found;
}

const isCapitalised = (w: string) => w[0] !== w[0].toLowerCase();
const isAllCaps = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();

/** A hyphenated word whose every part is right (zorg- en welzijnsorganisatie aside): Dutch allows many. */
const partsCorrect = (spell: SpellEngine, word: string) =>
  word.includes('-') && word.split('-').every((p) => p.length > 0 && isCorrect(spell, p));

/** The dictionary writes the word with a hyphen where it was left out: burnout -> burn-out. */
const needsHyphen = (word: string, first: string | undefined) =>
  !!first && first.split('-').length === 2 && first.replace('-', '').toLowerCase() === word.toLowerCase();

function findUnknown(text: string, ctx: CheckContext, spell: SpellEngine): RuleHit[] {
  const extra = userWordSet(ctx.settings.words);
  const skipped = skippedSpans(text);
  const hits: RuleHit[] = [];
  const capitalisedMidSentence = new Set<string>();
  const candidates: { word: string; start: number; end: number; opening: boolean }[] = [];
  let s = 0;
  for (const { word, start, end } of words(text)) {
    while (s < skipped.length && skipped[s][1] <= start) s++;
    if (s < skipped.length && skipped[s][0] < end) continue;
    if (word.length < 2 || isNotAWord(text, start, end)) continue;
    // Abbreviations and codes (AVG, GGZ, ICU): checking them would mostly annoy.
    if (isAllCaps(word) && word.length <= 8) continue;
    const opening = startsSentence(text, start);
    if (isCapitalised(word) && !opening) {
      capitalisedMidSentence.add(word);
      continue; // a name, a brand, an organisation: left alone
    }
    candidates.push({ word, start, end, opening });
  }
  const budget = { left: SUGGEST_BUDGET_MS };
  const verbFormOn = ctx.settings.rules?.['spelling/verb-form']?.enabled !== false;
  for (const { word, start, end, opening } of candidates) {
    if (inUserWords(extra, word)) continue;
    // A capitalised word that also stands capitalised mid-sentence is a name.
    if (opening && isCapitalised(word) && capitalisedMidSentence.has(word)) continue;
    if (isCorrect(spell, word) || partsCorrect(spell, word)) continue;
    // gebelt, werdt: a d/t ending that spelling/verb-form reports with its own explanation.
    if (verbFormOn && dtTwin(word, spell)) continue;
    const found = suggestionsFor(spell, word, budget);
    // At the start of a sentence a capital may be a name: only flag with a close suggestion.
    if (opening && isCapitalised(word) && !found?.length) continue;
    const suggestions = found ?? [];
    const hyphen = needsHyphen(word, suggestions[0]);
    hits.push({
      severity: 'tip',
      start,
      end,
      message: ctx.t(
        hyphen
          ? texts.text('messageHyphen', { word, suggestion: suggestions[0] })
          : texts.text('message', { word }),
      ),
      explanation: texts.t('explanation', ctx.lang),
      suggestions,
    });
  }
  return hits;
}

export const unknownWord: Rule = {
  id: 'spelling/unknown-word',
  category: 'spelling',
  defaultSeverity: 'tip',
  description: texts.text('description'),
  examples: {
    flag: ['Onze zorgmedewekers verdienen een applaus.', 'We zoeken een nieuwe colega voor het team.'],
    pass: [
      'Onze zorgmedewerkers van #ZorgvuldigZorgen in het Jeroen Bosch Ziekenhuis: kijk op www.zorgvuldig.nl',
      "Vijfhonderd foto's van de mantelzorgers, gedeeld in je DM's door @annazorg.",
    ],
  },
  check(draft, ctx) {
    return ctx.spell ? findUnknown(draft.text, ctx, ctx.spell) : [];
  },
};
