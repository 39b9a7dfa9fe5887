import type { Lang } from '../../i18n';
import { platformTexts } from '../texts';
import type { ApplyResult } from './apply-fix';

/** What the sidebar says when a fix did not go in (null: it went in, nothing to say). */
export function applyNotice(result: ApplyResult, lang: Lang): string | null {
  if (result.ok) return null;
  return platformTexts.t(result.reason === 'moved' ? 'apply.moved' : 'apply.failed', lang);
}
