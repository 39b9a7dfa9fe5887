import { z } from 'zod';

const Words = z.array(z.string().min(1));
const set = (text: string): ReadonlySet<string> => new Set(Words.parse(text.split(/\s+/).filter(Boolean)));

/**
 * Words that put a whole draft in a care setting, besides CARE_CONTEXT: a name anywhere in
 * such a draft may be a resident's or a patient's, even when its own sentence says nothing of care.
 */
export const CARE_DRAFT_WORDS =
  set(`resident residente residenten bewoonster bewoonsters woonzorgcentrum woonzorgcentra
zorgcentrum zorghuis verpleeghuis verpleegtehuis verzorgingshuis verzorgingstehuis bejaardentehuis bejaardenhuis rusthuis
woongroep kleinschalig ziekenhuis kinderziekenhuis kraamafdeling materniteit verloskamer couveuse neonatologie
palliatieve hospice huiskamer afdeling kamer opname opgenomen patiënt patiënte patiëntje patiënten cliënt cliënte cliënten
bewoner bewoners zorgvrager zorgvragers dagbesteding dagcentrum thuiszorg revalidatie revalidatiecentrum ggz kliniek
psychogeriatrie geriatrie verpleegafdeling zorgboerderij logeerhuis kortverblijf wzc douchen gedoucht wassen gewassen
aankleden aangekleed steunkousen medicatie medicijnen insuline wondzorg verschonen verschoond tillift zorgmoment
geboren bevallen beviel bevalling kraamzorg kraamvrouw dagopvang dagverzorging afspraak zorgplan mantelzorger mantelzorgers
begeleiders woonbegeleiders begeleiding zorgmedewerkers verzorgenden`);

/**
 * Events and states that make a name in a care draft about a resident or patient: a birthday,
 * a birth, a death, a fall, a stay. In the name's sentence or the next.
 */
export const PERSON_EVENT_WORDS =
  set(`verjaardag jarig jarige verjaarde honderdste geboren geboorte bevallen beviel bevalling
overleden overleed gestorven stierf ingeslapen afscheid uitvaart begrafenis crematie condoleance condoleances gecondoleerd
rip sterkte beterschap herstel herstelt hersteld gevallen viel val opgenomen opname ontslagen ontslag thuis verhuisd verhuist
woont woonde wonen verblijft verbleef logeert uitstap uitstapje wandeling rolstoel rollator bezoek verzorgd verpleegd
geopereerd operatie behandeld bestraling chemo dialyse couveuse weegt woog gram kaarsjes taart huwelijksjubileum
getrouwd diamanten gouden briljanten echtpaar kleinkinderen achterkleinkinderen kleinkind gefeliciteerd proficiat`);

/** Births and deaths: a name beside them is the subject of the post, care words or not. */
export const LIFE_EVENT_WORDS =
  set(`overleden overleed gestorven stierf ingeslapen uitvaart begrafenis crematie
geboren geboorte bevallen beviel bevalling memoriam condoleances`);

/**
 * Words that show a name belongs to staff or to someone in the news, not to a resident:
 * a colleague's farewell, a diploma, a job ad. In the name's sentence.
 */
export const STAFF_WORDS =
  set(`collega collega's pensioen jubileum jubilaris dienstjaren diploma gediplomeerd afgestudeerd
certificaat certificaten cursus geslaagd stagiair stagiaire stage leerling studente student opleiding rondleiding rondleidingen workshop workshops vacature vacatures solliciteer solliciteren sollicitatie
sollicitaties werkt werkzaam loopbaan carrière interview podcast aflevering spreker lezing presentatie webinar congres
symposium column blog auteur fotograaf gefotografeerd vlog directie bestuur contact contactpersoon aanspreekpunt
samenwerking samenwerken werkoverleg scholing sprak spreekt presenteerde presenteert`);

/** Works of someone in public life: "het boek van Herman Koch", "een lied van Jan Smit". */
export const WORKS =
  set(`boek boeken roman film films lied liedje liedjes nummer nummers muziek schilderij schilderijen
album show voorstelling serie programma quote citaat`);

/** A draft that recruits: the names in it are the organisation's own staff. */
export const RECRUITMENT =
  /\b(?:vacatures?|solliciteer|sollicit\w*|werken bij|(?:kom|komen) (?:werken|ons team)|je cv|uw cv|wij zoeken|we zoeken|zoeken (?:wij|we)|versterk(?:t|en)? (?:ons|het) team|word jij|#werkenbij|jobs?|open sollicitatie|nieuwe collega'?s?)\b/i;

/** Words after a name that make it an organisation, a building or a prize (Jeroen Bosch Ziekenhuis). */
export const ORG_SUFFIXES =
  set(`ziekenhuis kinderziekenhuis gasthuis kliniek mc umc huis hof hoeve centrum zorgcentrum instituut
stichting fonds prijs award oord school hogeschool college academie lyceum zorg zorggroep groep kerk kapel park plein straat
laan weg singel kade dreef boulevard gracht plantsoen stadion theater museum zaal paviljoen vleugel hal polikliniek apotheek praktijk`);

/** Words before a name that make it an organisation or a place (Stichting Anna Bos, Huize Maria). */
export const ORG_PREFIXES =
  set(`stichting huize huis wzc woonzorgcentrum zorgcentrum ziekenhuis az sint st sint- villa residentie
hof park basisschool school kliniek campus locatie vestiging afdeling paviljoen straat café hotel restaurant
firma garage salon bar winkel boerderij camping`);

/**
 * Name-like words that are brands, public or fictional figures and holidays: never a resident.
 * Lower case, matched against the first word of a name or the whole name.
 */
export const NOT_PEOPLE = set(`sinterklaas sint kerstman pieten zwarte albert-heijn heijn hema jumbo lidl aldi
kruidvat etos action ikea efteling disney mickey nijntje dikkertje bumba samson plop kabouter`);

/**
 * Services and desks of an organisation: "Sanne van de receptie", "Bas van de technische
 * dienst" are staff. Matched on the word after "van de" or "van het".
 */
export const STAFF_PLACES = set(`receptie keuken administratie dienst schoonmaak planning huishouding
roostering directie communicatie facilitair facilitaire hr secretariaat linnenkamer wasserij
animatie activiteitenbegeleiding ergotherapie fysiotherapie fysio apotheek onderhoud`);

/** The end of a street's name: "Willem Dreeslaan" is a street, not a first name and a surname. */
export const STREET_END = /..(?:straat|laan|plein|singel|kade|gracht|dreef|steeg|boulevard|plantsoen)$/;
