import { z } from 'zod';
import { PhraseSource } from '../phrases/table';
import { HealthKind } from './health';

/**
 * Life and health events as people write them, without a diagnosis term: "ze is gevallen en
 * heeft haar heup gebroken", "lag drie weken in het ziekenhuis", "haar geheugen laat haar in
 * de steek". Phrases use the syntax of lib/checker/phrases ((a|b), [optional], # = a number).
 * Compiled by us from how Dutch and Flemish care workers, residents and families write.
 */
export const EventPhrase = z.object({
  phrases: z.array(PhraseSource).min(1),
  kind: HealthKind,
  /** Words right after the phrase that make it something else ("geboren en getogen"). */
  notFollowedBy: z.array(z.string().min(2)).default([]),
});
export type EventPhrase = z.infer<typeof EventPhrase>;

const POSSESSIVE = "(haar|zijn|z'n|d'r|mijn|m'n|uw|je|jouw|hun)";
const BONE =
  '(heup|arm|pols|been|enkel|rib|ribben|sleutelbeen|schouder|knie|bekken|nek|rug|neus|teen|vinger|elleboog|dijbeen|scheenbeen|wervel|kaak|voet|hand|schedel)';
/** Parts of the body people write about when something is wrong with them. */
const BODY_PART =
  '(benen|been|knie|knieën|heup|heupen|rug|schouder|schouders|nek|voet|voeten|hand|handen|arm|armen|huid|ogen|oog|oren|oor|maag|buik|darmen|blaas|hart|longen|gebit|kies|kiezen|tanden|tand|tandvlees|mond|hoofd|enkel|enkels|pols|wond|teen|tenen|keel)';
const STAY = '(dag|dagen|week|weken|maand|maanden|nacht|nachten)';
const HOSPITAL =
  '(in het ziekenhuis|in het hospitaal|in het az|in het umc|op de ic|op de intensive care|op intensieve zorg|op de eerste hulp|op de spoed|op de spoedeisende hulp|op de seh|in het hospice|in de kliniek|in coma)';
const BE =
  '(ligt|lag|lagen|liggen|gelegen|verblijft|verbleef|is|was|zijn|waren|bent|ben|zit|zat|belandde|beland|belandt)';

