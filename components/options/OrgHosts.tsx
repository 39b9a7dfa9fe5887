import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import type { OptionsActions } from './types';
import { t } from './texts';

type Props = { hosts: string[]; lang: Lang; actions: OptionsActions };

/**
 * The organisation's own sites: which ones the browser allows already, and one button that
 * asks for the others. Only the user can grant them; the organisation only names them.
 */
export function OrgHosts({ hosts, lang, actions }: Props) {
  const [allowed, setAllowed] = useState<string[] | null>(null);
  const [notice, setNotice] = useState('');
  const key = hosts.join(' ');
  useEffect(() => {
    void actions.allowedHosts?.(hosts).then(setAllowed);
  }, [key]);
  if (hosts.length === 0) return <>{t('org.none', lang)}</>;
  const missing = allowed ? hosts.filter((h) => !allowed.includes(h)) : [];
  return (
    <>
      <ul class="org-hosts">
        {hosts.map((host) => (
          <li key={host} data-host={host}>
            {host}:{' '}
            {allowed === null
              ? '…'
              : allowed.includes(host)
                ? t('hosts.checking', lang)
                : t('hosts.notAllowed', lang)}
          </li>
        ))}
      </ul>
      {missing.length > 0 && actions.allowHosts && (
        <button
          type="button"
          onClick={() =>
            void actions.allowHosts!(missing).then(async (outcome) => {
              setNotice(outcome.notice ?? '');
              setAllowed((await actions.allowedHosts?.(hosts)) ?? allowed);
            })
          }
        >
          {t('hosts.allow', lang)}
        </button>
      )}
      {notice && (
        <p class="help" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
