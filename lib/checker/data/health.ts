import { z } from 'zod';
import { EVERYDAY_HEALTH_TABLE } from './health-everyday';
import { PLAIN_HEALTH_TABLE } from './health-plain';

/** What a health word is about; all of them are health data under AVG art. 9. */
export const HealthKind = z.enum([
  'condition',
  'treatment',
  'medication',
  'admission',
  'death',
  'event',
  'birth',
  // A wheelchair, rollator, hoist or oxygen: someone needs it, so it tells of their health.
  'aid',
  // A body part in a care sentence ("uw gebit", "haar stoma"): found by text/body.ts, not by a term.
  'body',
]);
export type HealthKind = z.infer<typeof HealthKind>;

export const HealthTerm = z.object({
  /** Lower-case words; a phrase has several. */
  words: z.array(z.string().regex(/^[\p{L}\p{N}'-]+$/u)).min(1),
  kind: HealthKind,
  /** Matches any word ending in it (longkanker, heupfractuur); single words only. */
  suffix: z.boolean(),
  /** Only as written (ALS, MS): in lower case these are ordinary words. */
  exactCase: z.string().optional(),
  /** Rare enough to point to one person on its own. */
  rare: z.boolean(),
});
export type HealthTerm = z.infer<typeof HealthTerm>;

/**
 * Dutch and Flemish health vocabulary, compiled by us. Per kind, terms separated by "|":
 * "*x" = any word ending in x, "=X" = only in this exact case, "!x" = rare condition.
 * Specialties and ward names (oncologie, cardiologie) are not here: on their own they say
 * nothing about a person.
 */
const TABLE: Record<HealthKind, string> = {
  condition: `dementie|dementerend|dementerende|alzheimer|ziekte van alzheimer|parkinson|ziekte van parkinson|kanker|*kanker
|tumor|*tumor|hersentumor|leukemie|lymfoom|melanoom|uitzaaiingen|uitgezaaid|uitgezaaide|diabetes|suikerziekte|suikerpatiënt
|hartfalen|hartinfarct|hartaanval|hartstilstand|hartritmestoornis|boezemfibrilleren|beroerte|herseninfarct|hersenbloeding
|cva|tia|epilepsie|epileptisch|epileptische aanval|=MS|multiple sclerose|!=ALS|!amyotrofische laterale sclerose
|!ziekte van huntington|!huntington|!taaislijmziekte|!cystic fibrosis|!progeria|!ziekte van pompe|!duchenne|!spierdystrofie
|!creutzfeldt-jakob|!ehlers-danlos|!sikkelcelziekte|!mucoviscidose|!ziekte van lyme|copd|astma|longontsteking|*ontsteking
|longembolie|trombose|nierfalen|hepatitis|hiv|aids|soa|tuberculose|tbc|depressie|depressief|burn-out|burnout|psychose
|psychotisch|schizofrenie|bipolair|bipolaire stoornis|borderline|autisme|autistisch|adhd|angststoornis|paniekaanvallen
|eetstoornis|anorexia|boulimia|verslaving|verslaafd|alcoholisme|alcoholist|suïcidaal|zelfmoordpoging|suïcidepoging
|zelfbeschadiging|downsyndroom|syndroom van down|*syndroom|verstandelijke beperking|dwarslaesie|hersenletsel|delier
|decubitus|fractuur|*fractuur|botbreuk|heupbreuk|beenbreuk|gebroken arm|gebroken been|gebroken heup|gebroken pols
|miskraam|doodgeboren|zwangerschapsvergiftiging|zwanger|prematuur|te vroeg geboren|obesitas|ondervoed|ondervoeding
|incontinent|incontinentie|slechtziend|doof|blind|pijn op de borst|kortademig|benauwd|hoge koorts|overdosis|coma
|sepsis|bloedvergiftiging|hersenschudding|brandwonden|mrsa|covid|long covid|niet-aangeboren hersenletsel|nah
|hartproblemen|longproblemen|geheugenproblemen|ziek|ernstig ziek|terminaal ziek|ongeneeslijk ziek
|psychiatrisch|psychiatrische|psychiatrische afdeling|gesloten afdeling|huidziekte|huidaandoening|zwangerschap
|*itis|pg-afdeling|psychogeriatrie|verstuikt|verzwikt`,
  treatment: `operatie|*operatie|geopereerd|chemo|chemotherapie|chemokuur|bestraling|bestralingen|bestraald|radiotherapie
|immunotherapie|dialyse|transplantatie|*transplantatie|amputatie|geamputeerd|revalidatie|revalideren|bypass|dotter
|dotterbehandeling|pacemaker|stoma|sonde|beademing|beademd|nieuwe heup|nieuwe knie|heupprothese|knieprothese
|keizersnede|palliatieve sedatie|gesedeerd|sedatie|ontgifting|afkicken|gereanimeerd|reanimatie|gegipst|gehecht
|couveuse|vaccinatie|insulinepomp|kijkoperatie|biopsie|ingreep|wondzorg|wondverzorging|katheter|sondevoeding
|infuus|zuurstof|narcose|*scan|röntgenfoto|röntgenfoto's|röntgen|bloedonderzoek|bloedtest|fysiotherapie|kinesitherapie|logopedie|bij de cardioloog
|bij de oncoloog|bij de neuroloog|bij de psychiater|bij de psycholoog|bij de longarts|bij de dermatoloog|bij de uroloog
|bij de gynaecoloog|bij de internist|bij de geriater|naar de cardioloog|naar de oncoloog|naar de neuroloog
|naar de psychiater|naar de longarts|naar de dermatoloog`,
  medication: `morfine|methadon|antidepressiva|antidepressivum|antipsychotica|lithium|oxycodon|fentanyl|insuline
|antibiotica|antibioticakuur|bloedverdunners|bloedverdunner|medicatie|medicijnen|slaappillen|prednison|paracetamol
|ibuprofen|diazepam|oxazepam|haloperidol|ritalin|methotrexaat|medicatieschema|medicatielijst|medicatieoverzicht
|pijnstillers|pijnstilling|injectie|insuline-injectie`,
  admission: `opgenomen|opname|ziekenhuisopname|heropname|ontslag|ontslagen uit het ziekenhuis|overgeplaatst|binnengebracht
|binnengekregen|spoedopname|ic-opname|dagopname|naar huis mogen|mocht naar huis|mag naar huis|ontslagbrief`,
  death: `overleden|overleed|gestorven|stierf|sterven|ingeslapen|inslapen|afscheid genomen|laatste adem|laatste dagen
|laatste levensfase|heengegaan|rust zacht|euthanasie|begrafenis|uitvaart|stervensfase|stervende|terminaal|levenseinde|uitgeleide`,
  event: `gevallen|val|valpartij|ongeluk|*ongeluk|ongeval|*ongeval|aanrijding|verdronken|gebeten|flauwgevallen
|onwel geworden|onwel`,
  body: '',
  aid: '',
  birth: `bevallen|bevalling|baby geboren|kindje geboren|tweeling geboren|zoontje geboren|dochtertje geboren|nieuwjaarsbaby|ziekenhuisbaby|kerstbaby|apgarscore`,
};

function parseTable(table: Partial<Record<HealthKind, string>>): HealthTerm[] {
  const out: HealthTerm[] = [];
  for (const kind of HealthKind.options) {
    for (let raw of (table[kind] ?? '').split('|')) {
      raw = raw.trim();
      if (!raw) continue;
      const rare = raw.startsWith('!');
      if (rare) raw = raw.slice(1);
      const exact = raw.startsWith('=');
      if (exact) raw = raw.slice(1);
      const suffix = raw.startsWith('*');
      if (suffix) raw = raw.slice(1);
      out.push(
        HealthTerm.parse({
          words: raw.toLowerCase().split(/\s+/),
          kind,
          suffix,
          ...(exact ? { exactCase: raw } : {}),
          rare,
        }),
      );
    }
  }
  return out;
}

export const HEALTH_TERMS: readonly HealthTerm[] = [
  ...parseTable(TABLE),
  ...parseTable(PLAIN_HEALTH_TABLE),
  ...parseTable(EVERYDAY_HEALTH_TABLE),
];
