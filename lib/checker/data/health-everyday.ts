import type { HealthKind } from './health';

/**
 * More health in everyday words, in families, in the syntax of health.ts ("*x" any word ending
 * in x, "!x" rare): symptoms as a carer writes them in a handover or a comment, infections and
 * outbreaks, mental health and addiction, pregnancy, the aids someone needs, and the care
 * settings whose name says what someone is treated for. Plurals, diminutives and inflected
 * adjectives of the single words are found by text/health-forms.ts, so only base forms stand
 * here. Compiled by us. A word counts only where the sentence is about someone.
 */
export const EVERYDAY_HEALTH_TABLE: Partial<Record<HealthKind, string>> = {
  condition: `verward|verwardheid|koorts|koortsig|verhoging|misselijk|misselijkheid|overgeven|overgegeven|braken
|diarree|obstipatie|hoestbui|kortademigheid|benauwdheid|duizelig|duizeligheid|flauwte|hoofdpijn|migraine|buikpijn
|keelpijn|oorpijn|kiespijn|zwelling|bloeding|bloedneus|uitgedroogd|uitdroging|vermagerd|slapeloosheid|nachtmerrie
|neerslachtig|somberheid|overspannen|overspannenheid|paniekaanval|hallucinatie|hallucineert|hallucineerde|waan
|wanen|wegraking|insult|stuip|hartkwaal|hartklachten|hoge bloeddruk|nierstenen|galstenen|corona|coronavirus
|coronabesmetting|besmet|besmetting|positief getest|norovirus|influenza|griepje|verkoudheid|waterpokken|mazelen
|kinkhoest|schurft|allergie|allergisch|reuma|artrose|osteoporose|botontkalking|jicht|spierziekte|doofheid
|slechthorend|blindheid|staar|maculadegeneratie|glaucoom|vergeetachtig|korsakov|verstandelijk gehandicapt
|verstandelijk beperkt|lichamelijke beperking|meervoudig gehandicapt|gehandicapt|rolstoelafhankelijk|stervend
|zwaar ziek|hartpatiënt|kankerpatiënt|longpatiënt|diabeet|psychisch ziek|psychische problemen|psychische klachten
|mentale problemen|trauma|getraumatiseerd|ptss|suïcide|doodswens|alcoholverslaving|drugsverslaving|gokverslaving
|drugsgebruik|alcoholprobleem|zwangere|hoogzwanger|zwangerschapsdiabetes|vroeggeboorte|postnatale depressie
|gebroken vliezen|vruchtwater|doodgeboren kindje|diagnose|rosacea|acne|couperose
|schimmelinfectie|wrat|steenpuist|abces|zweer|wondroos|gordelroos|krentenbaard|hersenschade|zuurstoftekort|verwonding|oogletsel|hoofdwond|snijwond|schaafwond|bloeduitstorting
|hoofdletsel|ondergewicht|overgewicht|doorligwond`,
  aid: `rolstoel|rollator|looprek|loophulp|wandelstok|scootmobiel|tillift|sta-op-stoel|hoog-laagbed|hooglaagbed
|antidecubitusmatras|incontinentiemateriaal|incontinentiebroekje|hoortoestel|beenprothese|armprothese|gebitsprothese
|zuurstofapparaat|zuurstoffles|zuurstofslang|zuurstofbril|insulinepen|bloedsuikermeter|valmat|sensormat|bedhekken
|fixatie|onrustband|zorgbed|postoel|toiletstoel|douchestoel|orthopedische schoenen|mitella|nekkraag|op krukken
|gipsbeen|gipsarm|morfinepomp|voedingssonde|neusbril|tracheacanule|blindegeleidehond|taststok`,
  admission: `revalidatiecentrum|crisisopname|gedwongen opname|zorgmachtiging|rechterlijke machtiging|gesepareerd
|separeercel|isoleercel|afkickkliniek|verslavingskliniek|ggz-kliniek|ggz-instelling|psychiatrisch ziekenhuis
|beschermd wonen|begeleid wonen|respijtzorg|kortdurend verblijf|eerstelijnsverblijf|verpleeghuisopname
|in quarantaine|in isolatie|geïsoleerd verpleegd|ziekenboeg|couveuseafdeling`,
  treatment: `*poli|ergotherapie|psychotherapie|traumatherapie|emdr|gesprekstherapie|groepstherapie|elektroshock
|wondverband|hechting|steunverband|drukverband|spalk|brace|antistolling|uitstrijkje|echoscopie
|prenatale screening|nipt|weeënremmers|ruggenprikje|epiduraal
|bloedtransfusie|transfusie|maagscopie|darmonderzoek|hartfilmpje|longfoto|mri|ct-scan|punctie`,
  medication: `slaapmiddel|kalmeringsmiddel|kalmeringspillen|antibioticum|antibioticakuurtje|bloeddrukverlager
|plaspil|plaspillen|maagbeschermer|morfinepleister|pijnpleister|fentanylpleister|spierverslapper|zetpil|inhalator
|puffer|methylfenidaat|lorazepam|temazepam|quetiapine|risperidon|clozapine|sertraline|citalopram|paroxetine|metformine
|insulinespuit`,
  death: `doodsstrijd|sterfgeval|overlijdensakte|uitvaartverzorger|rouwstoet|laatste groet|afscheidsviering
|dood gevonden|levenloos|levenloze|reanimatie gestaakt|palliatieve sedatie gestart`,
  event: `onwelwording|valincident|bijna-verdrinking|verslikking|verstikking|brandwond
|hersenschudding opgelopen|ambulancerit|traumahelikopter`,
  birth: `bevallingsverhaal|keizersnee|stuitbevalling|thuisbevalling|vliezen gebroken
|navelstreng|zwangerschapsweek|uitgerekende datum|couveusekindje|vroeggeboren`,
};
