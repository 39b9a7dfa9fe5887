import { z } from 'zod';
import { FAKER_BE_PLACES } from './faker-nl';

/** Dutch towns, cities, provinces and regions, compiled by us (Flemish ones come from faker). */
const NL_PLACES =
  `Amsterdam Rotterdam Scheveningen Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn Haarlem
Arnhem Enschede Amersfoort Zaanstad Haarlemmermeer Zwolle Zoetermeer Leiden Maastricht Dordrecht Ede Alphen Leeuwarden
Alkmaar Emmen Westland Delft Venlo Deventer Sittard Geleen Helmond Oss Amstelveen Hilversum Heerlen Nissewaard Hengelo
Purmerend Schiedam Lelystad Roosendaal Leidschendam Voorburg Gouda Vlaardingen Almelo Spijkenisse Hoorn Velsen Assen
Capelle Bergen Veenendaal Katwijk Zeist Nieuwegein Roermond Doetinchem Hoofddorp Oosterhout Kampen Weert
Middelburg Vlissingen Goes Terneuzen Harderwijk Barneveld Woerden Heerenveen Sneek Drachten Hoogeveen Meppel Coevorden
Winterswijk Zutphen Tiel Culemborg Wageningen Renkum Ede Urk Volendam Edam Zaandam Beverwijk Heemskerk Castricum Texel
Terschelling Ameland Schiermonnikoog Vlieland Harlingen Franeker Dokkum Winschoten Veendam Stadskanaal Hoogezand Delfzijl
Emmeloord Dronten Zeewolde Bussum Naarden Huizen Baarn Soest Bunschoten Houten IJsselstein Vianen Gorinchem Zaltbommel
's-Hertogenbosch Vught Boxtel Veghel Uden Cuijk Boxmeer Venray Horst Sevenum Valkenburg Kerkrade Brunssum Landgraaf Geldrop
Veldhoven Best Waalwijk Dongen Etten-Leur Zevenbergen Hellevoetsluis Brielle Maassluis Rijswijk Wassenaar
Noordwijk Lisse Hillegom Bodegraven Gorkum Oegstgeest Voorschoten Overvecht Nieuw-Vennep IJmuiden Zandvoort Heemstede
Friesland Groningen Drenthe Overijssel Flevoland Gelderland Noord-Holland Zuid-Holland Zeeland Brabant Noord-Brabant
Limburg Twente Achterhoek Veluwe Betuwe Randstad Vlaanderen Wallonië Brussel Antwerpen Gent Brugge Leuven Mechelen
Hasselt Kortrijk Oostende Aalst Genk Sint-Niklaas Roeselare Turnhout Tienen Ieper Lier Geel Mol Vilvoorde Knokke`.split(
    /\s+/,
  );

/** Place names that are also common words or names: only counted after "uit", "in", "te". */
const COMMON_WORD_PLACES = new Set([
  'as',
  'best',
  'mol',
  'horst',
  'lier',
  'bergen',
  'baal',
  'acht',
  'hoek',
  'ede',
]);

const Places = z.array(z.string().min(2));

/** Lower-cased single-word place names (multi-word names are matched by their last word). */
export const PLACES: ReadonlySet<string> = new Set(
  Places.parse([...NL_PLACES, ...FAKER_BE_PLACES])
    .map((p) => p.toLowerCase())
    .filter((p) => !COMMON_WORD_PLACES.has(p)),
);
