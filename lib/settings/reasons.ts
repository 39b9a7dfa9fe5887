import type { z } from 'zod';
import type { Text } from '../checker/rule';

const typeNames: Record<string, Text> = {
  boolean: { nl: 'ja of nee (true/false)', en: 'yes or no (true/false)' },
  string: { nl: 'tekst', en: 'text' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een groep instellingen', en: 'a group of settings' },
  number: { nl: 'een getal', en: 'a number' },
};

/** Why a value was refused, in words an administrator or user can act on. */
export function reasonFor(issue: z.core.$ZodIssue): Text {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? { nl: issue.expected, en: issue.expected };
      return { nl: `verwacht ${expected.nl}`, en: `expected ${expected.en}` };
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return { nl: `kies uit ${options}`, en: `choose one of ${options}` };
    }
    case 'too_big':
      return issue.origin === 'array'
        ? { nl: `meer dan ${issue.maximum} items`, en: `more than ${issue.maximum} items` }
        : { nl: `langer dan ${issue.maximum} tekens`, en: `longer than ${issue.maximum} characters` };
    case 'too_small':
      return { nl: 'leeg', en: 'empty' };
    case 'invalid_format':
      return {
        nl: 'ongeldige vorm (bijvoorbeeld een spatie in een woord)',
        en: 'invalid form (a space in a word, say)',
      };
    case 'custom':
      return issue.message === 'unknown-rule'
        ? {
            nl: 'onbekende regel (misschien van een nieuwere versie)',
            en: 'unknown rule (from a newer version?)',
          }
        : { nl: issue.message, en: issue.message };
    default:
      return { nl: 'ongeldige waarde', en: 'invalid value' };
  }
}

export const unknownKey: Text = { nl: 'onbekende instelling', en: 'unknown setting' };
