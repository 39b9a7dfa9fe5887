import type { Lang } from '../../lib/i18n';
import { textFor } from '../../lib/settings/texts';

/** Label and help of a setting path, in the user's language (the path itself if it has none). */
export function labelOf(path: string, lang: Lang): { label: string; help: string } {
  const text = textFor(path);
  return text ? { label: text.label[lang], help: text.help[lang] } : { label: path, help: '' };
}

/** A DOM id for a setting path: 'rules.privacy/bsn.enabled' -> 'opt-rules-privacy-bsn-enabled'. */
export const idOf = (path: string) => `opt-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
