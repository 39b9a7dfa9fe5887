import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/checker/rule';
import type { OptionsActions } from './types';

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
  if (hosts.length === 0) return <>{lang === 'nl' ? '(geen)' : '(none)'}</>;
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
                ? lang === 'nl'
                  ? 'Zorgvuldig kijkt hier mee'
                  : 'Zorgvuldig checks here'
                : lang === 'nl'
                  ? 'nog niet toegestaan'
                  : 'not allowed yet'}
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
          {lang === 'nl' ? 'Sta Zorgvuldig toe op deze sites' : 'Allow Zorgvuldig on these sites'}
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
