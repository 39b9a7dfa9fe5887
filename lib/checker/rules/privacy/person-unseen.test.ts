import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../check';
import type { SpellEngine } from '../../rule';
import { testEngine } from '../../../spelling/testing';
import type { Surface } from '../../types';
import { person } from './person';

/**
 * Names on unseen text (issue 11): names that are also words, lower-case names, birth posts,
 * lists, Flemish and double surnames, run-together handles, the person answered, public
 * figures as patients, details spread over sentences. Written for these mechanisms, not taken
 * from the evaluation sets; with the real dictionary, as the extension checks.
 */
let spell: SpellEngine;
beforeAll(async () => {
  spell = await testEngine();
}, 60_000);

/** Replies open with a greeting or a mention; the rest are posts. */
const surfaceOf = (text: string): Surface =>
  /^(?:Beste|Dag|Hoi|Hallo|Lieve|Fijn|@)/.test(text) ? 'reply' : 'post';
const run = (text: string) =>
  check({ text, surface: surfaceOf(text) }, {}, { rules: [person], spell }).findings;
const names = (text: string) => run(text).map((f) => f.text);

describe('privacy/person on unseen kinds of text', () => {
  it.each([
    // Dutch-word names
    ['Roos Visser (94) genoot vanmiddag van de zon in de tuin van ons verpleeghuis.', ['Roos Visser']],
    ['Vandaag werd Klaas Bakker 100 jaar! Het hele woonzorgcentrum zong voor hem.', ['Klaas Bakker']],
    ['Bloem de Wit is gisteren op de afdeling gevallen en heeft haar pols gebroken.', ['Bloem de Wit']],
    ['Meneer Koster van kamer 8 kreeg bezoek van zijn kleinzoon.', ['Meneer Koster']],
    ['Op de gesloten afdeling woont sinds maandag Wil Smit, hij moet nog wennen.', ['Wil Smit']],
    ['Bas van Dam (7) mocht na twee weken kinderafdeling naar huis!', ['Bas van Dam']],
    ['Rik de Haan ligt sinds zijn val op de trap op de IC. Sterkte familie.', ['Rik de Haan']],
    ['Hoop Mulder vierde haar 99ste verjaardag bij ons in de huiskamer.', ['Hoop Mulder']],
    ['Mark (82) van de Lindehof is vannacht rustig ingeslapen.', ['Mark']],
    ['Mooie middag met Roos en Bas, onze bewoners van de eerste verdieping.', ['Roos', 'Bas']],
    ['Zomer de Jong (3 dagen oud) ligt nog even in de couveuse.', ['Zomer de Jong']],
    ['Onze bewoonster Storm heeft vandaag voor het eerst weer gelopen.', ['bewoonster Storm']],
    // lower-case, quick comments
    ['zag sanne vandaag op de gang van het verpleeghuis, ze zag er goed uit', ['sanne']],
    ['gisteren nog met gerrit naar de fysio geweest, hij loopt al zonder rollator', ['gerrit']],
    ['ha die truus! fijn dat je weer thuis bent na de operatie', ['truus']],
    ['wanneer mag ria weer naar huis? ze ligt al 3 weken op afdeling 5', ['ria']],
    ['thea van kamer 3 vroeg weer naar je, kom je morgen?', ['thea']],
    ['hoe gaat het nu met kees na zijn beroerte?', ['kees']],
    // birth posts
    ['Welkom Noor! Geboren op 12 juni in ons ziekenhuis, 3250 gram.', ['Noor']],
    ['Welkom op de wereld lieve Fenna, dochter van Kim en Joris.', ['Fenna', 'Kim', 'Joris']],
    ['Een dochter voor Kim en Joris! Ze heet Lot en weegt 3100 gram.', ['Lot']],
    [
      'Vannacht is Daan geboren, de zoon van Eline en Bart Verhoef. Moeder en kind maken het goed.',
      ['Daan', 'Eline', 'Bart Verhoef'],
    ],
    [
      'Trotse papa Thijs en mama Sophie met hun tweeling Mila en Mees op de kraamafdeling.',
      ['Thijs', 'Sophie', 'Mila', 'Mees'],
    ],
    ['Hoera, een broertje voor Julia! Welkom Finn, geboren in het Maxima MC.', ['Julia', 'Finn']],
    ['Gefeliciteerd Lotte en Jeroen met de geboorte van jullie zoon Siem!', ['Lotte', 'Jeroen', 'Siem']],
    ['Hij is er! Jesse, 51 cm en 3800 gram, geboren om 04:12 op de verloskamer.', ['Jesse']],
    // names joined by en, lists
    ['Jan en Riet van Beek vierden hun 65-jarig huwelijk in het verpleeghuis.', ['Jan', 'Riet van Beek']],
    [
      'Op de foto: Gerda, Henk, Bep en Willem tijdens de uitstap naar zee met de bewoners.',
      ['Gerda', 'Henk', 'Bep', 'Willem'],
    ],
    ['Mies, Toos en Jo deden mee met de stoelgym in de huiskamer.', ['Mies', 'Toos', 'Jo']],
    // Flemish / double surnames
    [
      'Jozef Vande Velde (96) kreeg een kus van de burgemeester in ons woonzorgcentrum.',
      ['Jozef Vande Velde'],
    ],
    ['Godelieve Vanden Broeck is vorige week opgenomen in het AZ na een val.', ['Godelieve Vanden Broeck']],
    ['Maria Verbruggen vierde haar 100ste verjaardag in wzc Sint-Jozef.', ['Maria Verbruggen']],
    ['Irène Vermeiren, bewoonster van onze afdeling, is vannacht overleden.', ['Irène Vermeiren']],
    ['Lucienne De Meyer-Van Acker blies 101 kaarsjes uit in het rusthuis.', ['Lucienne De Meyer-Van Acker']],
    [
      'Albert Van der Auwera (88) was de eerste die de nieuwe tuin van het wzc inwandelde.',
      ['Albert Van der Auwera'],
    ],
    [
      'Rosa Verstraeten en haar man Gustaaf vierden hun diamanten huwelijk in het woonzorgcentrum.',
      ['Rosa Verstraeten', 'Gustaaf'],
    ],
    ['Marcel Deprez is vandaag verhuisd naar onze afdeling dementie.', ['Marcel Deprez']],
    [
      'Hendrik van den Heuvel-Smits woont sinds 2019 op de Lindehof. Vandaag werd hij 95.',
      ['Hendrik van den Heuvel-Smits'],
    ],
    // @handles
    ['@roos.bakker wat fijn dat je oma weer thuis is na de heupoperatie!', ['@roos.bakker']],
    ['@kees_vd_berg sterkte met je vader op de IC', ['@kees_vd_berg']],
    [
      'Even een shout-out naar @annavisser92 die na haar chemo weer aan het werk wil. Zo dapper.',
      ['@annavisser92'],
    ],
    // answered in a reply
    [
      'Hoi Mark, wat naar om te horen dat je moeder zo lang op de SEH moest wachten. Stuur ons een DM?',
      ['Mark'],
    ],
    ['Beste Roos, we begrijpen dat de opname van uw vader zwaar was. Bel ons gerust.', ['Roos']],
    ['Dag Wil, wat goed dat uw revalidatie bij ons zo voorspoedig verloopt!', ['Wil']],
    ['Hallo Bas, dat de wondzorg bij uw vrouw niet goed ging spijt ons.', ['Bas']],
    ['Beste mevrouw Smit, uw man is goed aangekomen op de afdeling.', ['mevrouw Smit']],
    // public figures as patients
    [
      'Bijzonder bezoek: oud-schaatser Sven Kramer lag deze week bij ons op de afdeling orthopedie na zijn val.',
      ['Sven Kramer'],
    ],
    [
      'Zanger Guus Meeuwis werd gisteren bij ons geopereerd aan zijn knie, we wensen hem veel beterschap!',
      ['Guus Meeuwis'],
    ],
    // first name + age / room / event spread over sentences
    ['Dit is Gerard. Hij is 92 en woont sinds maart op kamer 14.', ['Gerard']],
    ['Wat een dag! Tineke werd vandaag 100. Het hele huis kwam kijken.', ['Tineke']],
    ['Toon woont al 12 jaar bij ons. Vandaag is hij 98 geworden.', ['Toon']],
    ['Bep (92) heeft na haar val een nieuwe heup gekregen.', ['Bep']],
    ['Annie, 97 jaar, liet zich vandaag voor het eerst in de tillift zetten.', ['Annie']],
    ['We zeggen vaarwel tegen Gijs. Hij was 87 en woonde 9 jaar op de Eikenhof.', ['Gijs']],
    ['Herman is gisteren op de gang gevallen. Hij ligt nu in het ziekenhuis.', ['Herman']],
    ['Ook Marietje deed mee met de bingo vanmiddag in de recreatiezaal van het verpleeghuis.', ['Marietje']],
    // full names without cues beyond the draft
    ['Vandaag op de dagbesteding: Jannie Mulder maakte een prachtig schilderij.', ['Jannie Mulder']],
    ['In memoriam Hennie Brink. Wat zullen we haar missen op de afdeling.', ['Hennie Brink']],
    ['Afscheid van onze lieve bewoner Bert. Rust zacht.', ['bewoner Bert']],
    ['Wat was Dirk blij met zijn nieuwe rolstoel!', ['Dirk']],
    // a second batch, written after the first mechanisms: other platforms' styles
    [
      'Happy birthday Jo! 🎉 95 jaar jong en nog altijd de eerste aan de ontbijttafel #wzc #verjaardag',
      ['Jo'],
    ],
    [
      '100 jaar! 🎂 Onze Mien van de Zonnebloem-afdeling kreeg een bloemetje van de burgemeester.',
      ['Mien van de Zonnebloem-afdeling'],
    ],
    ['Proficiat aan moeke Jeanne, 102 jaar vandaag in ons woonzorgcentrum 💐', ['Jeanne']],
    [
      'Vandaag nam de familie afscheid van Frans Peeters. Hij woonde sinds 2016 bij ons in De Linde.',
      ['Frans Peeters'],
    ],
    [
      'Met pijn in het hart laten we weten dat onze bewoner Jan-Willem de Bruijn is overleden.',
      ['bewoner Jan-Willem de Bruijn'],
    ],
    ['Rust zacht lieve Ellen. Je was een zonnetje op afdeling 2.', ['Ellen']],
    ['RIP Robbert, de grappigste man van de dagbesteding 🕊️', ['Robbert']],
    ['Ons Annie is na 3 weken ziekenhuis eindelijk terug in haar kamer!', ['Annie']],
    [
      'Nieuw op de afdeling: meneer Verhulst (81) en mevrouw Aerts (77). Welkom!',
      ['meneer Verhulst', 'mevrouw Aerts'],
    ],
    ['Op de foto zie je Frank en Gerda van kamer 7 en 8 tijdens de kerstmarkt.', ['Frank', 'Gerda']],
    [
      'Vandaag op bezoek bij Karin Smits, zij herstelt thuis na haar knieoperatie. Onze wijkverpleegkundigen zijn trots op haar!',
      ['Karin Smits'],
    ],
    ['Onze thuiszorgcliënt Rob (67) heeft zijn eerste rondje om het huis gelopen na de beroerte.', ['Rob']],
    [
      'Welkom baby Ayla! 🍼 Geboren op 3/11 om 14:20, 3450 gram. Papa Murat en mama Elif zijn dolgelukkig.',
      ['baby Ayla', 'Murat', 'Elif'],
    ],
    [
      'Een dikke proficiat aan de trotse ouders Tine en Kristof met hun zoontje Lander, geboren in onze materniteit!',
      ['Tine', 'Kristof', 'Lander'],
    ],
    ['Onze eerste baby van 2025 is Yusuf, geboren om 00:43 in de verloskamer.', ['Yusuf']],
    ['@petra_smit wat fijn om te lezen dat je vader goed verzorgd is op de IC 💙', ['@petra_smit']],
    [
      'Beste Ellen, vervelend dat uw moeder zo lang heeft moeten wachten op haar medicatie. Wilt u ons een bericht sturen?',
      ['Ellen'],
    ],
    ['Hoi Frank, wat goed om te horen dat je na je operatie weer thuis bent!', ['Frank']],
    ['Dag Erik, onze excuses dat uw vrouw zo lang op de SEH moest wachten.', ['Erik']],
    ['gisteren bij opa gerrit in het verpleeghuis geweest, hij herkende ons niet meer', ['opa gerrit']],
    ['karin ligt nog op de ic, duimen jullie mee?', ['karin']],
    ['nog even doorzetten jeroen, over 2 weken mag je naar huis van de revalidatie 💪', ['jeroen']],
    [
      'Sjaak en Tonny de Groot vierden hun 60-jarig huwelijk in het verpleeghuis.',
      ['Sjaak', 'Tonny de Groot'],
    ],
    [
      'Mevrouw Van Hecke en haar dochter Sofie kwamen vandaag langs op de afdeling oncologie.',
      ['Mevrouw Van Hecke', 'Sofie'],
    ],
    ['Wat fijn dat Marco na 6 weken revalidatie weer naar huis mag. Veel succes thuis!', ['Marco']],
    ['Dit is Petra. Petra is 45 en heeft MS. Ze woont sinds 2020 in onze woonvorm.', ['Petra', 'Petra']],
    [
      'Lenie Verschoor (91) en haar zus Bets (94) wonen samen op de tweede verdieping.',
      ['Lenie Verschoor', 'Bets'],
    ],
    [
      'Roger Vandenbussche, 89, speelt elke dinsdag kaart in de cafetaria van het rusthuis.',
      ['Roger Vandenbussche'],
    ],
    [
      'Jef Verhaegen werd gisteren 100. De hele straat kwam hem feliciteren in het woonzorgcentrum.',
      ['Jef Verhaegen'],
    ],
    [
      'Gisteren werd onze bewoonster Dina Van de Walle geopereerd aan haar heup.',
      ['bewoonster Dina Van de Walle'],
    ],
    [
      'Marleen de Ruiter-Jansen heeft na haar val een nieuwe heup. Ze revalideert nu bij ons.',
      ['Marleen de Ruiter-Jansen'],
    ],
    [
      'Oud-burgemeester Piet Jansen ligt sinds vorige week bij ons op de afdeling cardiologie.',
      ['Piet Jansen'],
    ],
    ['Ook Ingrid deed mee aan de stoelyoga in het dagcentrum. Ze genoot zichtbaar.', ['Ingrid']],
    ['Na 12 jaar in ons huis is Gonny vannacht overleden.', ['Gonny']],
    ['Kamer 12: Wilma. Ze is 86 en heeft dementie.', ['Wilma']],
    // pet forms, names in care compounds, surnames that are places
    [
      'Naast de kerstboom staat de foto van Keesje, die in maart overleed. Hij woonde 30 jaar bij ons.',
      ['Keesje'],
    ],
    ['Is Jan Verbeek al een beetje bijgekomen na zijn knieoperatie van gisteren?', ['Jan Verbeek']],
    [
      'De 87-jarige Toos Hoogeveen kreeg vandaag als eerste de griepprik op onze afdeling.',
      ['Toos Hoogeveen'],
    ],
    ['Hoe gaat het met Sandra de Graaf na die narcose? Ze zag er gisteren zo moe uit.', ['Sandra de Graaf']],
    // a fourth batch: Flemish forms of address, family titles, baptismal names, comments
    ['Ons moeke Maria werd vandaag 99 in het rusthuis. Proficiat madame!', ['Maria']],
    ['Nonkel Jef ligt sinds zondag op intensieve zorgen in het AZ.', ['Jef']],
    ['De Jos van kamer 14 heeft vandaag zijn eerste stappen gezet na zijn val.', ['Jos']],
    [
      'Madame Godelieve zat vanmiddag te genieten in de zon op het terras van het woonzorgcentrum.',
      ['Madame Godelieve'],
    ],
    ['Wie herkent haar? Tante Ria (91) op haar eerste dag in het verpleeghuis.', ['Ria']],
    [
      'Vandaag een mooi gesprek gehad met Anneke en haar dochter over de laatste fase. Anneke wil thuis sterven.',
      ['Anneke', 'Anneke'],
    ],
    [
      'Yvonne had gisteravond weer een epileptische aanval. Gelukkig was de nachtdienst er snel bij.',
      ['Yvonne'],
    ],
    ['Onze Lowieke (3) is gisteren geopereerd aan zijn hartje. Duimen jullie mee?', ['Lowieke']],
    [
      'Ik verzorgde vandaag Johan Verstappen, 88 jaar, met een doorligwond. Wat een bijzondere man.',
      ['Johan Verstappen'],
    ],
    [
      'Felicitaties aan Tiny en Harrie Kuijpers, 65 jaar getrouwd! Het echtpaar woont sinds 2020 in ons verpleeghuis.',
      ['Tiny', 'Harrie Kuijpers'],
    ],
    ['Een hele dikke knuffel voor Dewi (6), die vandaag na 40 chemokuren klaar is! 🔔', ['Dewi']],
    [
      'Vandaag vierden we het afscheid van Lambertus. Na 3 jaar bij ons mag hij verhuizen naar een kleinere woongroep.',
      ['Lambertus'],
    ],
    ['Boer Gerrit uit Staphorst woont nu op onze afdeling. Hij mist zijn koeien.', ['Gerrit']],
    ['Op de PG-afdeling werd Jantine vandaag 80. Ze danste de hele middag!', ['Jantine']],
    //tbt naar de verjaardag van Hennie (95) op de dagbesteding 🎈 ||| Hennie
    [
      'Sterkte aan de familie van Klaas Hoekstra, die gisteren in ons hospice is overleden.',
      ['Klaas Hoekstra'],
    ],
    ['Onze kleine vechter Levi mag na 8 weken neonatologie eindelijk naar huis!', ['Levi']],
    // hyphenated first names, lower-case full names with particles, double surnames after a title
    ['Anne-Marie Claessens (90) woont sinds vorige maand in ons woonzorgcentrum.', ['Anne-Marie Claessens']],
    ['Jean-Pierre Vandevelde werd vandaag 95 in het rusthuis.', ['Jean-Pierre Vandevelde']],
    ["Marie-Louise D'Haese is gisteren opgenomen op de geriatrie.", ["Marie-Louise D'Haese"]],
    [
      'vandaag kwam jan van den berg weer op de dagbesteding, hij was lang ziek geweest',
      ['jan van den berg'],
    ],
    [
      'Wat fijn dat Rik Vanhoutte na zijn hartoperatie weer thuis is! Groetjes van de afdeling cardio.',
      ['Rik Vanhoutte'],
    ],
    [
      'De familie Verstraete bedankt iedereen voor de zorg voor hun moeder Paula, die vorige week overleed.',
      ['Paula'],
    ],
    ['Hoe is het nu met Hans-Peter? Ik hoorde dat hij weer op de IC ligt.', ['Hans-Peter']],
    ['Mw. Bosch-van Rijn (86) van kamer 3 heeft weer goed gegeten vandaag.', ['Mw. Bosch-van Rijn']],
    ['Bewoonster Ria ter Beek werd vandaag 100 jaar.', ['Bewoonster Ria ter Beek']],
  ])('finds the names in: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Onze collega Roos Visser gaat na 30 jaar met pensioen. Bedankt voor alles op de afdeling!',
    'Welkom in ons team: Bas de Wit, verpleegkundige op de afdeling interne geneeskunde.',
    'Vacature: zorgmedewerker nachtdienst. Vraag Mark Smit naar de mogelijkheden!',
    'Vandaag bezocht minister Conny Helder ons verpleeghuis.',
    'Burgemeester Jan van Zanen opende de nieuwe huiskamer van het woonzorgcentrum.',
    'Onze bewoners genoten van het optreden van Frans Bauer.',
    'De bewoners deden boodschappen bij Jumbo en de Bakker in het dorp.',
    'We gingen met de bewoners naar Den Haag en Scheveningen.',
    'Het Rode Kruis Ziekenhuis in Beverwijk opende een nieuwe afdeling.',
    'De tuin van het verpleeghuis staat vol rozen en bloemen.',
    'Roos, tulp en narcis: de bewoners maakten bloemstukken in de huiskamer.',
    'Hoop doet leven! Onze zorgverleners werken elke dag met hart voor de bewoners.',
    'Onze teamleider Wil Koster vertelt in de podcast over de afdeling.',
    'Dank aan de bakker van het dorp voor de taart voor de bewoners!',
    'Op de afdeling werkt dokter Sanne de Vries als geriater.',
    "Sanne en Mark hebben hun diploma verpleegkunde gehaald, proficiat collega's!",
    'Vandaag afscheid van onze collega Kees, na 40 jaar in het ziekenhuis.',
    'Wij zoeken een verpleegkundige voor afdeling 3. Solliciteer bij Ria!',
    'De Vries, Bakker en Visser zijn de meest voorkomende achternamen in Nederland.',
    'Het Koningin Máxima kinderziekenhuis viert zijn verjaardag.',
    'Van Gogh schilderde in Nuenen: onze bewoners bezochten het museum.',
    'Onze vrijwilliger Bert bracht de bewoners naar de markt.',
    'Bezoek van Sinterklaas op de kinderafdeling!',
    "Het St. Antonius Ziekenhuis in Nieuwegein zoekt collega's.",
    'De afdeling Vande Velde is vandaag verhuisd naar de nieuwe vleugel.',
    'Zuster Jansen en broeder Piet zorgden voor een mooie dag. Wat een team!',
    'Proficiat aan onze verpleegkundige Lotte met de geboorte van haar dochter!',
    'Wij feliciteren collega Joris en zijn vrouw Kim met de geboorte van hun zoon.',
    '@wzc_delinde bedankt voor de mooie samenwerking!',
    '@ziekenhuisamstelland mooie campagne!',
    'Beste Mark, dank voor uw compliment! We geven het door aan het team.',
    'Hoi Roos, leuk dat je wilt solliciteren! Stuur je cv naar werkenbij@ziekenhuis.nl.',
    'Wist je dat 1 op de 3 ouderen valt? Met stoelgym blijf je sterk.',
    'Vandaag een lezing van professor Erik Scherder over bewegen en dementie.',
    'Dank aan Guus Meeuwis voor het prachtige concert voor onze bewoners!',
    'Wat een mooie dag op de dagbesteding met zon, taart en muziek.',
    'De Wit-Gele Kruis verpleegkundigen staan klaar in heel Vlaanderen.',
    'Koning Filip bezocht het woonzorgcentrum in Brugge.',
    'Maak kennis met Sanne, onze nieuwe stagiaire op de afdeling!',
    'Ons team van afdeling Bakker staat voor je klaar.',
    'Lees het interview met verpleegkundige Rik Smit over nachtdiensten.',
    'Gisteren was de open dag van het ziekenhuis. Dank aan iedereen die kwam!',
    'Op 5 Mei vieren we Bevrijdingsdag met de bewoners in de huiskamer.',
    'Vanmiddag koffie bij De Roos, het restaurant van ons woonzorgcentrum.',
    'De bewoners van De Hoop gingen naar het strand.',
    'Welkom Iris in ons team op de afdeling!',
    'Wat een Storm vannacht! Gelukkig bleven alle bewoners veilig binnen.',
    'Onze bewoners genoten van de Lente in de tuin.',
    'Tijdens de Week van de Zorg bedanken we al onze medewerkers op de afdeling.',
    'Hoop en Liefde: het thema van de kerstviering in het verpleeghuis.',
    'Mijn collega Mark en ik stonden vandaag samen op de afdeling. Wat een dag!',
    "Bas en Rik van de technische dienst hebben de tillift gerepareerd. Top collega's!",
    'Het Bloemenhuis de Wit bezorgde prachtige bloemen voor de bewoners.',
    'Bakkerij de Jong trakteerde de bewoners op taart, dank je wel!',
    'Café de Haan in Utrecht organiseerde een benefiet voor het hospice.',
    'Lieve Roos, bedankt voor je mooie woorden over ons team!',
    "Fijn om te horen Mark! We geven het door aan de collega's van de afdeling.",
    'Met Kerstmis zingen we met de bewoners in de huiskamer.',
    'Dank aan Jumbo de Vries voor de sponsoring van het bewonersuitje!',
    'Ik ben Wil, verpleegkundige op de IC, en vandaag vertel ik over mijn werk.',
    'Zus en ik gingen vandaag met onze moeder wandelen; wat een mooie dag.',
    'Roos de Vries is onze nieuwe teamleider op afdeling 2.',
    'De winnaar van de prijsvraag is Klaas Bakker uit Zwolle!',
    'Storm en regen: de dagbesteding gaat vandaag niet naar buiten.',
    'Hoop jullie allemaal snel weer te zien op de afdeling!',
    'Mei is de maand van de mantelzorg: dank aan alle mantelzorgers!',
    'Tip van verpleegkundige Bas: drink genoeg water in de zomer.',
    'De familie Bakker schonk een nieuwe piano aan het verpleeghuis.',
    'Zomer de Jong en het orkest speelden vanmiddag voor de bewoners.',
    'Happy birthday Anouk! 🎉 Onze teamleider wordt vandaag 40. Taart in de personeelskamer!',
    'Vandaag sprak Erik Scherder in ons verpleeghuis over bewegen. Wat een inspirerende lezing!',
    "Karin, Petra en Jeroen van het facilitair team zorgden voor een prachtige kerstboom. Dank jullie wel collega's!",
    "Welkom aan onze nieuwe collega's Frank en Ellen op de afdeling!",
    'Ben jij onze nieuwe collega? Vraag Marco hoe het is om bij ons te werken.',
    'Vandaag in de podcast: verpleegkundige Rob de Jong over palliatieve zorg.',
    'Hoi Frank, leuk dat je wilt komen werken op de afdeling! Stuur je cv gerust.',
    'Dank je wel Ellen voor je lieve woorden over ons team!',
    '@jeroenvandijk bedankt voor het delen van onze vacature!',
    'Vandaag bezocht staatssecretaris Karin van Dijk onze kraamafdeling.',
    'Wielrenner Mathieu van der Poel kwam langs om onze kinderafdeling een hart onder de riem te steken.',
    'De Erik de Vries-prijs voor de beste zorgverlener gaat dit jaar naar afdeling 3.',
    'Wist je dat Petra al 25 jaar vrijwilliger is bij ons? Proficiat!',
    'Op 12 Mei is het de Dag van de Verpleging.',
    'De Ronald McDonald Huizen bieden ouders een plek naast het ziekenhuis.',
    'Frank en eerlijk: zo praten we met onze bewoners over de zorg.',
    'Karen, onze nieuwe diëtiste, geeft vanaf maandag advies op de poli.',
    'Geert Wilders kwam niet opdagen bij het debat over de zorg.',
    'Met Paul van de apotheek hebben we de medicatierondes verbeterd.',
    'Vandaag was de open dag: Rob, Ellen en Mirjam gaven rondleidingen over de afdeling.',
    'Onze coöperatie van zorgverleners Sandra de Graaf en Jan Verbeek bestaat 10 jaar.',
    'De cooperatie van thuiszorgers in Zwolle zoekt nieuwe leden. Bel Jan Verbeek!',
    'Wist je dat de 40-jarige zorg in Nederland... Peter Amsterdam schreef er een boek over.',
  ])('stays quiet on: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('reports a name found through words around it as a check with the quick answers', () => {
    const [f] = run('Bloem de Wit is gisteren op de afdeling gevallen en heeft haar pols gebroken.');
    expect(f.severity).toBe('check');
    expect(f.message).toMatch(/lijkt een naam van een bewoner/);
    expect(f.quickAnswers).toEqual(['colleague', 'consent']);
  });
});