export const EVENT_PHRASES: readonly EventPhrase[] = z.array(EventPhrase).parse([
  {
    kind: 'condition',
    phrases: [
      'vergeetachtig',
      'vergeetachtiger',
      'vergeetachtige',
      'vergeetachtigheid',
      '(dement|demente|dementeert|dementeerde|dementerend)',
      '(is|was|raakt|raakte|werd|wordt) [(steeds|snel|vaak|soms|erg|wat|nogal|zo|wel eens|helemaal|vaker)] (in de war|verward|warrig|de weg kwijt|de kluts kwijt)',
      '(in de war|verward) (geraakt|aangetroffen|gevonden|rondlopen|rondliep|rondloopt)',
      'in de war',
      `geheugen (laat|liet) (haar|hem|mij|me|u|je|ons) [(steeds|steeds vaker|vaker|soms|wel eens|regelmatig|nu|ook|helemaal)] in de steek`,
      `${POSSESSIVE} geheugen (gaat|ging|is|wordt|werd) [(hard|snel|steeds|erg|flink)] (achteruit|achteruitgegaan|slechter|minder|weg)`,
      'herkent (haar|zijn|mij|me|ons|niemand|hem|u|je) [(eigen)] [(kinderen|dochter|zoon|man|vrouw|kleinkinderen|familie)] niet meer',
      'herkende (haar|zijn|mij|me|ons|niemand|hem|u|je) [(eigen)] [(kinderen|dochter|zoon|man|vrouw|kleinkinderen|familie)] niet meer',
      '(weet|wist) niet meer wie (ik|hij|zij|ze|we|wij|u|jij) (ben|is|zijn|was|waren|bent)',
      '[(niet meer zo|niet zo|niet meer|niet|slecht|slechter|moeilijk|nog)] [goed] ter been',
      '(geheugen|kortetermijngeheugen) (is|wordt|werd|was) [(erg|heel|nogal|wat|steeds|zo)] (kort|slecht|slechter|minder)',
      '(kan|kon|kan nu|kon toen) niet meer (lopen|praten|slikken|zelfstandig eten|alleen wonen|zelfstandig wonen|thuis wonen)',
      '(bedlegerig|rolstoelgebonden|slechthorend|hardhorend)',
      // Aids and care words: they count where the sentence names no condition itself.
      '(rolstoel|rollator|looprek|scootmobiel)',
      '(palliatief|palliatieve zorg|palliatieve fase|palliatief beleid)',
      '(zit|zat) in een rolstoel',
      'aan bed gekluisterd',
      '(gaat|ging|is|was) [(hard|snel|erg|zienderogen|flink)] achteruit [gegaan]',
      '(hard|snel|zienderogen) achteruitgegaan',
      '[(hard|snel|erg|zienderogen|flink|zo)] achteruit (is|was) gegaan',
      '(kwakkelt|kwakkelde|kwakkelende gezondheid|zwakke gezondheid|broze gezondheid)',
      '(doodziek|doodzieke|sukkelen|sukkelt|sukkelde)',
      '(heel|erg|zwaar|ernstig|behoorlijk) ziek',
      'niet lang meer te leven',
      'op sterven na',
      '(slecht nieuws|een slechte uitslag|de diagnose) gekregen',
      'aan de (zuurstof|beademing|dialyse|sonde|morfinepomp)',
      '(kort van adem|ademhalingsproblemen|hartklachten|hartproblemen)',
      '(heeft|had) suiker',
      'in verwachting',
      '(somber|zwaarmoedig|suïcidaal) (is|was|geworden|werd)',
      'in een depressie',
      'een (hersenbloeding|beroerte|hartaanval|herseninfarct|tia) gehad',
      'hulp nodig bij (het wassen|het aankleden|het eten|de toiletgang|wassen en aankleden)',
      // The body in plain words: "last van zijn benen", "pijn in haar rug", "uitleg over haar knie".
      `(last|pijn|klachten|problemen|jeuk|een ontsteking|een infectie) (van|aan|in|met|op) ${POSSESSIVE} ${BODY_PART}`,
      `(uitleg|behandeling|controle|onderzoek|zorgen) [(gekregen|gehad|nodig|gegeven)] (over|aan|van|voor) ${POSSESSIVE} ${BODY_PART}`,
      `(behandelingen|controles|onderzoeken) (aan|van|voor) ${POSSESSIVE} ${BODY_PART}`,
      `${POSSESSIVE} (gebit|kunstgebit|gebitsprothese|tandvlees|wortelkanaal|litteken|littekens|stoma|katheter|wond|wonden|hechtingen|doorligwond|open been)`,
      `${POSSESSIVE} ${BODY_PART} (is|was|raakte) (ontstoken|gezwollen|gebroken|gekneusd)`,
    ],
  },
  {
    kind: 'birth',
    phrases: [
      '(is|werd|zijn|werden) ~ geboren',
      'geboren',
      '(kwam|kwamen|komt) ~ ter wereld',
      'ter wereld gekomen',
      '(zag|zagen) [(vandaag|vannacht|gisteren)] het levenslicht',
      'het levenslicht (gezien|zien)',
      'de geboorte van',
      '(eerste|laatste) baby van (het jaar|2024|2025|2026|2027)',
      '(pasgeboren|pasgeborene|pasgeboren baby|kraambed|kraamvisite|kraamtijd)',
      '(beviel|bevielen) [(vannacht|vandaag|gisteren)] van',
      '(is|zijn|werd) [(vannacht|vandaag|gisteren|vanochtend)] bevallen',
      '(een|haar|hun|hun eerste|een gezonde) (zoon|dochter|zoontje|dochtertje|kindje|baby|tweeling) gekregen',
    ],
    // "geboren en getogen", "geboren in 1931", "geboren op 3 mei 1931": a life story or a birth date.
    notFollowedBy: [
      'en getogen',
      'in 1',
      'in 2',
      'in de jaren',
      'op 1',
      'op 2',
      'op 3',
      'op 4',
      'op 5',
      'op 6',
      'op 7',
      'op 8',
      'op 9',
    ],
  },
  {
    kind: 'death',
    phrases: [
      'overlijden',
      '(ontslapen|ontvallen|gecremeerd|crematie|opgebaard|opbaring|rouwkaart|rouwdienst|afscheidsdienst|dodenwake|gecondoleerd|condoleances|condoleance)',
      'in memoriam',
      'innige deelneming',
      'van ons heengegaan',
      '(is|werd|wordt) begraven',
      '(is|was) [(er)] niet meer (wakker geworden|onder ons)',
      '(vredig|rustig|zacht|zachtjes) (ingeslapen|heengegaan|overleden)',
      'palliatieve (sedatie|unit|afdeling|kamer)',
      'heeft ons [(voorgoed|veel te vroeg|onverwacht|plots|plotseling)] verlaten',
      'het verlies van (uw|je|jouw|haar|zijn|mijn|onze|ons) (moeder|vader|man|vrouw|partner|zoon|dochter|broer|zus|oma|opa|mama|papa|kind|echtgenoot|echtgenote)',
      '(haar|zijn) laatste (reis|rustplaats|uren|levensdagen)',
    ],
  },
  {
    kind: 'event',
    phrases: [
      `(heeft|had|is|was) ${POSSESSIVE} ${BONE} gebroken`,
      `${BONE} gebroken`,
      `(brak|breekt|brak toen) ${POSSESSIVE} ${BONE}`,
      `(gebroken|gekneusde|gekneusd|verstuikte|verzwikte|ontwrichte) ${BONE}`,
      '(polsbreuk|armbreuk|enkelbreuk|ribbreuk|sleutelbeenbreuk|bekkenbreuk|nekbreuk|rugbreuk|schedelbreuk|dijbeenbreuk|wervelbreuk|kaakbreuk|teenbreuk|schouderbreuk)',
      'ten val (gekomen|kwam|komen|komt)',
      '(uitgegleden|gestruikeld|valincident|valincidenten)',
      '(viel|vielen|is gevallen) ~ (van de trap|uit bed|in de badkamer|in de douche|op straat|op de stoep|op de grond)',
      '(gevallen|viel) (van de trap|uit bed|in de badkamer|in de douche|op straat|op de stoep|op de grond|thuis|in huis|op haar kamer|op zijn kamer)',
      '(lag|lagen) [(urenlang|de hele nacht|uren)] op de grond',
      'op de grond (gevonden|aangetroffen|gelegen)',
      '(met de ambulance|per ambulance) [(naar|weggebracht|afgevoerd|opgehaald|vervoerd|meegenomen)]',
      '(de|een) ambulance (kwam|moest komen|gebeld|gebeld worden|bellen)',
      '(112|de huisartsenpost) (gebeld|bellen)',
      'buiten bewustzijn',
    ],
  },
  {
    kind: 'treatment',
    phrases: [
      'onder het mes',
      'onder narcose',
      '(kunstheup|kunstknie|nieuwe heup|nieuwe knie|heupoperatie)',
      'in het gips',
      '(wordt|werd|is|moet|moest) [(volgende week|morgen|vandaag|binnenkort|gisteren)] (geopereerd|behandeld|bestraald|gedotterd)',
      'aan het infuus',
      'een (operatie|ingreep) (gehad|ondergaan|ondergaat)',
      'onder behandeling',
      '(kies|kiezen|tand|tanden|verstandskies|verstandskiezen) (getrokken|trekken|gevuld|vullen|laten trekken|ontstoken|afgebroken)',
      '(wortelkanaalbehandeling|wortelkanaal behandeld|kroon geplaatst|implantaat geplaatst|implantaten geplaatst)',
      `in ${POSSESSIVE} (mond|keel|oor|oren|ogen) (keek|kijken|gekeken|kijkt|keken)`,
    ],
  },
  {
    kind: 'admission',
    phrases: [
      `${BE} [(al|nog|nu|sinds kort|sinds gisteren|sinds vorige week|toen|destijds)] ${HOSPITAL}`,
      `${BE} [(al|nog|toen|bijna|ruim)] # ${STAY} ${HOSPITAL}`,
      `# ${STAY} ${HOSPITAL}`,
      `(heeft|had|hebben) # ${STAY} ${HOSPITAL} (gelegen|gezeten|doorgebracht)`,
      `${HOSPITAL} (beland|belandde|terechtgekomen|terecht gekomen|opgenomen|gebracht|liggen|gelegen)`,
      '(naar het ziekenhuis|naar de spoed|naar de eerste hulp|naar de seh|naar het hospitaal|naar de ic) (gebracht|vervoerd|afgevoerd|gemoeten|moeten|gereden)',
      '(moest|moet|ging|gaat|werd gebracht|is gebracht|werd vervoerd) [(met spoed|snel|meteen|direct|toen)] (naar het ziekenhuis|naar de spoed|naar de eerste hulp|naar de seh|naar het hospitaal|naar de ic)',
      'met spoed (opgenomen|naar)',
      '(uit het ziekenhuis ontslagen|weer thuis uit het ziekenhuis|terug uit het ziekenhuis|ontslagen uit het hospitaal)',
      '(ziekenhuisbed|ziekenhuisverblijf)',
      '(u|je|jou|hem|haar) [niet] op te nemen',
    ],
  },
]);
