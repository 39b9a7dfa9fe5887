import { describe, expect, it } from 'vitest';
import { careRelationship } from '../rules/avg/care-relationship';
import { findingsOf } from '../testing';

const found = (text: string) => findingsOf({ text, surface: 'reply' }, careRelationship);

describe('care given away by structure (care-signs.ts, through avg/care-relationship)', () => {
  it.each([
    // their carer in an account of what happened
    'Uw begeleider heeft dit vorige week al met u besproken.',
    'Uw vaste fysiotherapeut heeft de oefeningen toen met u doorgenomen.',
    'U heeft bij het gesprek met de arts zelf ingestemd.',
    'Het bezoek aan uw broer is beperkt op advies van zijn psychiater.',
    // their carer acting for us, and the carer who saw them
    'Uw behandelaar neemt deze week contact met u op.',
    'Ik geef het door aan de verpleegkundige die u zag.',
    // our records about their relative, or a care record
    'Volgens onze gegevens is uw schoonvader om 23.00 uur nog geholpen.',
    'In de rapportage staat dat u om negen uur belde.',
    // the one answered as representative; an object of care of their relative
    'Daarover is met u als eerste contactpersoon gesproken.',
    'De sensor naast het bed van uw vader werkte gewoon.',
    'De rolstoel van uw oma is inmiddels gerepareerd.',
    // a definite event told as past is the one answered's
    'Wat fijn dat de operatie zo goed is verlopen! Groetjes van het team van afdeling 4.',
    'Goed om te horen dat de bevalling voorspoedig is gegaan, we denken aan jullie.',
    // a wish for the care or the event of the one answered, in our voice
    'Veel sterkte met de revalidatie, groetjes van het team!',
    'Succes met de chemo, we denken aan je.',
    // a relative of theirs placed in a named care home, in our voice
    'Fijn dat uw vader het zo naar zijn zin heeft op De Wingerd! We geven het door aan het team.',
    // staying or coming in with us; treatments in the plural, a body part of theirs
    'Die mevrouw kwam elke week met iets anders bij ons binnen.',
    'Toen uw tante bij ons woonde, ging zij elke dag wandelen.',
    'U heeft ingestemd met alle behandelingen aan uw nek.',
    // care words that were missing: support, therapy, intake
    'Wij konden de begeleiding van u niet voortzetten.',
    'Bij de intake heeft u aangegeven dat u liever niet gebeld wordt.',
  ])('flags: %s', (text) => expect(found(text).length).toBeGreaterThan(0));

  it.each([
    // advice to anyone: a carer without an account of what happened
    'Bespreek dit gerust met uw huisarts.',
    'Neem bij twijfel contact op met de verloskundige.',
    'Uw huisarts kan u doorverwijzen naar de fysiotherapeut.',
    // any business's records, no relative in them
    'Uw nieuwe telefoonnummer staat nu in ons systeem.',
    'Volgens onze gegevens is de vacature nog open.',
    // care denied, not confirmed
    'U bent bij ons nooit als patiënt ingeschreven geweest.',
    'U schrijft dat de telefoon lang niet werd opgenomen.',
    // the one answered themselves visiting a named home, a relative at an event in a town
    'Leuk dat je komt kennismaken op De Wingerd, we zien je graag!',
    'Wat leuk dat uw zoon meedoet aan de sponsorloop in Utrecht, we zien hem graag!',
    // coming to us for something else; a body part in an idiom stays out
    'Leuk dat u bij ons langskwam op de open dag!',
    'Fijn dat u uw hart even kon luchten, dank u wel.',
    // a definite event as information
    'De operatie duurt meestal twee uur.',
    'Heeft u vragen over de operatie?',
    // the same without our voice may come from a friend
    'Succes met de chemo, lieverd!',
    'Veel ouderen vinden de opname spannend; wij begeleiden hen graag.',
    'Wat fijn dat de operatie zo goed is verlopen!',
    // a bed that is nobody's, and an informal reply that may come from a friend
    'Het bed in de logeerkamer is opgemaakt, u bent welkom.',
    'Je vaste fysiotherapeut heeft vast goede tips voor je.',
  ])('stays quiet: %s', (text) => expect(found(text)).toEqual([]));
});
