import type { Lang } from '../../lib/i18n';
import { isLocked } from '../../lib/settings/merge';
import { describedBy, LockNote } from './LockNote';
import { idOf, labelOf } from './setting-label';
import { t } from './texts';

type Props = {
  path: string;
  checked: boolean;
  locks: Record<string, string>;
  lang: Lang;
  /** Set when the organisation chose this value and the user did not override it. */
  orgDefault?: boolean;
  onChange(checked: boolean): void;
};

/** One yes/no setting: checkbox, label, short explanation, lock or organisation-default note. */
export function Toggle({ path, checked, locks, lang, orgDefault, onChange }: Props) {
  const { label, help } = labelOf(path, lang);
  const id = idOf(path);
  return (
    <div class="setting">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={isLocked(locks, path)}
        aria-describedby={describedBy(path, locks)}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      <LockNote path={path} locks={locks} lang={lang} />
      {orgDefault && !isLocked(locks, path) && <span class="org-default">{t('orgDefault', lang)}</span>}
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}
