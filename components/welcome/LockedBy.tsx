import type { Lang } from '../../lib/i18n';
import { LockIcon } from '../sidebar/icons';
import { t } from './texts';

type Props = { id: string; by: string; lang: Lang };

/** "Locked by <organisation>", named by the locked control's aria-describedby. */
export function LockedBy({ id, by, lang }: Props) {
  return (
    <span class="locked" id={id}>
      <LockIcon /> {t('lockedBy', lang, { org: by })}
    </span>
  );
}

/** Who locked `path` (or the group holding it), if anyone. */
export function lockOwner(locks: Record<string, string>, path: string): string | undefined {
  const key = Object.keys(locks).find((lock) => lock === path || path.startsWith(`${lock}.`));
  return key === undefined ? undefined : locks[key];
}
