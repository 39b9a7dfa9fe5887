import { z } from 'zod';

const Words = z.array(z.string().min(1));
const set = (text: string) => new Set(Words.parse(text.split(/\s+/).filter(Boolean)));

/** How a title refers to someone, and what to write instead of the name. */
export const TitleKind = z.enum(['honorific', 'care', 'family']);
export type TitleKind = z.infer<typeof TitleKind>;
const Title = z.object({ kind: TitleKind, replacement: z.string().min(1) });
export type Title = z.infer<typeof Title>;

const titles: Record<string, Title> = {};
const addTitles = (words: string, kind: TitleKind, replacement: string) => {
  for (const w of words.split(/\s+/)) titles[w] = Title.parse({ kind, replacement });
};
addTitles('mevrouw mevr mw mevrouwtje madame madam madammeke juffrouw', 'honorific', 'een patiënte');
addTitles('meneer mijnheer mnr dhr heer menneer meester', 'honorific', 'een patiënt');
addTitles('patiënt patient patiëntje pt pat', 'care', 'een patiënt');
addTitles('patiënte', 'care', 'een patiënte');
addTitles('bewoner', 'care', 'een bewoner');
addTitles('bewoonster', 'care', 'een bewoonster');
addTitles('resident', 'care', 'een bewoner');
addTitles('residente', 'care', 'een bewoonster');
addTitles('cliënt client', 'care', 'een cliënt');
addTitles('cliënte cliente', 'care', 'een cliënte');
addTitles('zorgvrager', 'care', 'een zorgvrager');
addTitles('baby', 'care', 'een baby');
addTitles('opa bompa bonpa', 'family', 'een oudere meneer');
// "familie Brouwer", "fam. Yılmaz": a household named by its surname, as a reply addresses it.
addTitles('familie fam', 'honorific', 'familie');
addTitles('oma bomma bonma', 'family', 'een oudere mevrouw');

/** Forms of address and care roles that stand before a name (lower case, without the dot). */
export const TITLES: ReadonlyMap<string, Title> = new Map(Object.entries(titles));

/** Abbreviated titles, written with a dot (mw., dhr.). */
export const ABBREVIATED_TITLES = set('mevr mw mnr dhr pt pat fam');

/** Roles of colleagues and professionals: a name after these is not a patient. */
export const COLLEAGUE_ROLES =
  set(`collega collega's verpleegkundige verpleegkundigen verpleegster verpleger zuster
broeder arts dokter dr dr. drs prof professor specialist huisarts chirurg cardioloog internist geriater psychiater
psycholoog therapeut muziektherapeut dramatherapeut fysiotherapeut kinesitherapeut kiné ergotherapeut logopedist diëtist diëtiste apotheker verloskundige
vroedvrouw zorgkundige verzorgende verzorgster helpende begeleider begeleidster teamleider teamleidster leidinggevende
manager directeur bestuurder voorzitter coördinator stagiair stagiaire student studente leerling ambassadeur
ambassadrice vrijwilliger vrijwilligster medewerker medewerkster secretaresse receptionist schoonmaker kok
communicatiemedewerker woordvoerder fotograaf onderzoeker promovendus nachtzuster teamcoach praktijkondersteuner
ambulancier ambulanceverpleegkundige diensthoofd hoofdverpleegkundige`);

/** Public roles: a name after these is a public figure. */
export const PUBLIC_ROLES =
  set(`minister staatssecretaris burgemeester wethouder gedeputeerde koning koningin prins
prinses kroonprinses president premier kamerlid senator schepen gouverneur commissaris bisschop paus zanger zangeres
acteur actrice schrijver schrijfster presentator presentatrice voetballer wielrenner artiest
oprichter oprichtster initiatiefnemer initiatiefneemster`);

/** Words of greeting before "heer" in a letter or reply ("Beste heer Goossens"). */
export const SALUTATIONS = set('de beste geachte lieve dag hallo');

/** Greetings that open a reply: the name after them is the person answered, who wrote in public. */
export const GREETINGS = set('beste hoi hallo hey hi dag goedemorgen goedemiddag goedenavond');

/** Thanks and wishes that may open a reply before the name of the one answered ("Merci Jeanine!"). */
export const THANKS = set('merci bedankt dankjewel dankuwel proficiat gefeliciteerd sterkte');

/** Words that may stand between a name and a role in an apposition ("Hendriks, onze nieuwe teamleider"). */
export const APPOSITION_FILLERS = set('onze ons de het onze nieuwe nieuw kersverse vaste trouwe eigen');

/** Words that speak of someone as a speaker, not as a patient ("aldus Kevin"). */
export const SPEAKER_WORDS = set('aldus zegt zei vertelt vertelde volgens interview met spreker');

/**
 * Singular words for one person (third person): with enough details around them they point
 * to someone. Plurals and "je" are generic.
 */
export const PERSON_NOUNS =
  set(`patiënt patiënte patient patiëntje bewoner bewoonster cliënt cliënte client zorgvrager
meneer mevrouw mijnheer madam madame madammeke moeke vake man vrouw jongen jongetje meisje meid baby kindje kind
dame heer oudere jongeman tiener peuter kleuter zuigeling opa oma bomma bompa vader moeder papa mama pa ma zoon dochter
broer zus schoonmoeder schoonvader buurman buurvrouw weduwe weduwnaar mevr mw dhr mnr`);

/** Third-person pronouns that point to one person when a singular verb follows (ze is, zij heeft). */
export const SINGULAR_PRONOUNS = set('hij zij ze');
export const SINGULAR_VERBS =
  set(`is was heeft had kreeg krijgt werd wordt ligt lag mag mocht kan kon wil wilde woont
woonde gaat ging komt kwam zit zat staat stond loopt liep vertelde vertelt herkende herkent vroeg vraagt voelt voelde
zegt zei overleed stierf viert vierde hoorde hoort gebruikt`);

/** Possessives before a relative (mijn moeder, ons pa). */
export const POSSESSIVES = set('mijn ons onze uw jouw je zijn haar');
export const RELATIVES =
  set(`moeder vader mama papa pa ma opa oma bomma bompa man vrouw zoon dochter broer zus
schoonmoeder schoonvader tante oom neef nicht kleinzoon kleindochter partner echtgenoot echtgenote grootmoeder
grootvader moeke vake`);

/**
 * Words that put a passage in the care of a patient (not in recruiting or team news):
 * patients, admission, rooms, settings where people live and are treated.
 */
export const CARE_CONTEXT =
  set(`patiënt patiënte patiënten patient patiëntje bewoner bewoonster bewoners cliënt cliënte
cliënten zorgvrager opname opgenomen ontslag kamer bed zaal afdeling afd ziekenhuis verpleeghuis woonzorgcentrum wzc
zorgcentrum verzorgingshuis hospice thuiszorg wijkverpleging thuisverpleging dagbehandeling dagbesteding dagcentrum
rusthuis verzorgingstehuis zorghotel serviceflat kortverblijf
poli polikliniek seh ic spoed spoedeisende behandeling behandeld verzorgd verpleging revalidatie huiskamer
kinderafdeling verloskamer couveuse diagnose uitslag onderzoek operatie rolstoel rollator ligt lag`);
