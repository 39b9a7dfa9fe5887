import { defineCatalogue } from '../../../i18n';
import type { CheckContext, Rule, RuleHit } from '../../rule';
import { peopleIn, type PersonMention } from '../../text/people';
import { modelHit } from '../../learned/model';
import type { Draft } from '../../types';
import { careRelationship } from '../avg/care-relationship';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/person', {
  description: {
    nl: 'Namen van patiënten, bewoners en cliënten, ook zonder titel in een bericht over zorg (mevrouw De Vries, bewoner Kees, Ria Jansen (92), @jan.devries).',
    en: 'Names of patients, residents and clients, also without a title in a post about care (mevrouw De Vries, bewoner Kees, Ria Jansen (92), @jan.devries).',
  },
  explanation: {
    nl: 'Een naam in een zorgcontext maakt iemand herkenbaar als patiënt. Dat valt onder het beroepsgeheim en de AVG (gezondheid is een bijzonder persoonsgegeven), ook met toestemming van familie is dat zelden genoeg. Noem geen naam, of vraag schriftelijk toestemming aan de persoon zelf.',
    en: 'A name in a care context makes someone recognisable as a patient. That falls under professional secrecy and the GDPR (health is special-category data). Leave the name out, or get written consent from the person.',
  },
  answered: {
    nl: 'Je spreekt iemand met naam aan in een antwoord over zorg: zo zie je in het openbaar wie zorg kreeg. Laat de naam weg, of geef aan dat er toestemming is.',
    en: 'You address someone by name in a reply about care: that shows in public who received care. Leave the name out, or say there is consent.',
  },
  mention: {
    nl: 'Deze vermelding (@) lijkt een bewoner, patiënt of familielid aan te wijzen in een bericht over zorg. Laat haar weg, of geef aan dat het een collega is of dat er toestemming is.',
    en: 'This mention (@) seems to point to a resident, patient or relative in a post about care. Leave it out, or say it is a colleague or that there is consent.',
  },
  relative: {
    nl: 'Je noemt een familielid in een zorgsituatie; wie jou kent, weet dan over wie het gaat.',
    en: 'You mention a relative in a care situation; anyone who knows you knows who it is.',
  },
  context: {
    nl: 'Dit lijkt een naam van een bewoner of patiënt: het bericht gaat over zorg. Laat de naam weg, of geef aan dat het een collega is of dat er toestemming is.',
    en: 'This looks like the name of a resident or patient: the post is about care. Leave the name out, or say it is a colleague or that there is consent.',
  },
  event: {
    nl: 'Dit lijkt iemand die je bij naam noemt met een hoge leeftijd, een geboorte, een overlijden of een familielid dat jij verzorgt. Ook zonder zorgwoorden maakt dat iemand herkenbaar als bewoner of patiënt. Laat de naam weg, of geef aan dat het een collega is of dat er toestemming is.',
    en: 'This seems to name someone with a great age, a birth, a death or a relative you care for. Even without care words that makes someone recognisable as a resident or patient. Leave the name out, or say it is a colleague or that there is consent.',
  },
  firstName: {
    nl: 'Deze voornaam staat bij zorg: is dit een patiënt of bewoner? Laat de naam dan weg.',
    en: 'This first name appears with care: is it a patient or resident? Then leave the name out.',
  },
  named: {
    nl: 'Hier staat de naam van een persoon. Is het een patiënt of cliënt? Laat de naam dan weg.',
    en: "This is a person's name. Is it a patient or client? Then leave the name out.",
  },
  patientName: {
    nl: 'Hier staat de naam van een patiënt of bewoner; daarmee is die persoon herkenbaar.',
    en: 'This is the name of a patient or resident, which makes them recognisable.',
  },
});

export const person: Rule = {
  id: 'privacy/person',
  category: 'privacy',
  defaultSeverity: 'stop',
  description: texts.text('description'),
  examples: {
    flag: [
      'Vandaag afscheid genomen van mevrouw De Vries van kamer 12.',
      'Bewoner Kees speelde weer accordeon.',
      'Dhr. J. van den Berg mag naar huis.',
      'Riet is vannacht rustig ingeslapen op de afdeling.',
      'Vandaag vierde Ria Jansen haar 100ste verjaardag in ons woonzorgcentrum.',
    ],
    pass: [
      'Collega Sanne heeft haar diploma gehaald!',
      'Minister Kuipers bezocht onze IC.',
      'Onze bewoners genoten van het koor.',
      'Mevrouw de minister, kom eens meedraaien.',
      'Onze collega Ria Jansen gaat na 40 jaar op de afdeling met pensioen.',
    ],
  },
  check(draft, ctx) {
    // A kinship word alone ("uw vader", "mijn moeder") names nobody: the relative counts as a
    // person for the AVG and combination rules (peopleIn keeps it), but is reported only when a
    // number or address of theirs stands beside it ("mijn vader, BSN ...").
    const found = { confirmed: confirmsCare(draft, ctx), heard: modelHearsCare(draft) };
    const named = peopleIn(draft.text, ctx.spell, found).filter((p) => p.kind !== 'relative' || p.identified);
    return named.map((p): RuleHit => {
      const certain = p.kind === 'title' || p.kind === 'initials' || p.kind === 'apposition';
      // "familie Brouwer" names a household: someone in it may be cared for, which is for the
      // writer to check, not a certainty.
      const severity = certain && p.careContext && !p.household ? 'stop' : 'check';
      // A name found only through the words around it may be a colleague's or given with consent.
      const guessed = GUESSED.has(p.kind);
      return {
        severity,
        start: p.start,
        end: p.end,
        message: ctx.t(message(p)),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: p.replacement ? [p.replacement] : [],
        ...(guessed ? { quickAnswers: ['colleague' as const, 'consent' as const] } : {}),
      };
    });
  },
};

/**
 * A reply or comment that confirms the one answered, or their relative, is in our care (what
 * avg/care-relationship finds by its phrases, structures and model): the one it speaks to by
 * name and the names in it are in a care context, care word or not ("Hallo Ahmed, fijn dat uw
 * zoon zich bij onze logopedist op zijn gemak voelde", "Merci voor de lieve kaart, Griet.").
 */
function confirmsCare(draft: Draft, ctx: CheckContext): boolean {
  if (draft.surface !== 'reply' && draft.surface !== 'comment') return false;
  return careRelationship.check(draft, ctx).length > 0;
}

/**
 * The draft model hears health ("ze eet bijna niets meer") or details that point to one person
 * in the draft: then it speaks of care even without a care word, and a first name in it is
 * someone cared for (a guess, reported as a check with its quick answers).
 */
function modelHearsCare(draft: Draft): boolean {
  return (
    modelHit('special-category', draft.text, draft.surface) !== undefined ||
    modelHit('combination', draft.text, draft.surface) !== undefined
  );
}

const GUESSED = new Set<PersonMention['kind']>(['first-name', 'context', 'answered', 'mention']);

function message(p: PersonMention) {
  if (p.careless) return texts.text('event');
  if (p.kind === 'answered') return texts.text('answered');
  if (p.kind === 'mention') return texts.text('mention');
  if (p.kind === 'relative') return texts.text('relative');
  if (p.kind === 'context') return texts.text('context');
  if (p.kind === 'first-name') return texts.text('firstName');
  if (!p.careContext) return texts.text('named');
  return texts.text('patientName');
}
