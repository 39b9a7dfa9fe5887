import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../check';
import type { SpellEngine } from '../../rule';
import { testEngine } from '../../../spelling/testing';
import { person } from './person';

/** Names without a title, found through the draft's care context (issue 11), with the real dictionary. */
let spell: SpellEngine;
beforeAll(async () => {
  spell = await testEngine();
}, 60_000);

const run = (text: string, withSpell = true) =>
  check({ text, surface: 'post' }, {}, { rules: [person], spell: withSpell ? spell : undefined }).findings;
const names = (text: string, withSpell = true) => run(text, withSpell).map((f) => f.text);

describe('privacy/person without a title', () => {
  describe('must flag', () => {
    it.each([
      // full names in birthday, birth, farewell and outing posts
      ['Vandaag vierde Ria Jansen haar 100ste verjaardag in ons woonzorgcentrum.', ['Ria Jansen']],
      ['Gefeliciteerd Truus van den Berg met je 95ste verjaardag!', ['Truus van den Berg']],
      ['Gefeliciteerd Anna van der Meer-Bos met je 99ste! De hele gang zong mee.', ['Anna van der Meer-Bos']],
      ['Welkom op de wereld, Sem Bakker! Geboren op 3 maart in ons ziekenhuis.', ['Sem Bakker']],
      ['Afscheid van Kees van Dam, die 6 jaar bij ons op de afdeling woonde.', ['Kees van Dam']],
      [
        'We nemen afscheid van Wilhelmina Ooms, die zondag op 93-jarige leeftijd is overleden.',
        ['Wilhelmina Ooms'],
      ],
      ['Lies Hofstede (88) zat voor het eerst in 25 jaar weer in een strandstoel.', ['Lies Hofstede']],
      ['Gisteren trouwden Wubkje en Tjeerd (84 en 87) in de kapel van ons huis.', ['Wubkje', 'Tjeerd']],
      ["Wie kent hem niet: Piet van 't Hof, 91, elke ochtend met de krant in de serre.", ["Piet van 't Hof"]],
      ['Jan Willem de Boer (88) woont sinds maart op onze afdeling.', ['Jan Willem de Boer']],
      // Flemish surnames, particles, double surnames
      [
        'Godelieve Vandenberghe (91) blies de kaarsjes uit in het woonzorgcentrum.',
        ['Godelieve Vandenberghe'],
      ],
      [
        'Maria Van Damme en Jozef De Smet gingen mee op uitstap met de bewoners.',
        ['Maria Van Damme', 'Jozef De Smet'],
      ],
      ['Kees Vanden Bossche vierde zijn 90ste verjaardag in ons rusthuis.', ['Kees Vanden Bossche']],
      ["Marcel D'Hondt is vandaag naar het ziekenhuis gebracht na een val.", ["Marcel D'Hondt"]],
      ['Ria Jansen-de Vries is gisteren opgenomen op de afdeling.', ['Ria Jansen-de Vries']],
      ['Nadia El Amrani beviel vannacht van een prachtige zoon in ons ziekenhuis.', ['Nadia El Amrani']],
      ['Mevrouw Ria Jansen-de Vries is gisteren opgenomen.', ['Mevrouw Ria Jansen-de Vries']],
      // two names joined by "en", lists, relatives' names
      [
        'Jan en Truus Bakker vierden hun 60-jarig huwelijk in de huiskamer van het verpleeghuis.',
        ['Jan', 'Truus Bakker'],
      ],
      [
        'Trotse ouders Lisa en Mark de Vries met hun dochter Noor, geboren in ons ziekenhuis.',
        ['Lisa', 'Mark de Vries', 'Noor'],
      ],
      ['Uitje met de bewoners. Op de foto: Ria, Hans en Nelly in het treintje.', ['Ria', 'Hans', 'Nelly']],
      ['Die jongen van 8 op de kinder-IC. Zijn ouders Lisa en Tom sliepen naast zijn bed.', ['Lisa', 'Tom']],
      ['De eerste baby van het jaar in ons ziekenhuis heet Wout.', ['Wout']],
      // a first name alone with an age, a room, a ward or an event
      ['Truus (92) van kamer 4 kreeg bezoek van de harmonie.', ['Truus']],
      ['Kees van kamer 12 is vannacht gevallen.', ['Kees']],
      ['Henk werd vandaag 100 jaar! Het hele verpleeghuis vierde mee.', ['Henk']],
      ['Dat is Ans, 94, op haar eerste dag in haar nieuwe appartement bij ons.', ['Ans']],
      ['Bed 6, Mo, 19 jaar, motorongeluk. Wat een vechter.', ['Mo']],
      ['Dikke knuffel voor Mieke, 89 jaar, die vandaag na haar heupoperatie weer liep.', ['Mieke']],
      ['Vanmorgen hielp ik Piet met douchen, hij vertelde over zijn tijd als visser.', ['Piet']],
      // a name the dictionary does not know after a care title, a room in brackets; an age beside
      // a full name that opens something
      ['Bewoonster Wubkje (kamer 11) vierde haar verjaardag met taart.', ['Bewoonster Wubkje']],
      ['Hiltje Wolters (86) opende vanmiddag onze nieuwe tuin.', ['Hiltje Wolters']],
      // a first name in a care draft, in a sentence that names no care itself
      [
        'Wat een dag op de kinderboerderij met de bewoners van De Linde! Wietske gaf de geitjes de fles.',
        ['Wietske'],
      ],
      // the audience of a performance, and a welcome after "ons huis,"
      ['Vanmiddag zong ons koor voor Anna Mulder op kamer 17.', ['Anna Mulder']],
      ['Welkom in ons huis, Hendrika Zwiers! Ze woont sinds maandag op kamer 12.', ['Hendrika Zwiers']],
      // apposition
      ['Ria Jansen, 101 jaar, is de oudste bewoonster van ons zorgcentrum.', ['Ria Jansen']],
      ['Lieve Fien, onze jongste patiënte, werd vandaag 1 jaar.', ['Fien']],
      ['Yara Bouzian (4) mocht na drie weken kinderafdeling eindelijk naar huis.', ['Yara Bouzian']],
      // lower case, @mentions, the person answered
      ['gefeliciteerd truus, 100 jaar en nog zo kwiek op de afdeling!', ['truus']],
      ['sterkte henkie, snel weer terug op de dagbesteding!!', ['henkie']],
      // a kinship word before a lower-case name the dictionary also knows as a word
      ['mijn tante riek zit sinds gisteren op de gesloten afdeling', ['riek']],
      ['@sanne.devries hoe is het nu met je opa na de val van vorige week?', ['@sanne.devries']],
      ['@Marieke Jansen dat klopt niet, u heeft de afspraak zelf verzet.', ['@Marieke Jansen']],
      ['Beste Carla, wat verdrietig dat uw man na zijn herseninfarct zo lang moest wachten.', ['Carla']],
      ['Dag Tineke, dank je voor de koekjes bij je ontslag.', ['Tineke']],
    ])('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });

    it('explains a name found through context and offers the quick answers', () => {
      const [f] = run('Vandaag vierde Ria Jansen haar 100ste verjaardag in ons woonzorgcentrum.');
      expect(f.severity).toBe('check');
      expect(f.message).toMatch(/lijkt een naam van een bewoner/);
      expect(f.quickAnswers).toEqual(['colleague', 'consent']);
    });

    it('is a stop for a name in a care apposition, without quick answers', () => {
      const [f] = run('Lieve Fien, onze jongste patiënte, werd vandaag 1 jaar.');
      expect(f.severity).toBe('stop');
      expect(f.quickAnswers).toBeUndefined();
    });

    it('finds full names and first names with an age without the dictionary too', () => {
      expect(
        names('Vandaag vierde Ria Jansen haar 100ste verjaardag in ons woonzorgcentrum.', false),
      ).toEqual(['Ria Jansen']);
      expect(names('Truus (92) van kamer 4 kreeg bezoek van de harmonie.', false)).toEqual(['Truus']);
    });

    it('reports a person and a room once, as a person', () => {
      const found = run('Gerrit van kamer 5 liep vandaag een rondje door de tuin van het verpleeghuis.');
      expect(found.map((f) => f.text)).toEqual(['Gerrit']);
    });
  });

  describe('must not flag', () => {
    it.each([
      // colleagues, staff, recruitment
      'Onze collega Ria Jansen gaat na 40 jaar met pensioen. Bedankt voor al je zorg op de afdeling!',
      'Welkom aan onze nieuwe verpleegkundige Sanne de Vries op afdeling 3B!',
      'Vacature: word collega van Ria Jansen op de afdeling geriatrie. Solliciteer via de site.',
      'Kom werken bij ons! Teamleider Mark de Boer vertelt over werken in het verpleeghuis.',
      'Stage lopen op de afdeling? Onze stagecoördinator Noor Hamdi vertelt je alles.',
      'Ziekenhuisapotheker Hans de Boer legt uit waarom je medicijnen niet zomaar halveert.',
      'Ria viert vandaag haar 25-jarig jubileum bij ons op de afdeling!',
      'Proficiat aan Sanne en Mark met hun diploma verpleegkunde!',
      'Vanaf maandag is Mieke de nieuwe teamleider van afdeling 3.',
      'Welkom Sanne en Joost in ons team van afdeling 4!',
      'Onze bewoners genoten van het kerstkoor. Dank je wel, juf Sandra, en alle kinderen van groep 7!',
      'Na 38 jaar neemt Wilma Dekker afscheid als teamleider van onze afdeling geriatrie. Geniet ervan!',
      'Ook wij zien de tekorten in de wijkverpleging. Bedankt voor het delen, Marco.',
      'Gisteren zong Jan Smit in ons huis voor de bewoners van afdeling 3.',
      'Huize Anna Mulder opent in mei een nieuwe afdeling voor bewoners met dementie.',
      'Onze vrijwilliger Henk bracht de bewoners naar de markt.',
      'Onze vrijwilliger Gerrit van Dam rijdt de bewoners naar de markt. Proficiat en bedankt, Gerrit!',
      'Vandaag gaf Marleen de Boer, onze geriater, een lezing over dementie.',
      '"Zorg is teamwerk," zegt Maaike Glasbergen, verpleegkundige op de IC.',
      'Kevin Mollet, diensthoofd communicatie, vertelt hoe het ziekenhuis werkt.',
      'Ria Jansen: "Ik werk hier al 20 jaar met plezier op de afdeling."',
      "Tekst: Ria Jansen. Foto's gemaakt op de afdeling geriatrie.",
      'Met dank aan fotograaf Peter de Groot voor de mooie foto’s van de afdeling.',
      'Contact: Marieke, 06 23 45 67 89, teamleider nachtdienst.',
      'Dank aan Ria Jansen en haar team van de thuiszorg voor de fijne samenwerking!',
      'Gisteren sprak Ria Jansen over dementie in ons verpleeghuis.',
      "Op de foto: onze collega's Ria, Hans en Nelly van de afdeling Geriatrie.",
      'Joke gaat na 35 jaar op de afdeling met pensioen. We gaan haar missen!',
      'Wil jij werken in de ouderenzorg? Vraag het Sanne, zij werkt al 10 jaar bij ons op de afdeling.',
      // public figures and performers
      'Minister Ernst Kuipers bezocht vandaag ons ziekenhuis.',
      'Vandaag bezocht burgemeester Femke Halsema het ziekenhuis.',
      'Koning Willem-Alexander opende de nieuwe vleugel van het ziekenhuis.',
      'Jan Smit zong vanavond voor de bewoners, wat een feest!',
      'Wij zijn geraakt door het overlijden van oud-wethouder Piet Mulder, beschermheer van ons verpleeghuis.',
      // brands, places, organisations, holidays
      'Onze bewoners deden boodschappen bij Albert Heijn.',
      'De bewoners gingen op uitstap naar Sint-Niklaas en Oostende.',
      'In het Jeroen Bosch Ziekenhuis werken 5000 mensen.',
      'Het Antoni van Leeuwenhoek is een ziekenhuis in Amsterdam.',
      'Het Wilhelmina Kinderziekenhuis opende een nieuwe afdeling.',
      'Woonzorgcentrum De Wilgen zoekt vrijwilligers voor de huiskamer.',
      'De bewoners van De Hoge Weide gingen naar de Efteling.',
      'Sinterklaas en Zwarte Piet kwamen langs op de kinderafdeling.',
      'Het boek van Herman Koch ligt in de bibliotheek van het verpleeghuis.',
      'In de Maria Middelares kliniek is een nieuwe afdeling geopend.',
      'Met dank aan het Oranjefonds voor de nieuwe rolstoelen van het ziekenhuis.',
      // no care in the draft, or the person answered without care
      'Vanmiddag met Anneke Pieterse naar de markt geweest, wat een mooie dag.',
      'Dank je wel Petra! We geven het compliment door aan het team.',
      'Volg ons ook op Instagram: @wzc_deberk',
    ])('%s', (text) => {
      expect(names(text)).toEqual([]);
    });
  });
});

describe('privacy/person where only the draft model hears care', () => {
  it.each([
    [
      'Onze gast Willem wilde nog één keer naar zee. Hij eet verder bijna niets meer, de laatste weken zijn begonnen.',
      ['Willem'],
    ],
    [
      'Bij Wietske gaat het de laatste tijd hard achteruit, ze slaapt bijna de hele dag en eet amper nog.',
      ['Wietske'],
    ],
  ])('%s', (text, expected) => {
    // No care word: the model hears health, so the first name is someone cared for, and the
    // health finding then has someone to be about.
    const report = check({ text, surface: 'post' }, {}, { spell });
    expect(report.findings.filter((f) => f.ruleId === 'privacy/person').map((f) => f.text)).toEqual(expected);
    expect(report.findings.some((f) => f.ruleId === 'avg/special-category')).toBe(true);
  });
});

describe('privacy/person: the one answered in a reply that confirms care', () => {
  const answered = (text: string) =>
    check({ text, surface: 'reply' }, {}, { rules: [person], spell }).findings.map((f) => f.text);

  it.each([
    // no care word, but the reply ties the relative to "our" speech therapist or home
    ['Hallo Ahmed, wat fijn dat uw zoon zich bij onze logopedist op zijn gemak voelde.', ['Ahmed']],
    ['Dag Esther, wat vervelend dat de was van je moeder bij ons op de Berkenhof weer kwijt is.', ['Esther']],
    // spoken to without a greeting word: thanks that open the reply, a name that closes a sentence
    ['Proficiat Wim! Fijn dat je na je revalidatie bij ons weer zelf naar huis kunt lopen.', ['Wim']],
    [
      'Bedankt voor de mooie bloemen, Marjan! We hebben uw vader hier op de afdeling met veel liefde verzorgd.',
      ['Marjan'],
    ],
  ])('%s', (text, expected) => expect(answered(text)).toEqual(expected));

  it('reads a household spoken to as named people, not a household thanked for a gift', () => {
    expect(answered('Sterkte, familie Verbeek. We gaan uw moeder hier op de afdeling erg missen.')).toEqual([
      'familie Verbeek',
    ]);
    expect(answered('Dank aan de familie De Boer voor de nieuwe tuinbank bij onze afdeling!')).toEqual([]);
  });

  it('reads any handle as the one answered in a reply that confirms their care, not an organisation', () => {
    expect(answered('@kimmie_xo fijn dat je wortelkanaalbehandeling bij ons goed ging!')).toEqual([
      '@kimmie_xo',
    ]);
    expect(answered('@wzc_deberk fijn dat je wortelkanaalbehandeling bij ons goed ging!')).toEqual([]);
  });

  it.each([
    'Bedankt voor je compliment over onze nieuwe tuin, Marjan!',
    'Proficiat Wim, wat een mooie foto van de open dag!',
    'Hallo Ahmed, wat fijn dat je onze open dag leuk vond. Tot ziens!',
    'Dag Esther, bedankt voor je compliment over onze nieuwe tuin!',
  ])('stays quiet where the reply confirms no care: %s', (text) => expect(answered(text)).toEqual([]));
});
