// One way to write user text (lib/i18n): a sentence in Dutch and English is an entry of a
// catalogue made with defineCatalogue(), looked up with t(key, lang, params). This rule fails
// on the other ways that crept in before: an inline `{ nl: ..., en: ... }` pair outside a
// catalogue, and choosing words with `lang === 'nl' ? ... : ...`.

const LANG_CODES = new Set(['nl', 'en']);

const keyName = (property) =>
  property.type === 'Property' && !property.computed
    ? property.key.type === 'Identifier'
      ? property.key.name
      : property.key.type === 'Literal'
        ? String(property.key.value)
        : undefined
    : undefined;

/** `{ nl: ..., en: ... }`: both language keys, whatever else it holds. */
const isPair = (node) => {
  const keys = new Set(node.properties.map(keyName));
  return keys.has('nl') && keys.has('en');
};

/** Inside the entries given to defineCatalogue(area, entries). */
function inCatalogue(node) {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      parent.type === 'CallExpression' &&
      parent.callee.type === 'Identifier' &&
      parent.callee.name === 'defineCatalogue' &&
      parent.arguments[1] === child
    )
      return true;
  }
  return false;
}

/** The name an expression reads (`lang`, `settings.lang`, `options.lang`), if it is one. */
const nameOf = (node) =>
  node.type === 'Identifier'
    ? node.name
    : node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier'
      ? node.property.name
      : undefined;

const isLangCode = (node) => node.type === 'Literal' && LANG_CODES.has(node.value);

export default {
  meta: {
    type: 'problem',
    docs: { description: 'User text is written in a catalogue (lib/i18n) and looked up with t(key, lang).' },
    schema: [],
    messages: {
      pair: "An inline { nl, en } text: put it in the area's catalogue (defineCatalogue) and use t(key, lang).",
      choice:
        "Words chosen with `{{name}} {{operator}} '{{code}}'`: put both in the area's catalogue and use t(key, {{name}}).",
    },
  },
  create(context) {
    return {
      ObjectExpression(node) {
        if (isPair(node) && !inCatalogue(node)) context.report({ node, messageId: 'pair' });
      },
      BinaryExpression(node) {
        if (!['===', '!==', '==', '!='].includes(node.operator)) return;
        const [code, other] = isLangCode(node.right) ? [node.right, node.left] : [node.left, node.right];
        if (!isLangCode(code)) return;
        const name = nameOf(other);
        // Only a language variable: the Dutch word "en" compared as a token is no language choice.
        if (!name || !/lang/i.test(name)) return;
        context.report({
          node,
          messageId: 'choice',
          data: { name, operator: node.operator, code: code.value },
        });
      },
    };
  },
};
