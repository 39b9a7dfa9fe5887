import { RELATIVES, THANKS } from '../data/care';
import { FIRST_NAMES } from '../data/names';
import { NOT_PEOPLE } from '../data/person-cues';
import { STOPWORDS } from '../data/stopwords';
import {
  knownFirst,
  OPENERS,
  properWord,
  surnameEnd,
  type ContextName,
  type DraftContext,
} from './context-names';
import { carelessMark } from './draft-context';
import { runTogetherName } from './first-names';
import { sameSentence, spaced } from './name-parts';

/** Names of people the draft speaks to: the person answered in a reply, and @mentions. */

/**
 * The name of the person answered ("Beste Carla,", "Hoi Mark,") in a reply that speaks of
 * their own or a relative's care: it confirms in public who received it.
 */
export function answeredName(ctx: DraftContext, i: number): ContextName | null {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  const prev = tokens[i - 1];
  if (!tok.cap || !ctx.care || ctx.recruitment || !ctx.speaksTo) return null;
  const greeted = !!prev && prev.first && OPENERS.has(prev.lower) && sameSentence(prev, tok);
  if (!greeted) return ctx.answerConfirmsCare ? vocative(ctx, i) : null;
  if (!knownFirst(tok, ctx.spell) && !properWord(ctx, tok)) return null;
  const to = nameEnd(ctx, i);
  if (!/^\s*[,!]/.test(text.slice(tokens[to - 1].end, tokens[to - 1].end + 3))) return null;
  return { start: tok.start, end: tokens[to - 1].end, next: to, apposition: false, sentence: tok.sentence };
}

/** Token index just past a name that starts at i: its surname too, where one follows. */
function nameEnd(ctx: DraftContext, i: number): number {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  const next = tokens[i + 1];
  const surname =
    next && sameSentence(next, tok) && spaced(text, tok, next) ? surnameEnd(ctx, i + 1, tok) : -1;
  return surname > 0 ? surname : i + 1;
}

/** Words after a name that open a reply by speaking to them: "Kimberley je bent een topper", "Riky toch,". */
const SPOKEN_TO = /^(?:\s*[,!]|\s+(?:je|jij|jullie|toch|wat|super|bedankt|dank)\b)/i;

/**
 * The one answered, named where the reply speaks to them without a greeting word: at its very
 * start ("Demi, zo trots op je", "Riky toch, ...") or closing a sentence after a comma ("Merci
 * voor de lieve kaart, Griet.", "Zo trots op je, Demi!"). Only in a reply that confirms their
 * or a relative's care: elsewhere a name there may be anyone's.
 */
function vocative(ctx: DraftContext, i: number): ContextName | null {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  const prev = tokens[i - 1];
  const known = knownFirst(tok, ctx.spell) || properWord(ctx, tok);
  // "Merci Jeanine!", "Proficiat Sanne,": thanks or wishes that open the reply.
  const thanked = !!prev && prev.first && THANKS.has(prev.lower) && sameSentence(prev, tok);
  const opening = (i === 0 || thanked) && known;
  const closing =
    !!prev && sameSentence(prev, tok) && /^\s*,\s*$/.test(text.slice(prev.end, tok.start)) && known;
  if (!opening && !closing) return null;
  const to = nameEnd(ctx, i);
  const after = text.slice(tokens[to - 1].end, tokens[to - 1].end + 12);
  if (opening ? !SPOKEN_TO.test(after) : !/^\s*(?:[.!?]|$|[^\p{L}\p{N}\s,;:]+\s*(?:$|\n))/u.test(after))
    return null;
  return { start: tok.start, end: tokens[to - 1].end, next: to, apposition: false, sentence: tok.sentence };
}

/** Second-person possessives before a relative: "je moeder", "uw vader", "jullie oma". */
const YOUR = new Set(['je', 'jouw', 'uw', 'jullie']);

/**
 * Sentences that speak to someone about their relative ("je moeder", "uw man"), and not about
 * work ("je moeder is een topcollega").
 */
function kinAddressed(ctx: DraftContext): Set<number> {
  const { tokens } = ctx.analysis;
  const out = new Set<number>();
  const work = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.lower.includes('collega') || ctx.sentences[t.sentence].staff) work.add(t.sentence);
    if (k > 0 && RELATIVES.has(t.lower) && YOUR.has(tokens[k - 1].lower) && sameSentence(tokens[k - 1], t))
      out.add(t.sentence);
  }
  for (const s of work) out.delete(s);
  return out;
}

/** A year of birth before 1950 at the end of a handle or between its parts. */
const OLD_BIRTH_YEAR = /(?:^|[._\p{L}])19[0-4]\d(?:$|[._])/u;

/** Handles of organisations and teams: "@wzc_deberk", "@ziekenhuis.rivierenland", "@team_thuiszorg". */
const ORG_HANDLE =
  /wzc|zorg|ziekenhuis|kliniek|praktijk|apotheek|huisarts|team|stichting|gemeente|centrum|groep|official|nieuws|ggz|umc|_nl$|\.nl$|\.be$/i;

const MENTION = /(?<![\p{L}\p{N}._@])@(\p{L}[\p{L}\p{N}._]*[\p{L}\p{N}]|\p{L})(?: (\p{Lu}[\p{Ll}'’-]+))?/gu;

/**
 * @mentions of a person in a care draft: "@sanne.devries", "@ria", "@Marieke Jansen". A
 * handle counts when one of its parts is a first name we know, also run into a surname
 * ("@annavisser92"); "@wzc_deberk" does not.
 */
export function mentionsIn(ctx: DraftContext): ContextName[] {
  const { text, tokens } = ctx.analysis;
  if (ctx.recruitment || !text.includes('@')) return [];
  // Without care words, a handle still points to someone when the sentence tells them about
  // their relative ("@jan_devries je moeder was vandaag zo blij"): the writer looks after them.
  const kin = ctx.care ? null : kinAddressed(ctx);
  const out: ContextName[] = [];
  MENTION.lastIndex = 0;
  let k = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const handle = m[1];
    const parts = handle.toLowerCase().split(/[._\d]+/);
    // In a reply that confirms the care of the one it speaks to, a handle is that person's,
    // whatever it is made of ("@kimmie_xo"), unless it names an organisation.
    const answered = ctx.answerConfirmsCare && !ORG_HANDLE.test(handle);
    if (!answered && !parts.some((p) => (FIRST_NAMES.has(p) && !NOT_PEOPLE.has(p)) || runTogetherName(p)))
      continue;
    let end = m.index + 1 + handle.length;
    // Facebook writes a mention as the full name: "@Marieke Jansen".
    const surname = m[2];
    if (surname && /^\p{Lu}\p{Ll}+$/u.test(handle) && !STOPWORDS.has(surname.toLowerCase()))
      end += 1 + surname.length;
    while (k < tokens.length && tokens[k].end <= m.index) k++;
    const sentence = tokens[k]?.sentence ?? 0;
    let next = k;
    while (next < tokens.length && tokens[next].start < end) next++;
    // A dot inside the handle ("@sanne.bos") may end a sentence for the tokens: read on after it.
    // "@harm.kuipers1948": a birth year long ago in the handle says it is an old person's.
    const old = OLD_BIRTH_YEAR.test(handle);
    if (kin && !old && !kin.has(sentence) && !kin.has(tokens[next]?.sentence ?? -1)) continue;
    out.push({
      start: m.index,
      end,
      next,
      apposition: false,
      sentence,
      ...carelessMark(ctx),
    });
  }
  return out;
}
