import type { Lang } from '../../lib/checker/rule';
import {
  adminStatusText,
  installTypeText,
  refusedValues,
  statusLabel,
  valuesInForce,
  type InstallInfo,
} from './admin-status';
import type { Announce, Resolved } from './types';

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
  const nl = lang === 'nl';
  const inForce = valuesInForce(resolved);
  const refused = refusedValues(resolved, lang);
  const text = adminStatusText(resolved, install, lang, now());
  const onCopy = () =>
    void copy(text).then(
      () =>
        announce(
          nl ? 'Status gekopieerd: plak hem in je melding.' : 'Status copied: paste it into your ticket.',
        ),
      () =>
        announce(
          nl
            ? 'Kopiëren lukte niet: selecteer de tekst hieronder en kopieer hem zelf.'
            : 'Copying failed: select the text below and copy it yourself.',
        ),
    );
  return (
    <section aria-labelledby="admin-title" class="admin-status">
      <h2 id="admin-title">{nl ? 'Status voor beheer en helpdesk' : 'Status for IT and the support desk'}</h2>
      <p class="help">
        {nl
          ? 'Wat de browser installeerde en welk beleid van je organisatie geldt. Chrome en Edge laten waarden van het verkeerde type al eerder weg: die staan op chrome://policy (of edge://policy).'
          : "What the browser installed and which of your organisation's policy applies. Chrome and Edge drop values of the wrong type before they get here: see chrome://policy (or edge://policy)."}
      </p>
      <dl>
        <div>
          <dt>{statusLabel('version', lang)}</dt>
          <dd data-status="version">{install?.version ?? '?'}</dd>
        </div>
        <div>
          <dt>{statusLabel('installed', lang)}</dt>
          <dd data-status="install-type">{install ? installTypeText(install.installType, lang) : '?'}</dd>
        </div>
        <div>
          <dt>{statusLabel('policy', lang)}</dt>
          <dd>{resolved.policyPresent ? statusLabel('present', lang) : statusLabel('absent', lang)}</dd>
        </div>
      </dl>
      <h3>
        {statusLabel('inForce', lang)} ({inForce.length})
      </h3>
      <ul aria-label={statusLabel('inForce', lang)}>
        {inForce.length === 0 && <li>{statusLabel('none', lang)}</li>}
        {inForce.map((row) => (
          <li key={row.path}>
            <code>{row.path}</code> = {row.value}
          </li>
        ))}
      </ul>
      <h3>
        {statusLabel('refused', lang)} ({refused.length})
      </h3>
      <ul aria-label={statusLabel('refused', lang)}>
        {refused.length === 0 && <li>{statusLabel('none', lang)}</li>}
        {refused.map((row) => (
          <li key={`${row.path}:${row.value}`}>
            <code>{row.path}</code>
            {row.value ? ` = ${row.value}` : ''}: {row.reason}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCopy}>
        {nl ? 'Kopieer voor een melding' : 'Copy for a ticket'}
      </button>
      <textarea
        readOnly
        rows={8}
        aria-label={nl ? 'Status als tekst' : 'Status as text'}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
    </section>
  );
}
