import { z } from 'zod';
import { FAKER_FIRST_NAMES, FAKER_SURNAMES } from './faker-nl';

const Words = z.array(z.string().min(1).max(40));
const lower = (list: readonly string[]) => new Set(Words.parse(list).map((w) => w.toLowerCase()));

/**
 * First names of older Dutch and Flemish people and of Dutch families with roots elsewhere,
 * compiled by us: faker's lists are mostly names given to children today.
 */
const OWN_FIRST_NAMES =
  `Aafje Aagje Adrie Adriaan Agnes Albert Alie Annie Ans Antoon Arie Aart Bep Betsy Bennie Bernard
Bert Bets Bram Cees Christiaan Clementine Cor Corrie Dien Dirk Door Dora Els Elly Ernst Evert Fien Frans Frits Gerard
Gerda Gerrit Gert Godelieve Greet Greetje Gijs Hanneke Hendrik Henk Herman Hein Henny Hetty Hilde Ina Jaap Jacoba
Jacques Jan Jans Jeanne Jet Jo Joke Jopie Jos Jozef Jules Kees Klaas Koos Leen Leo Lies Liesbeth Lodewijk Louis Lucien
Luc Marcel Maria Marie Mariette Marijke Mien Miep Nel Nelly Nico Ria Rie Riet Rina Rita Rosalie Roger Sjaak Sjef Stien
Thea Theo Tineke Toon Trees Truus Tiny Wim Wil Willy Wout Yvonne Zus Gust Gilberte Marcella Rachida Mohamed Mohammed
Ahmed Fatima Khadija Naima Youssef Mustafa Hatice Ayşe Fatma Mehmet Hüseyin Emine Ali Omar Aziz Karim Said Samira Latifa
Priya Ravi Shanti Sunita Rajesh Kwame Anjali Tatjana Olga Piotr Katarzyna Agnieszka Marek Ewa Lien Sien Jef Staf Miel
Bertha Hendrika Johanna Geertruida Wilhelmina Cornelis Johannes Pieter Willem Petrus Theodorus
Mieke Marieke Annemie Annemieke Marleen Mariska Sandra Johan Anouk Greet Marc Patrick Linda Ingrid Monique Hilda
Jeannette Josée Ludo Lut Mia Roza Simonne Suzanne Germaine Paula Irène Yvette Liliane Julienne Alfons Gaston
Maurice Remi Rémy Albertine Bertje Fons Jeanine Nicole Mariëtte Huub Harrie Henkie Tinus Hennie
Anneke Annelies Annet Anja Anke Astrid Bea Berdien Bernadette Carla Carolien Coby Corry Dineke Dinie Diny Elisabeth
Elsje Emmy Ellie Erna Femmy Francien Frieda Geesje Geertje Gerdien Gerry Grietje Harmke Hillie Ineke Jannie Janny
Jantje Jolanda José Klazina Lenie Lida Liesje Lijda Lucie Lydia Magda Marga Margreet Marianne Marian Marja Marjan
Marjolein Mientje Mies Nelleke Netty Nienke Paulien Pietje Reina Riek Rietje Rika Roelie Sjaan Sientje Sjoukje
Stientje Suze Toos Trijntje Trudy Wies Wilma Wietske Willemien Aad Adri Albertus Anton Arend Barend Bertus Dick Driek
Durk Gerben Gijsbert Harm Hans Harry Jacob Jelle Joop Jurjen Kobus Koen Lambert Marinus Martinus Nol Piet Rinus
Roelof Siem Sjoerd Teun Tjeerd Wiebe Wijnand Wybe Alice Cyriel Edmond Emiel Gabriël Georgette Ghislain Gilbert
Godfried Gustaaf Hubert Irma Jozefien Julien Lea Leon Leonie Lucienne Margriet Maurits Omer Oscar Raf Urbain Walter
Zulma Marloes Minne Bertha Jeannine Mariette Rosette Denise Christiane Monique Francine Martine Nadine Chantal Ilse Greta Gerarda`.split(
    /\s+/,
  );

/**
 * First names of Dutch and Flemish adults born between about 1940 and 1995, the residents' children
 * and the parents in birth posts, that faker's lists of names given today lack; compiled by us.
 * Those that are also words ("Frank", "Rob", "Ellen") stand in AMBIGUOUS below.
 */
