import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { defensiveReply } from './defensive-reply';

const reply = (text: string) => findingsOf({ text, surface: 'reply' }, defensiveReply);
const comment = (text: string) => findingsOf({ text, surface: 'comment' }, defensiveReply);

describe('tone/defensive-reply', () => {
  describe('must flag', () => {
    it.each([
      ['Dat klopt niet, wij hebben niets fout gedaan.', ['0-14', '16-44']],
      ['Meneer, u heeft het mis.', ['8-23']],
      ['Dat is helemaal niet waar', ['0-25']],
      ['Je overdrijft een beetje', ['0-13']],
      ['U had het zelf moeten melden bij de balie.', ['0-28']],
      ['Dat is uw eigen schuld', ['0-22']],
      ['U   HEEFT   het  MIS', ['0-20']],
      ['Zoals u zelf weet, is de wachttijd lang.', ['0-17']],
      ['Wat u schrijft is allang achterhaald.', ['0-36']],
      ['Misschien kunt u voortaan zijn naam in zijn jas zetten.', ['0-25']],
      ['Misschien eerst even informeren voordat u zoiets deelt.', ['10-39']],
      ['De verpleegkundige heeft een fout gemaakt.', ['0-41']],
    ])('%s', (text, spans) =>
      expect(compact(reply(text))).toEqual(spans.map((s) => `${s} tone/defensive-reply`)),
    );

    // Real shapes of arguing, each in several wordings: one finding or more, never none.
    it.each([
      // contradicting, "untrue", "unfounded"
      'Uw verhaal klopt gewoon niet.',
      'Wat u schrijft klopt niet.',
      'De informatie in uw recensie is niet correct.',
      'Deze recensie is aantoonbaar nep.',
      'Uw klacht is ongegrond.',
      'Onzin. Wij hebben nog nooit iemand weggestuurd.',
      'Dat is echt niet waar wat je zegt.',
      "Da's nie waar, ge waart er zelf niet bij.",
      'Wij herkennen ons niet in uw verhaal.',
      'U bent wel degelijk geïnformeerd over de risico’s.',
      'Met arrogantie heeft dit niets te maken.',
      'Uw man is in onze zorg niets tekortgekomen.',
      'Onze medewerkers hebben volgens protocol gehandeld.',
      'Wel willen we benadrukken dat de beslissing medisch juist was.',
      'Dat weet u heel goed.',
      // the claim restated and denied, by structure
      'U schrijft dat u twee uur moest wachten. In werkelijkheid was dat veertig minuten.',
      'Je zegt dat niemand je hielp, maar de verpleegkundige is drie keer bij je geweest.',
      'U stelt dat de zorg slecht was; de feiten laten iets anders zien.',
      // blame and what they should have done
      'U had de dienstdoende arts moeten bellen in plaats van hier te klagen.',
      'Dat had u kunnen weten als u de folder had gelezen.',
      'Als u de instructies na de operatie gewoon had opgevolgd, was de wond niet ontstoken.',
      'U was zelf degene die de afspraak twee keer heeft verzet.',
      'Dat heeft u zelf ondertekend.',
      'Had u ons maar eerder gebeld.',
      'Mevrouw, u weigerde in de stoel te gaan zitten.',
      'Als je om 2 uur ’s nachts naar de spoed komt, moet je niet verwachten dat je als eerste geholpen wordt.',
      'Volgende keer gewoon een afspraak maken, zoals iedereen.',
      // lecturing
      'Misschien goed om te weten: onze verpleegkundigen doen hun uiterste best.',
      'Een beetje begrip zou wel op zijn plaats zijn.',
      'U moet wel begrijpen dat wij ook maar mensen zijn.',
      'Ik werk daar en ik kan je zeggen dat het anders ging. Stop met die onzin verspreiden.',
      'Dan houdt het op.',
      // sarcasm
      'Tja, zo gaat dat nu eenmaal.',
      'En de wachttijd is natuurlijk ook onze schuld 🙃',
      'Bij u is dat kennelijk anders.',
      'Fijne dag verder 🙄',
      // disclosing why care ended
      'Wij hebben de zorg voor uw dochter beëindigd omdat de samenwerking met u onmogelijk was geworden.',
      'Daarom hebben we u gevraagd een andere praktijk te zoeken.',
      'Onze ombudsvrouw heeft uitgelegd waarom uw vader niet langer in ons woonzorgcentrum kon blijven.',
      'Meneer is uitgeschreven vanwege zijn agressief gedrag.',
    ])('%s', (text) => expect(reply(text).length).toBeGreaterThan(0));

    // Other wordings of the same structures: the claim restated (either order) and denied,
    // records set against it, "zelf", told again and again, a past condition, lecturing,
    // sarcasm and the end of care; "u", "je" and Flemish "ge".
    it.each([
      'In uw recensie stelt u dat niemand naar u omkeek, maar de verpleging is elk uur langs geweest.',
      'U beweert dat de dokter onbeleefd was. Wij zien dat anders.',
      'Je zegt dat je niet geholpen werd, terwijl je binnen tien minuten aan de beurt was.',
      'Volgens u was er niemand aanwezig; dat is simpelweg niet zo.',
      'Dit klopt echter niet.',
      'Dat klopt helaas niet helemaal, meneer.',
      "Da's nie juist wat ge daar schrijft.",
      'Uit ons dossier blijkt dat u de afspraak zelf heeft afgezegd.',
      'Uit de camerabeelden blijkt iets heel anders.',
      'U bent zelf te laat gekomen voor uw afspraak.',
      'Je bent zelf weggelopen voordat de arts er was.',
      'U heeft zelf aangegeven dat u niet wilde wachten.',
      'Wij hebben u meerdere keren gebeld, maar u nam niet op.',
      'We hebben je herhaaldelijk gevraagd je aan de bezoektijden te houden.',
      'Had u maar eerder aan de bel getrokken.',
      'Had je het ons even laten weten, dan hadden we het opgelost.',
      'Als u eerder had gebeld, was dit niet gebeurd.',
      'Fijn dat u de moeite neemt om een recensie te schrijven zonder het hele verhaal te kennen.',
      'Bedankt voor uw wijze raad, wij doen dit vak pas dertig jaar.',
      'U weet het natuurlijk weer beter dan onze artsen.',
      'Wij verwachten van bezoekers dat zij zich aan de huisregels houden.',
      'Van familieleden verwachten wij een respectvolle houding tegenover ons personeel.',
      'Regels zijn er niet voor niets, ook niet voor u.',
      'U bent niet de enige patiënt op de afdeling.',
      'Er zijn ook andere patiënten die zorg nodig hebben, meneer.',
      'Wij hebben de behandelrelatie beëindigd vanwege uw dreigende gedrag.',
      'Uw vader is niet meer welkom in onze praktijk na wat er gebeurd is.',
      'De behandelovereenkomst is door ons opgezegd omdat u zich niet aan de afspraken hield.',
      'Ge moet nie zagen, ge waart zelf te laat.',
      'Wij betreuren uw reactie, maar de feiten liggen anders.',
      'Dit is niet wat er gebeurd is.',
    ])('%s', (text) => expect(reply(text).length).toBeGreaterThan(0));

    // Wordings no phrase holds, found by the shape of the sentence (stance.ts): conflict words,
    // the one answered or our side, a denial or a turn, a past tense; no thanks or regret.
    it.each([
      'Meneer, wij hebben uw klacht onderzocht en er is niets misgegaan.',
      'U doet het voorkomen alsof wij niets deden, maar dat is niet eerlijk.',
      'Jij was er niet eens bij, dus hoe kun je dat weten?',
      'Misschien moet u eerst de feiten checken voordat u iets online zet.',
      'Wij hebben u keurig te woord gestaan, ook al was u erg onvriendelijk.',
      'Bij ons gaat het altijd volgens de regels, dus uw verhaal kan niet kloppen.',
      'Typisch weer, eerst schreeuwen en dan online klagen.',
      'Uw moeder is weggegaan tegen het advies van de arts in.',
      'Het is makkelijk om achter een scherm te klagen.',
      'U heeft de huisregels getekend, daar staat het duidelijk in.',
      'Onze collega heeft u drie keer gevraagd om rustig te blijven.',
      'Dat de wachttijd lang was, lag aan de drukte en niet aan ons.',
      'We snappen uw boosheid niet helemaal, want u werd direct geholpen.',
    ])('by its shape: %s', (text) => {
      const found = reply(text);
      expect(found.length).toBeGreaterThan(0);
      expect(found[0].suggestions).toEqual([]);
    });

    it('is a check in a reply and a tip where the surface is unknown', () => {
      expect(reply('Dat klopt niet.')[0].severity).toBe('check');
      expect(findingsOf('Dat klopt niet.', defensiveReply)[0].severity).toBe('tip');
    });
    it('reports overlapping phrases once', () => {
      expect(reply('Dat is echt niet waar.')).toHaveLength(1);
    });
  });
  describe('must not flag', () => {
    it.each([
      'Wat vervelend dat u dit zo heeft ervaren. Wilt u ons een bericht sturen?',
      'Klopt het dat de open dag morgen is? Ja, dat klopt!',
      'Misschien kunt u ons een privébericht sturen? Dan zoeken we het uit.',
      'U kunt voortaan ook online een afspraak maken.',
      'Deze folder is verouderd; de nieuwe staat op onze site.',
      'We hebben niets dan lof voor ons team.',
      'Dat klopte niet helemaal met de planning, dus we schuiven een week op.',
      'Onzinnig veel zin in de zomer!',
      // kind replies: thanks, understanding, apology, admission, a private channel
      'Bedankt voor je bericht, Kim. Wat vervelend dat het zo lang duurde. Stuur ons een privébericht, dan bellen we je.',
      'Daar heeft u helemaal gelijk in, en dat spijt ons. We hebben het met het team besproken.',
      'Dank voor uw eerlijke feedback. U heeft gelijk dat dit beter moet.',
      'Het klopt dat de wachttijden nu langer zijn dan we willen. Excuses voor het wachten.',
      'Het is niet juist dat u zo lang moest wachten. Onze excuses.',
      'U had eerder geholpen moeten worden, dat spijt ons.',
      'U schrijft dat u lang moest wachten. Dat spijt ons echt.',
      'Je zegt dat je je niet gehoord voelde, en dat raakt ons. Mogen we je bellen?',
      'Sorry dat je zo lang aan de lijn hing! Stuur gerust een DM met je vraag.',
      'Wat vervelend dat de lift weer stuk was. De monteur komt morgenochtend.',
      'Beste mevrouw, wij kunnen hier helaas niet ingaan op persoonlijke situaties.',
      'We hebben nog nooit zo’n mooi compliment gekregen, dank je wel!',
      'Fijn dat u tevreden bent over de zorg voor uw moeder 😊',
      'haha wat een feest was het 😂 volgende keer weer!',
      'Dit is niet correct verlopen, daar bieden wij onze excuses voor aan.',
      'We verwachten wel dat de nieuwe parkeerplaats in mei klaar is.',
      'Wat vervelend dat u dit zo heeft ervaren. Wilt u ons een privébericht sturen?',
      'U schrijft dat u lang moest wachten, en dat spijt ons echt. Mogen we u bellen?',
      'Je zegt dat je je niet gehoord voelde, maar we willen graag met je in gesprek. Stuur je ons een DM?',
      'Bedankt voor uw eerlijke feedback, we nemen het mee in ons team.',
      'Dank je voor je bericht! Bel ons gerust op 088 123 45 67, dan zoeken we het samen uit.',
      'U heeft gelijk, dat had beter gemoeten. Onze excuses.',
      'Het klopt dat de wachttijd te lang was. Daar werken we aan.',
      'Wij hebben u gisteren proberen te bellen; wilt u ons een bericht sturen met een goed moment?',
      'Fijn dat u de moeite neemt om ons te laten weten hoe het ging, dank u wel!',
      'Wij verwachten dat de verbouwing in juni klaar is.',
      'Je bent zelf ook een topper, dank je wel!',
      'Onze bezoektijden zijn van 14 tot 20 uur. Meer informatie vindt u op onze website.',
      'Goed dat u het meldt. We kijken het na en bellen u terug.',
      'Uit uw bericht blijkt hoe zwaar dit voor u was. Dat spijt ons.',
      'Wat fijn dat je zelf weer kunt lopen na zoveel weken!',
      'Dat klopt, de open dag is op zaterdag!',
    ])('%s', (text) => expect(reply(text)).toEqual([]));
    it.each([
      'Wat naar om te lezen. Wilt u ons uw telefoonnummer sturen via een privébericht? Dan bellen we u.',
      "Dank je wel voor het compliment, we geven het door aan de collega's van de nachtdienst!",
      'Het spijt ons dat u zich niet gehoord voelde. We gaan graag met u in gesprek.',
      'Goede vraag! De bezoektijden zijn aangepast, u vindt ze op onze website.',
      'Dank voor uw feedback. We hebben het doorgegeven aan de afdeling en komen erop terug.',
      'Wat een mooie dag was het, dank jullie wel voor de hulp!',
      'Wat vervelend dat het parkeren zo lastig was. We werken aan extra plekken.',
      'Vanaf maandag is de parkeerplaats niet open, dus u kunt beter met de bus komen.',
      'Helaas kunnen wij hier niet ingaan op persoonlijke situaties.',
      'Het is niet goed gegaan met de planning. Onze excuses daarvoor.',
      'Wij hebben uw klacht onderzocht en nemen deze week contact met u op.',
    ])('by its shape, stays quiet: %s', (text) => expect(reply(text)).toEqual([]));
    it('stays quiet in a post', () => {
      expect(findingsOf({ text: 'Dat klopt niet!', surface: 'post' }, defensiveReply)).toEqual([]);
      expect(comment('Gefeliciteerd met je diploma, collega!')).toEqual([]);
    });
  });

  describe('doubting the writer, the channel, care ended for a reason', () => {
    it.each([
      'Wij vragen ons serieus af of deze review wel van een patiënt is.',
      'Ik vraag me af waar dit verhaal vandaan komt.',
      'Wij betwijfelen ten zeerste of u hier ooit bent geweest.',
      'Wat je er niet bij vertelt, is dat je drie keer niet kwam opdagen.',
      'Jammer dat je dit op Instagram zet in plaats van het ons te vragen.',
      'Spijtig dat ge uw ongenoegen hier openbaar uit.',
      'De begeleiding van uw zoon is beëindigd na herhaalde incidenten.',
      'Helaas kunnen wij uw therapie niet langer voortzetten.',
      'Dit heeft ze u toen al verteld.',
      'Dat hebben we je eerder ook gezegd.',
      'Het geschetste beeld herkennen wij absoluut niet.',
      'Wij herkennen uw verhaal helemaal niet.',
      'Het verbaast ons dat u niet eerst de afdeling heeft gebeld.',
      'Wij zijn nogal verbaasd over uw review.',
      'Wij betreuren het dat u ervoor kiest uw ongenoegen op Facebook te uiten.',
      'Jammer dat mevrouw met dit verhaal naar de pers is gestapt.',
      'Had zij ons niet eerder kunnen bellen?',
      'Hij had zich gewoon bij de balie moeten melden.',
      'Uw recensie is gebaseerd op aannames, niet op feiten.',
      'Wij overwegen juridische stappen tegen de schrijver van dit bericht.',
      'Dit bericht grenst aan smaad.',
      'Voordat je oordeelt, kom eerst eens kijken op de afdeling.',
      'Zulke reacties zijn kwetsend voor ons hele team.',
      'Als uw vader zijn medicijnen had ingenomen, was dit niet nodig geweest.',
      'Als meneer eerder had gebeld, hadden we meteen kunnen helpen.',
      'U moet voortaan eerst de afdeling bellen.',
      'De volgende keer dient u zich bij de balie te melden.',
    ])('flags: %s', (text) => expect(reply(text).length).toBeGreaterThan(0));
    it.each([
      'Wij vragen ons af hoe we u beter kunnen helpen. Mogen we u bellen?',
      'Jammer dat je de open dag hebt gemist, tot de volgende keer!',
      'Het spijt ons dat het traject zo lang duurde.',
      'De fysiotherapie in de gymzaal is gestopt, de lessen gaan verder in de recreatiezaal.',
      'Volgens onze gegevens staat de vacature nog open.',
      'Dat hebben we je nog niet verteld: de open dag is verplaatst!',
      'Wij herkennen ons in uw verhaal, en dat raakt ons.',
      'U kunt juridisch advies vragen bij het Juridisch Loket.',
      'Hij had het geweldig naar zijn zin op het zomerfeest!',
      'Als uw moeder meer wil weten, kunt u ons altijd bellen.',
      'U kunt voortaan online een afspraak maken, dat is makkelijker.',
      'U kiest ervoor om thuis te revalideren? Dat kan, we helpen graag.',
    ])('stays quiet: %s', (text) => expect(reply(text)).toEqual([]));
  });
});
