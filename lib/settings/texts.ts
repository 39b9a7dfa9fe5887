import { defineCatalogue, type Text } from '../i18n';

/**
 * Label and one-line explanation of every setting: shown in the options page, in the managed
 * schema (chrome://policy) and in docs/admin/policy-reference.md. Keys are paths in the settings
 * (`*` is any rule) with `.label` or `.help`; the catalogue test checks each names a setting.
 */
export const settingTexts = defineCatalogue('settings', {
  'platforms.label': { nl: 'Platforms', en: 'Platforms' },
  'platforms.help': { nl: 'Op welke sites Zorgvuldig meekijkt.', en: 'Which sites Zorgvuldig checks on.' },
  'platforms.facebook.label': { nl: 'Facebook', en: 'Facebook' },
  'platforms.facebook.help': {
    nl: 'Berichten en reacties op Facebook controleren.',
    en: 'Check posts and comments on Facebook.',
  },
  'platforms.instagram.label': { nl: 'Instagram', en: 'Instagram' },
  'platforms.instagram.help': {
    nl: 'Bijschriften en reacties op Instagram controleren.',
    en: 'Check captions and comments on Instagram.',
  },
  'platforms.linkedin.label': { nl: 'LinkedIn', en: 'LinkedIn' },
  'platforms.linkedin.help': {
    nl: 'Berichten en reacties op LinkedIn controleren.',
    en: 'Check posts and comments on LinkedIn.',
  },
  'platforms.tiktok.label': { nl: 'TikTok', en: 'TikTok' },
  'platforms.tiktok.help': {
    nl: 'Bijschriften en reacties op TikTok controleren.',
    en: 'Check captions and comments on TikTok.',
  },
  'rules.label': { nl: 'Controles', en: 'Checks' },
  'rules.help': {
    nl: 'Per controle: aan of uit, en hoe zwaar een melding weegt (stop, kijk na, tip).',
    en: 'Per check: on or off, and how heavy a finding weighs (stop, check, tip).',
  },
  'rules.*.enabled.label': { nl: 'Aan', en: 'On' },
  'rules.*.enabled.help': { nl: 'Of deze controle meedoet.', en: 'Whether this check runs.' },
  'rules.*.severity.label': { nl: 'Gewicht', en: 'Severity' },
  'rules.*.severity.help': {
    nl: 'stop: zo niet plaatsen; check: kijk het na; tip: kan beter.',
    en: 'stop: do not post as is; check: look at it; tip: could be better.',
  },
  'lang.label': { nl: 'Taal', en: 'Language' },
  'lang.help': {
    nl: 'Taal van meldingen en schermen; "auto" volgt de taal van je browser.',
    en: 'Language of findings and screens; "auto" follows your browser.',
  },
  'words.label': { nl: 'Eigen woordenlijst', en: 'Personal word list' },
  'words.help': {
    nl: 'Woorden die de spellingcontrole goed moet rekenen, zoals namen van afdelingen.',
    en: 'Words the spell check should accept, such as names of departments.',
  },
  'underlines.label': { nl: 'Onderstrepen in je tekst', en: 'Underlines in your text' },
  'underlines.help': {
    nl: 'Per soort melding: onderstrepen in het tekstvak zelf. De zijbalk toont altijd alles.',
    en: 'Per kind of finding: underline it in the text box itself. The sidebar always lists everything.',
  },
  'underlines.privacy.label': { nl: 'Privacy', en: 'Privacy' },
  'underlines.privacy.help': {
    nl: 'Meldingen over privacy onderstrepen.',
    en: 'Underline privacy findings.',
  },
  'underlines.avg.label': { nl: 'AVG', en: 'GDPR' },
  'underlines.avg.help': { nl: 'Meldingen over de AVG onderstrepen.', en: 'Underline GDPR findings.' },
  'underlines.spelling.label': { nl: 'Spelling', en: 'Spelling' },
  'underlines.spelling.help': {
    nl: 'Meldingen over spelling onderstrepen.',
    en: 'Underline spelling findings.',
  },
  'underlines.link.label': { nl: 'Links', en: 'Link' },
  'underlines.link.help': { nl: 'Meldingen over links onderstrepen.', en: 'Underline link findings.' },
  'underlines.media.label': { nl: "Foto's en video's", en: 'Photo and video' },
  'underlines.media.help': {
    nl: "Meldingen over foto's en video's onderstrepen.",
    en: 'Underline photo and video findings.',
  },
  'underlines.tone.label': { nl: 'Toon', en: 'Tone' },
  'underlines.tone.help': { nl: 'Meldingen over toon onderstrepen.', en: 'Underline tone findings.' },
  'linkCheck.label': { nl: 'Links online nakijken', en: 'Check links online' },
  'linkCheck.help': {
    nl: 'Kijkt of een link werkt. Stuurt alleen het adres van de link, nooit je tekst. Standaard uit.',
    en: 'Checks whether a link works. Sends only the link address, never your text. Off by default.',
  },
  'showWelcome.label': { nl: 'Welkomstpagina tonen', en: 'Show the welcome page' },
  'showWelcome.help': {
    nl: 'Na het installeren een korte uitleg tonen. Na een installatie door de organisatie opent die op een tabblad op de achtergrond.',
    en: 'Show a short introduction after installing. After an install by the organisation it opens in a background tab.',
  },
  'org.name.label': { nl: 'Naam van de organisatie', en: 'Organisation name' },
  'org.name.help': {
    nl: 'Staat bij vastgezette instellingen, zodat je weet wie ze koos.',
    en: 'Shown next to locked settings, so users know who chose them.',
  },
  'org.domains.label': { nl: 'Eigen domeinen', en: 'Own domains' },
  'org.domains.help': {
    nl: 'Openbare websites van de organisatie (ziekenhuis.nl): links en adressen daarheen zijn in orde.',
    en: "The organisation's public sites (hospital.nl): links and addresses there are fine.",
  },
  'org.internalDomains.label': { nl: 'Interne domeinen', en: 'Internal domains' },
  'org.internalDomains.help': {
    nl: 'Intranet en interne systemen: een link daarheen hoort niet in een openbaar bericht.',
    en: 'Intranet and internal systems: a link there does not belong in a public post.',
  },
  'org.words.label': { nl: 'Woordenlijst van de organisatie', en: "The organisation's word list" },
  'org.words.help': {
    nl: 'Woorden die voor iedereen goed zijn: namen van locaties, afdelingen, vaktermen.',
    en: 'Words accepted for everyone: names of sites, departments, jargon.',
  },
  'org.phrases.label': { nl: 'Woorden om te melden', en: 'Phrases to flag' },
  'org.phrases.help': {
    nl: 'Interne projectnamen of woorden die de organisatie niet openbaar gebruikt, met een eigen melding.',
    en: 'Internal project names or words the organisation never uses in public, with their own message.',
  },
  'org.phrases.phrase.label': { nl: 'Woord of zinsdeel', en: 'Word or phrase' },
  'org.phrases.phrase.help': {
    nl: 'Wat gemeld wordt (hoofdletters tellen niet).',
    en: 'What is flagged (case does not matter).',
  },
  'org.phrases.message.label': { nl: 'Melding', en: 'Message' },
  'org.phrases.message.help': {
    nl: 'Wat de gebruiker ziet, in één zin.',
    en: 'What the user sees, in one sentence.',
  },
  'org.phrases.severity.label': { nl: 'Gewicht', en: 'Severity' },
  'org.phrases.severity.help': {
    nl: 'stop, check of tip; standaard check.',
    en: 'stop, check or tip; check by default.',
  },
  'org.checklist.label': { nl: 'Checklist voor nakijken', en: 'Review checklist' },
  'org.checklist.help': {
    nl: 'Punten die communicatiemedewerkers afvinken bij het nakijken van een bericht.',
    en: 'Points comms staff tick off when reviewing a post.',
  },
  'org.canAddWords.label': { nl: 'Gebruikers mogen woorden toevoegen', en: 'Users may add words' },
  'org.canAddWords.help': {
    nl: 'Of gebruikers zelf woorden aan hun eigen woordenlijst mogen toevoegen.',
    en: 'Whether users may add words to their own word list.',
  },
  'org.hosts.label': { nl: 'Sites van de organisatie', en: "The organisation's sites" },
  'org.hosts.help': {
    nl: 'Extra sites waar Zorgvuldig vanzelf meekijkt, zoals de planningstool of de intranet-editor (bijv. planner.zorggroep.nl of *.zorggroep.nl). De gebruiker geeft per site één keer toestemming op de instellingenpagina.',
    en: 'Extra sites where Zorgvuldig checks by itself, such as the scheduling tool or the intranet editor (e.g. planner.zorggroep.nl or *.zorggroep.nl). The user allows each site once on the settings page.',
  },
});

type SettingKey = keyof typeof settingTexts.entries;
const isKey = (key: string): key is SettingKey => key in settingTexts.entries;

/** The label and help for a path, with rule ids replaced by `*`; both languages, for the schema and docs. */
export function textFor(path: string): { label: Text; help: Text } | undefined {
  const key = isKey(`${path}.label`) ? path : path.replace(/^rules\.[^.]+\./, 'rules.*.');
  const label = `${key}.label`;
  const help = `${key}.help`;
  return isKey(label) && isKey(help)
    ? { label: settingTexts.text(label), help: settingTexts.text(help) }
    : undefined;
}
