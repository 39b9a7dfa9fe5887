import type { HealthKind } from './health';

/**
 * Health in everyday words, beside the clinical vocabulary of health.ts and in its syntax
 * ("*x" any word ending in x, "!x" rare): the words care workers, residents and families write
 * for a fall, a funeral, a birth or a visit to the dentist. Compiled by us; a word counts only
 * where the sentence is about someone (a name, a relative, the one answered).
 */
export const PLAIN_HEALTH_TABLE: Partial<Record<HealthKind, string>> = {
  condition: `*dementie|geheugenverlies|seniel|seniele|verlamd|verlamde|verlamming|halfzijdig verlamd|afasie
|doorligplek|doorligplekken|doorligwonde|open wond|huiduitslag|eczeem|psoriasis|griep|buikgriep|bewusteloos
|gehoorverlies|slechtziende|rolstoelgebruiker|mantelzorgbehoevend|zorgbehoevend|bedlegerige`,
  treatment: `*narcose|roesje|ruggenprik|hechtingen|gipsverband|wortelkanaalbehandeling|implantaat|implantaten
|kunstgebit|tandprothese|ivf|ivf-traject|vruchtbaarheidsbehandeling|spoedingreep|nacontrole|chemokuren|bestralingsreeks|onder behandeling|hartkatheterisatie|gastroscopie|coloscopie`,
  admission: `hospitalisatie|gehospitaliseerd|gehospitaliseerde|ziekenhuisopnames`,
  death: `sterfbed|doodsbed|overlijdensbericht|rouwadvertentie|asverstrooiing|stervensbegeleiding|overlijdt|sterft
|doodgegaan|verongelukt|omgekomen|afscheidsplechtigheid|uitvaartdienst|uitvaartcentrum|rouwcentrum|rouwkamer
|overlijdensdatum|sterfdag`,
  event: `onderuitgegaan|omgevallen|ingeslikt|verslikt|verslikte|valpartijtje`,
  birth: `kraambezoek|kraamweek|weeën|ontsluiting|verloskamer`,
};
