import type { z } from 'zod';
import { inEachLang, untranslated, type Lang, type Text } from '../i18n';
import { noticeTexts } from './notice-texts';

const typeKeys = ['boolean', 'string', 'array', 'object', 'number'] as const;

/** A zod type name in words; one we have no words for is shown as it is. */
function typeName(type: string, lang: Lang): string {
  const known = typeKeys.find((name) => name === type);
  return known ? noticeTexts.t(`type.${known}`, lang) : type;
}

/** Why a value was refused, in words an administrator or user can act on. */
export function reasonFor(issue: z.core.$ZodIssue): Text {
  switch (issue.code) {
    case 'invalid_type':
      return inEachLang((lang) =>
        noticeTexts.t('reason.expected', lang, { type: typeName(issue.expected, lang) }),
      );
    case 'invalid_value': {
      const options = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return noticeTexts.text('reason.choose', { options });
    }
    case 'too_big':
      return noticeTexts.text(issue.origin === 'array' ? 'reason.tooManyItems' : 'reason.tooLong', {
        maximum: String(issue.maximum),
      });
    case 'too_small':
      return noticeTexts.text('reason.empty');
    case 'invalid_format':
      // The schema names its own patterns (schema.ts), so the reason can say what form is wanted.
      if (issue.message === 'one-word') return noticeTexts.text('reason.oneWord');
      if (issue.message === 'host-name') return noticeTexts.text('reason.hostName');
      if (issue.message === 'host-pattern') return noticeTexts.text('reason.hostPattern');
      return noticeTexts.text('reason.format');
    case 'custom':
      // Our own refinements say 'unknown-rule'; any other message is the validator's, shown as it is.
      return issue.message === 'unknown-rule'
        ? noticeTexts.text('reason.unknownRule')
        : untranslated(issue.message);
    default:
      return noticeTexts.text('reason.invalid');
  }
}

export const unknownKey: Text = noticeTexts.text('reason.unknownKey');
