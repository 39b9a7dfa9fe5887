import { z } from 'zod';
import { defineCatalogue } from '../i18n';
import { Policy } from './schema';
import { textFor } from './texts';

export type JsonSchema = {
  type: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema;
};

/**
 * Only structure and types go to Chrome. Value rules (enums, patterns, lengths) stay in zod on
 * purpose: Chrome drops a value that breaks the schema without telling anyone, while a value
 * that reaches the extension is validated by the same zod schema and shown as a notice.
 */
function chromeSubset(node: Record<string, unknown>, path: string, describe = true): JsonSchema {
  const out: JsonSchema = { type: String(node.type) };
  const text = path && describe ? textFor(path) : undefined;
  if (text) {
    out.title = text.label.en;
    out.description = `${text.help.nl} / ${text.help.en}`;
  }
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (node.properties) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, Record<string, unknown>>).map(([key, child]) => [
        key,
        chromeSubset(child, join(key)),
      ]),
    );
  }
  if (node.items) out.items = chromeSubset(node.items as Record<string, unknown>, path, false);
  if (typeof node.additionalProperties === 'object' && node.additionalProperties !== null) {
    out.additionalProperties = chromeSubset(node.additionalProperties as Record<string, unknown>, join('*'));
  }
  return out;
}

/** Policy section -> the settings path its texts are under ('organisation.name' -> 'org.name'). */
const sectionPaths: Record<string, string> = { organisation: 'org', defaults: '', locked: '' };

/**
 * The policy sections' words. chrome://policy shows one description to every reader, whatever
 * their language, so it holds the Dutch and the English sentence side by side.
 */
export const sectionTexts = defineCatalogue('policy sections', {
  'section.organisation.title': { nl: 'Organisatie', en: 'Organisation' },
  'section.organisation.help': {
    nl: 'Gegevens van de organisatie; gebruikers zien ze, maar wijzigen ze niet.',
    en: 'Facts about the organisation; users see them but cannot change them.',
  },
  'section.defaults.title': { nl: 'Standaardwaarden', en: 'Defaults' },
  'section.defaults.help': {
    nl: 'Standaardwaarden; gebruikers mogen ze veranderen.',
    en: 'Defaults users may change.',
  },
  'section.locked.title': { nl: 'Vastgezet', en: 'Locked' },
  'section.locked.help': {
    nl: 'Vastgezette waarden; gebruikers kunnen ze niet veranderen.',
    en: 'Locked values users cannot change.',
  },
});

const sections = ['organisation', 'defaults', 'locked'] as const;

/** Title and description of a policy section, in the form chromeSubset gives every setting. */
function sectionText(name: string): { title: string; description: string } | undefined {
  const section = sections.find((known) => known === name);
  if (!section) return undefined;
  const help = sectionTexts.text(`section.${section}.help`);
  return { title: sectionTexts.t(`section.${section}.title`, 'en'), description: `${help.nl} / ${help.en}` };
}

/** public/managed_schema.json: the policy schema in the subset Chrome accepts (no defaults, no $schema). */
export function managedSchema(): JsonSchema {
  const full = z.toJSONSchema(Policy, { io: 'input', target: 'draft-4', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const sections = full.properties as Record<string, Record<string, unknown>>;
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(sections).map(([name, node]) => [
        name,
        { ...chromeSubset(node, sectionPaths[name]), ...sectionText(name) },
      ]),
    ),
  };
}

export const managedSchemaText = () => `${JSON.stringify(managedSchema(), null, 2)}\n`;
