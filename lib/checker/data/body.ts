import { z } from 'zod';

const Words = z.array(z.string().regex(/^[\p{L}'’-]+$/u)).min(1);
const words = (text: string) => Words.parse(text.split(/\s+/).filter(Boolean));

/**
 * Parts of the body that break, sprain or hurt, with the forms people write: plural,
 * diminutive and the Flemish forms ("heup, heupen, heupje"). Stems also start compounds
 * (heupbreuk, kniepijn, enkelblessure). Compiled by us.
 */
export const BODY_STEMS =
  words(`heup pols arm been enkel knie rib sleutelbeen schouder bekken nek rug neus teen
vinger elleboog dijbeen scheenbeen wervel kaak voet hand schedel duim heiligbeen stuitje knieschijf achillespees
kuit hamstring lies kruisband meniscus`);

/** Other forms of the stems: plurals, diminutives. Each maps back to nothing: any of them is the body part. */
export const BODY_FORMS =
  words(`heupen heupje polsen polsje armen armpje armpjes benen beentje beentjes enkels
enkeltje knieën knietje knietjes ribben ribje ribbetje schouders nekje rugje neusje tenen teentje teentjes vingers
vingertje vingertjes ellebogen wervels kaken voeten voetje voetjes handen handje handjes duimpje kuiten`);

/**
 * Words that say a body part was hurt, broken or treated: with a body part in the same
 * clause ("brak ze nog haar heup", "haar pols is gebroken", "een barst in zijn enkel").
 */
export const INJURY_WORDS =
  words(`gebroken brak braken breekt breken gebroke gekneusd gekneusde kneuzing verstuikt
verstuikte verzwikt verzwikte ontwricht ontwrichte gescheurd gescheurde geopereerd geblesseerd gespalkt gegipst
gehecht barst gebarsten ingegipst breuk breukje fractuur kapot`);

/** Compounds of a body stem with these are about an injury or treatment: heupbreuk, knieoperatie, rugpijn. */
export const INJURY_SUFFIXES = words(`breuk breukje fractuur operatie prothese letsel blessure pijn klachten
ontsteking wond wonde kneuzing`);

/**
 * Body words that speak of health by themselves when they are someone's ("uw gebit",
 * "haar stoma", "zijn litteken"): teeth, scars, openings and devices in the body.
 */
export const CLINICAL_BODY = words(`gebit kunstgebit kies kiezen kiesje tandvlees wortelkanaal wortelkanalen
wortelkanaalbehandeling litteken littekens stoma katheter sonde maagsonde blaaskatheter baarmoeder prostaat
eierstokken borstprothese gehoorapparaat hoorapparaat steunkousen`);

/**
 * Ordinary body words ("haar knie", "uw mond", "zijn huid") that tell of health only beside a
 * care word in the same sentence ("uitleg over haar knie op het spreekuur", "de tandarts in
 * uw mond").
 */
export const PLAIN_BODY =
  words(`mond tanden tand huid ogen oog oren oor buik maag darmen darm longen long nieren
nier blaas hoofd borst borsten rug knie knieën heup heupen been benen voet voeten enkel enkels schouder nek pols
hand handen arm armen keel hart`);

/** Words of care and complaint that make a body part someone's health ("op het spreekuur", "de tandarts"). */
export const CLINICAL_CONTEXT =
  words(`tandarts tandartsen kaakchirurg mondhygiënist orthodontist huisarts arts
dokter specialist chirurg orthopeed fysiotherapeut fysio kinesitherapeut dermatoloog spreekuur consult behandeling
behandeld behandelen onderzoek onderzocht foto röntgenfoto scan echo pijn klachten operatie geopereerd wond
ontsteking ontstoken infectie gezwollen verband zalf uitslag diagnose controle afspraak praktijk last`);

/** Owners of a body part: "haar heup", "uw gebit", "z'n knie". */
export const BODY_OWNERS = words(`haar zijn z'n z’n d'r uw je jouw hun mijn m'n`);
