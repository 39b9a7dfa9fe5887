import type { Lang } from '../../lib/i18n';
import {
  adminStatusText,
  installTypeText,
  partsReceived,
  refusedValues,
  valuesInForce,
  type InstallInfo,
} from './admin-status';
import type { Announce, Resolved } from './types';
import { t } from './texts';

type Props = {
  resolved: Resolved;
  install: InstallInfo | undefined;
  lang: Lang;
  announce: Announce;
  /** Puts text on the clipboard (the page passes navigator.clipboard.writeText). */
  copy: (text: string) => Promise<void>;
  now?: () => Date;
};

/**
 * Proof for a support desk without chrome://extensions: the installed version and how it was
 * installed, the policy values in force and those refused with why, as text for a ticket.
 */
export function AdminStatus({ resolved, install, lang, announce, copy, now = () => new Date() }: Props) {
  const inForce = valuesInForce(resolved);
  const refused = refusedValues(resolved, lang);
  const text = adminStatusText(resolved, install, now());
  const onCopy = () =>
    void copy(text).then(
      () => announce(t('admin.copied', lang)),
      () => announce(t('admin.copyFailed', lang)),
    );
  return (
    <section aria-labelledby="admin-title" class="admin-status">
      <h2 id="admin-title">{t('admin.heading', lang)}</h2>
      <p class="help">{t('admin.help', lang)}</p>
      <dl>
        <div>
          <dt>{t('admin.version', lang)}</dt>
          <dd data-status="version">{install?.version ?? '?'}</dd>
        </div>
        <div>
          <dt>{t('admin.installed', lang)}</dt>
          <dd data-status="install-type">{install ? installTypeText(install.installType, lang) : '?'}</dd>
        </div>
        <div>
          <dt>{t('admin.policy', lang)}</dt>
          <dd>{t(resolved.policyPresent ? 'admin.present' : 'admin.absent', lang)}</dd>
        </div>
        <div>
          <dt>{t('admin.parts', lang)}</dt>
          <dd data-status="parts">{partsReceived(resolved, lang)}</dd>
        </div>
      </dl>
      <h3>
        {t('admin.inForce', lang)} ({inForce.length})
      </h3>
      <ul aria-label={t('admin.inForce', lang)}>
        {inForce.length === 0 && <li>{t('admin.none', lang)}</li>}
        {inForce.map((row) => (
          <li key={row.path}>
            <code>{row.path}</code> = {row.value}
          </li>
        ))}
      </ul>
      <h3>
        {t('admin.refused', lang)} ({refused.length})
      </h3>
      <ul aria-label={t('admin.refused', lang)}>
        {refused.length === 0 && <li>{t('admin.none', lang)}</li>}
        {refused.map((row) => (
          <li key={`${row.path}:${row.value}`}>
            <code>{row.path}</code>
            {row.value ? ` = ${row.value}` : ''}: {row.reason}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCopy}>
        {t('admin.copy', lang)}
      </button>
      <textarea
        readOnly
        rows={8}
        aria-label={t('admin.asText', lang)}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
    </section>
  );
}
