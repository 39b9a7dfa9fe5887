import { z } from 'zod';

/** AVG art. 9 categories besides health. */
export const SpecialKind = z.enum(['religion', 'origin', 'sexuality']);
export type SpecialKind = z.infer<typeof SpecialKind>;

const Entry = z.object({ words: z.array(z.string().min(2)).min(1), kind: SpecialKind });
export type SpecialEntry = z.infer<typeof Entry>;

/** Compiled by us; words about a person, not about institutions (moskee, kerk are left out). */
const TABLE: Record<SpecialKind, string> = {
  religion: `moslim|moslima|islamitisch|islamitische|joods|joodse|jood|christelijk|christelijke|christen|katholiek
|katholieke|protestant|protestants|protestantse|hindoe|hindoestaans|boeddhist|boeddhistisch|gelovig|gelovige|atheïst
|ramadan|chanoeka|sabbat|suikerfeest|offerfeest|hoofddoek|keppel|jehova|getuige van jehova
|moslims|christenen|joden|hindoes|sikh|sikhs|alevitisch|alevitische|soennitisch|soennitische|sjiitisch|sjiitische|orthodox
|orthodoxe|gereformeerd|gereformeerde|hervormd|hervormde|evangelisch|evangelische|baptist|pinkstergemeente|halal|koosjer
|gebedskleed|rozenkrans|ziekenzalving|bekeerd|bekeerling|ongelovig|kerkganger|kerkelijk|kerkelijke|naar de moskee
|naar de kerk|naar de synagoge|naar de tempel|naar de mis|de mis bijwonen|vrijdaggebed|suikerfeestje|iftar`,
  origin: `marokkaans|marokkaanse|turks|turkse|surinaams|surinaamse|antilliaans|antilliaanse|syrisch|syrische|afghaans
|afghaanse|eritrees|eritrese|somalisch|somalische|pools|poolse|roemeens|roemeense|bulgaars|bulgaarse|oekraïens|oekraïense
|vluchteling|asielzoeker|statushouder|allochtoon|allochtone|migratieachtergrond|roma|woonwagenbewoner|afrikaans|afrikaanse
|congolees|congolese|ghanees|ghanese|nigeriaans|nigeriaanse|indonesisch|indonesische|molukse|kaapverdiaans|kaapverdiaanse
|marokkaan|marokkanen|surinamer|surinamers|antilliaan|antillianen|syriër|syriërs|eritreeër|eritreeërs|somaliër|somaliërs
|afghaan|afghanen|koerd|koerden|koerdisch|koerdische|iraans|iraanse|irakees|irakese|pakistaans|pakistaanse|hindostaans
|hindostaanse|creools|creoolse|molukker|molukkers|armeens|armeense|sinti|jezidi|jezidisch|jezidische|ethiopisch|ethiopische
|vluchtelingen|asielzoekers|statushouders|gevlucht|ongedocumenteerd|zonder verblijfsvergunning`,
  sexuality: `homo|homoseksueel|homoseksuele|lesbisch|lesbische|lesbienne|biseksueel|biseksuele|transgender|trans vrouw
|trans man|transman|transvrouw|non-binair|queer|interseksueel|homostel
|homoseksualiteit|lhbti|lhbtiq|uit de kast|coming-out|in transitie|geslachtsverandering`,
};

export const SPECIAL_TERMS: readonly SpecialEntry[] = SpecialKind.options.flatMap((kind) =>
  TABLE[kind]
    .split('|')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => Entry.parse({ words: t.split(/\s+/), kind })),
);
