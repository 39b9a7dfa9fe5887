/** The closed word classes spelling/verb-form reads a clause by; the verbs themselves come from the dictionary. */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Pronouns that can only be a subject: the verb agrees with them wherever they stand. */
export const NOMINATIVE = set('ik jij hij zij wij we jullie');

/** Pronouns that, right after a verb, are most likely its subject (Vind jij, Wordt u, Dat zie je). */
export const INVERTED = set('ik jij je hij zij ze u we wij jullie men');

/** Subjects after a fronted verb that take the third person (Wat gebeurd er?, Zo word het gedaan). */
export const THIRD_AFTER = set('er het dat dit men iemand niemand iedereen alles niets niks');

/** Third-person (or u) subjects before a verb; je, ze, het, dat, dit and wat may also open a noun (je antwoord). */
export const SUBJECT_CUES = set(
  'u men iemand niemand iedereen alles niets niks er wie je ze het dat dit wat',
);

/** Forms of zijn, hebben and worden: a participle follows them in the clause (is gebeurd, heeft verbrand). */
export const AUXILIARIES = set(
  'ben bent is zijn was waren heb hebt heeft hebben had hadden word wordt worden werd werden',
);

/** Modal and other verbs a bare verb form may stand before in a clause (wat er beter kan). */
export const FINITE_AFTER = set(
  'kan kun kunt kunnen zal zult zullen wil wilt willen mag moet moeten mogen zou zouden kon konden ' +
    'moest moesten wou wilde mocht ga gaat gaan blijft blijven lijkt schijnt',
);

/** Verbs whose third person takes no t (hij kan, hij zal): the dictionary lists archaic forms too. */
export const NO_THIRD_T = set('kan zal wil mag');

/** Words that open a new clause, where a new subject and verb start (dat het gebeurt). */
export const CLAUSE_OPENERS = set(
  'dat die wat wie waar hoe als of omdat want maar en terwijl wanneer zodat totdat voordat nadat sinds ' +
    'doordat zodra welke waarin waarbij waardoor waarmee waarop waarvan waarover zoals tot zodra mits',
);

/** Words that open a subclause, whose verb comes at its end (omdat hij het moeilijk vindt). */
export const SUBORDINATORS = new Set([...CLAUSE_OPENERS].filter((w) => !['en', 'maar', 'want'].includes(w)));

/** Adverbs that may open a sentence before the verb, so the subject follows it (Morgen word je opgehaald). */
export const ADVERBS = set(
  'daarom dan nu straks soms vaak ook daar hier zo misschien gisteren vandaag morgen altijd nooit ' +
    'hoe waar wanneer waarom hoeveel hoelang toen zometeen binnenkort eindelijk gelukkig echt ooit',
);

/** Words that can follow "je" only when it is a subject or object, never "your" (Vind je het leuk?). */
export const JE_SUBJECT_NEXT = set(
  'het dat dit er de een dan ook niet nog wel al echt toch even eigenlijk zelf zelfs altijd nooit vaak ' +
    'graag soms nu straks morgen vandaag daar hier zo misschien gewoon vanzelf eens mee op in aan uit af ' +
    "zo'n eindelijk " +
    'door over voor naar bij om van met ervan erover erbij eraan ermee daarvan daarover mij me hem ons ' +
    'jullie hun onze mijn zijn zich jezelf snel gerust thuis vast zeker nou',
);

export const OBJECT_PRONOUNS = set('ons mij me jou hem haar hen hun jullie u');
export const PREPOSITIONS = set('bij voor met van aan op in naar door over');

/** Prepositions that open a sentence with a phrase of time or place before the verb (Vanaf maandag rijdt ze). */
export const PREPOSITIONS_OPENING = set(
  'bij voor met van aan op in naar door over vanaf na tijdens sinds om tot binnen buiten tegen tussen onder ' +
    'achter naast zonder rond volgens dankzij ondanks vanuit via',
);

/** Pronouns that make the verb plural before it (we vinden, jullie worden). */
export const PLURAL_SUBJECTS = set('we wij jullie');

/** Adverbs of how often or how that follow a verb, not a noun (Je antwoord echt snel, De arts antwoord meestal ...). */
export const VERB_ADVERBS = set(
  'echt altijd nooit meestal vaak soms meteen direct steeds telkens eigenlijk gewoon weer zelden',
);

/** Days, months, parts of the day and seasons that open a sentence as time, not as its subject (Zaterdag word ik ...). */
export const TIME_WORDS = set(
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vanochtend vanmiddag vanavond vannacht ' +
    'ochtend middag avond nacht vanmorgen zomer winter lente herfst vroeger eerst tegenwoordig thuis samen ' +
    'januari februari maart april mei juni juli augustus september oktober november december',
);

/** Words that open a sentence on their own, before a word that only looks like a verb (Ja hoor, Nee dank). */
export const INTERJECTIONS = set(
  'ja nee hoi hallo hey dag oké oke ok top prima hoera helaas jammer goed super',
);

/** Words right before a clause's last verb that leave it a verb (of hij wel antwoordt). */
export const NEGATION = set('niet wel nog ook al');

/** Subject cues that are also articles or determiners before a noun (het afscheid, je antwoord, dat werk). */
export const ARTICLE_CUES = set('het dat dit je');

/** Words that may stand before a sentence-opening adverb (En nu word ik ...). */
export const LINKS = set('en maar dus want');

/** Comparatives not made from their adjective by -er, which the dictionary also lists as verb stems. */
export const COMPARATIVES = set('beter meer minder liever eerder');

/** Subject cues that can stand before no noun or adjective, so a noun-like stem after them is the verb (ze antwoordt). */
export const PRONOUN_ONLY = set('ze men');

/** Flemish "ge"/"gij": the verb takes a t after them as after jij (ge vindt, gij wordt). */
export const GIJ = set('ge gij');

/** Pronouns that open the subject of a subclause (omdat hij het moeilijk vindt, als het gebeurt). */
export const SUBCLAUSE_SUBJECTS = set('hij zij ze je jij u men het ge gij iemand niemand er');

/** Words that open a time phrase before the verb (Elke dag word er gelachen). */
export const TIME_DETERMINERS = set('elke iedere deze vorige volgende afgelopen komende');

/** Words that open a noun phrase subject at the start of a sentence (De zorg word ...). */
export const DETERMINERS = set(
  'de het een mijn jouw zijn haar onze ons hun uw deze die dit dat elke iedere ieder geen',
);

/** Words after a sentence-opening verb that mark a command without "!" (Wordt lid van ...). */
export const IMPERATIVE_OBJECTS = set('lid vol jezelf ons mee');

/** Function words: never read as the verb itself, whatever verb they also spell (maar, in). */
export const FUNCTION_WORDS = new Set([
  ...NOMINATIVE,
  ...SUBJECT_CUES,
  ...CLAUSE_OPENERS,
  ...ADVERBS,
  ...OBJECT_PRONOUNS,
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...set('niet geen nog wel al toch even eens te om uit af mee zeer heel erg veel weinig'),
  ...set(
    'zonder tegen tussen onder boven achter naast rond vanaf tijdens binnen buiten langs na per via ' +
      'volgens ondanks wegens behalve tot sinds omtrent',
  ),
]);
