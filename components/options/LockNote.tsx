import type { Lang } from '../../lib/checker/rule';
import { isLocked } from '../../lib/settings/merge';
import { idOf } from './i18n';

type Props = { path: string; locks: Record<string, string>; lang: Lang };

/** "Locked by <organisation>" next to a setting, referenced by the input's aria-describedby. */
export function LockNote({ path, locks, lang }: Props) {
  if (!isLocked(locks, path)) return null;
  const by = locks[path] ?? Object.values(locks)[0];
  return (
    <span class="lock" id={`${idOf(path)}-lock`}>
      <span aria-hidden="true">🔒 </span>
      {lang === 'nl' ? `Vastgezet door ${by}` : `Locked by ${by}`}
    </span>
  );
}

/** The ids an input's aria-describedby should name: its help text and, when locked, the lock note. */
export function describedBy(path: string, locks: Record<string, string>): string {
  return [`${idOf(path)}-help`, ...(isLocked(locks, path) ? [`${idOf(path)}-lock`] : [])].join(' ');
}