const ADULT_FIRST_NAMES =
  `Jeroen Erik Marco Dennis Ruud Paul Richard Michel Edwin Remco Arjan Ronald Rene René Ed Fred Roel Stephan
Rutger Erwin Wilco Danny Jeffrey Roy Rudy Rudi Philippe Koenraad Mathieu Johny Johnny Guy Björn Kristof
Christophe Kurt Werner Gunther Didier Ward Wilfried Eric Erik-Jan Arno Arnold Bart-Jan Boudewijn Carel Karel
Clemens Diederik Egbert Elbert Ewout Ferdinand Gerjan Gerhard Harold Herbert Huib Jorg Jurgen Jürgen
Kees-Jan Klaas-Jan Marnix Martijn Michiel Mischa Quirijn Ramon Raymond Reinier Reinout Remko Renze Roeland
Rogier Roland Ronny Rudolf Sijbrand Sybren Tonny Walther Willem-Jan Wybren Yorick Youri Yuri Benny Lode
Brecht Pieter-Jan Jan-Willem Gert-Jan Dirk-Jan Petra Karin Annemarie Mirjam Miriam Saskia Patricia Natasha
Natascha Marije Sietske Baukje Hiltje Tjitske Jitske Froukje Aukje Hylke Sytse Tjalling Bouke Auke Jouke
Bianca Annemiek Katrien Kathleen Ann Inge Sabine Nathalie Lisette Heleen Hester Judith Renate Janneke Lianne
Lonneke Rianne Wendy Willemijn Caroline Claudia Jenny Jeanette Margo Mariëlle Marielle Nancy Sonja Tanja
Tamara Brigitte Carola Cora Dorien Gea Gonny Harriet Irene Jacqueline Joyce Mirella Resi Rini Sylvia Silvia
Alida Aleida Angela Angelique Angélique Annette Antoinette Arina Bettie Betty Brenda Carin Carina Cathy
Christa Christel Christine Cindy Connie Conny Cynthia Dagmar Debora Deborah Dianne Dieuwke Dini Dorothea
Edith Ellis Elsbeth Erika Francisca Frederique Gabriëlle Gabrielle Gonnie Hannie Helga Henriëtte Henriette
Ilona Ingeborg Janine Jantine Jeannet Jellie Jenneke Jetske Jetty Joanne Josine Katja Kirsten Kristel Lucia
Madelon Margaretha Marike Marion Marjolijn Marlies Martha Melanie Miranda Monica Natalie Patty Priscilla
Rebecca Simone Stephanie Susan Suzan Teuntje Tilly Ursula Veronique Yolanda Goedele Katleen Kristien Liesbet
Machteld Nele Pascale Tine Vicky Annick Hassan Hussein Murat Rachid Abdel Abdelkader Abdellah Abdul Driss
Hamid Khalid Mimoun Mourad Nordin Redouan Samir Tarik Aicha Aïcha Malika Hafida Zohra Zineb Hayat Leila Ayse
Sevgi Özlem Hülya Radj Soraya Sharmila Roshni Kishan Wesley Marlon Clyde Ricardo Orlando Winston Iwan Ruth
Rosita Juanita`.split(/\s+/);

/** Names that are also ordinary Dutch words or months: only taken as a name after a title. */
const AMBIGUOUS =
  `ben lot job storm lieve maan mei juni april amber linde iris jasmijn roos fleur hoop lente zee sterre
max mark bo sam noor puck jade joy mees wolf vos zus dean dex mo luca lana liv nova june may faye rosa hanna hannah lou
jip jet tim tom bram bas pim rik luc gijs guus wil door dora kim els hilde ina nel lies mien trees toon wout jo ali said
ties dirk frans koos leen klaas stien marie bert will mila evi isa fien nina lisa sara eva anna emma julia sophie lucas
finn daan sem levi noah liam adam thomas ruben jesse milan
ton rob frank ad eddy geert lieven kris dolf rien robbert pol anita ellen griet marina karen ester erica gemma
helen janet klaasje tinne gerold gloria`.split(/\s+/);

export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = lower(AMBIGUOUS);

/** Every first name we know, lower-cased, for a fast lookup. */
export const FIRST_NAMES: ReadonlySet<string> = lower([
  ...FAKER_FIRST_NAMES,
  ...OWN_FIRST_NAMES,
  ...ADULT_FIRST_NAMES,
  ...AMBIGUOUS,
]);

/** Frequent Dutch and Flemish surnames (the core word, without van/de), compiled by us. */
const OWN_SURNAMES =
  `Jong Vries Berg Dijk Bakker Janssen Visser Smit Meijer Boer Mulder Groot Bos Vos Peters Hendriks Leeuwen
Dekker Brouwer Wit Dijkstra Smits Graaf Meer Linden Kok Jacobs Haan Vermeulen Heuvel Veen Broek Bruijn Bruin Schouten Beek
Willems Vliet Ven Hoekstra Maas Verhoeven Koster Prins Blom Huisman Peeters Janssens Maes Mertens Claes Goossens Wouters
Smet Dubois Lambert Dupont Martin Hermans Michiels Desmet Vandenberghe Claeys Wuyts Cools Aerts Pauwels Leclercq Jansens
Vandamme Verbeek Pieters Bosman Kuipers Koning Hoek Wolters Dam Postma Pinas Ramdin Yılmaz Özdemir Kaya Demir Şahin
Idrissi Amrani Bouzid Ouali Kuiper Jansen Hoogendoorn Vink Sanders Koç Çelik Visser Dijkman Koopman Graaff Ruiter`.split(
    /\s+/,
  );

export const SURNAMES: ReadonlySet<string> = lower([
  ...FAKER_SURNAMES.map((n) => n.split(' ').pop() ?? n),
  ...OWN_SURNAMES,
]);

/** Dutch and Flemish name particles (tussenvoegsels), lower-cased. */
export const PARTICLES: ReadonlySet<string> = lower(
  `van de der den ter ten te het 't t v d vd in op la le du el al da di del della von vande vander vanden d' l'`.split(
    /\s+/,
  ),
);
