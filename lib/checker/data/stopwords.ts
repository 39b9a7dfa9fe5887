import { z } from 'zod';

/**
 * Capitalised words that follow a title or an initial but are no name: sentence starters,
 * pronouns, months, days, roles, and words like "Centraal" in "Patiënt Centraal".
 */
const WORDS =
  `de het een en of maar ook als dan dat dit deze die er hier daar daarna daarom toen nu wel niet geen
nog al zo ik jij je u hij zij ze wij we jullie hun haar zijn ons onze mijn jouw uw wat wie waar hoe waarom welke
in op aan bij met van voor na om tot uit over door naar onder tegen tussen zonder sinds tijdens
vandaag gisteren morgen straks vannacht vanochtend vanmorgen vanmiddag vanavond dag week maand jaar
januari februari maart april mei juni juli augustus september oktober november december
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
centraal voorop eerst samen allemaal iedereen niemand alles dank bedankt proficiat gefeliciteerd welkom
minister burgemeester wethouder koning koningin prins prinses president directeur dokter dr arts zuster
familie kamer bed afdeling zaal team collega collega's verpleegkundige patiënt patiënten bewoner bewoners
is was heeft had kreeg werd wordt mag mocht kan kon wil wilde gaat ging komt kwam ligt lag zit zat staat stond
heel erg veel zeer echt weer even nog wel misschien graag helaas gelukkig natuurlijk
ja nee oké hallo hoi beste lieve dag groetjes liefs
zoekt zoeken gezocht nieuw nieuwe vacature vacatures info meer lees kijk
mevrouw meneer mijnheer heer dame`.split(/\s+/);

export const STOPWORDS: ReadonlySet<string> = new Set(z.array(z.string().min(1)).parse(WORDS));
