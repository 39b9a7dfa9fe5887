export { defineCatalogue, fill, PLACEHOLDER, type Catalogue, type KeyOf, type Params } from './catalogue';
export { inEachLang, isLang, LANGS, untranslated, type Lang, type Text } from './lang';
