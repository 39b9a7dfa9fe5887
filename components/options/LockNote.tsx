import type { Lang } from '../../lib/i18n';
import { isLocked } from '../../lib/settings/merge';
import { idOf } from './setting-label';
import { t } from './texts';

type Props = { path: string; locks: Record<string, string>; lang: Lang };

/** "Locked by <organisation>" next to a setting, referenced by the input's aria-describedby. */
export function LockNote({ path, locks, lang }: Props) {
  if (!isLocked(locks, path)) return null;
  const by = locks[path] ?? Object.values(locks)[0];
  return (
    <span class="lock" id={`${idOf(path)}-lock`}>
      <svg aria-hidden="true" width="12" height="14" viewBox="0 0 12 14" class="lock-icon">
        <path d="M3 6V4a3 3 0 0 1 6 0v2h1v8H2V6zm1.5 0h3V4a1.5 1.5 0 0 0-3 0z" fill="currentColor" />
      </svg>{' '}
      {t('lockedBy', lang, { by })}
    </span>
  );
}

/** The ids an input's aria-describedby should name: its help text and, when locked, the lock note. */
export function describedBy(path: string, locks: Record<string, string>): string {
  return [`${idOf(path)}-help`, ...(isLocked(locks, path) ? [`${idOf(path)}-lock`] : [])].join(' ');
}
