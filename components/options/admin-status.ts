import type { Lang, Text } from '../../lib/checker/rule';
import { leafPaths } from '../../lib/settings/merge';
import type { Resolved } from '../../lib/settings/resolve';

/** How the browser says the extension was installed (management.getSelf), and what it runs in. */
export type InstallInfo = { id: string; version: string; installType: string; browser: string };

export type StatusRow = { path: string; value: string };

const installTypes: Record<string, Text> = {
  admin: { nl: 'door de organisatie, via beleid', en: 'by the organisation, through policy' },
  normal: { nl: 'door de gebruiker, uit een winkel', en: 'by the user, from a store' },
  development: { nl: 'ontwikkelversie (uitgepakt geladen)', en: 'development build (loaded unpacked)' },
  sideload: { nl: 'door een ander programma op de computer', en: 'by another program on the computer' },
  other: { nl: 'op een andere manier', en: 'some other way' },
};

/** The install type in words, with the browser's own term for a ticket. */
export const installTypeText = (type: string, lang: Lang) =>
  `${(installTypes[type] ?? installTypes.other)[lang]} (${type})`;

/** A value short enough for one line of a ticket: JSON, lists with their length. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  const short = text.length > 100 ? `${text.slice(0, 97)}...` : text;
  return Array.isArray(value) ? `${short} (${value.length})` : short;
}

/** Every policy value in force, one row per setting, as the administrator wrote its path. */
export function valuesInForce(resolved: Resolved): StatusRow[] {
  return leafPaths(resolved.policy).map((path) => {
    let value: unknown = resolved.policy;
    for (const part of path.split('.')) value = (value as Record<string, unknown>)[part];
    return { path, value: showValue(value) };
  });
}

/** Every policy value that was refused, with why. */
export const refusedValues = (resolved: Resolved, lang: Lang): (StatusRow & { reason: string })[] =>
  resolved.policyIssues.map((issue) => ({
    path: issue.path,
    value: issue.value === undefined ? '' : showValue(issue.value),
    reason: issue.reason[lang],
  }));

const labels = {
  title: { nl: 'Zorgvuldig: status voor de helpdesk', en: 'Zorgvuldig: status for the support desk' },
  version: { nl: 'Versie', en: 'Version' },
  installed: { nl: 'Geïnstalleerd', en: 'Installed' },
  id: { nl: 'Extensie-ID', en: 'Extension ID' },
  browser: { nl: 'Browser', en: 'Browser' },
  policy: { nl: 'Beleid van de organisatie', en: "Organisation's policy" },
  present: { nl: 'gevonden', en: 'found' },
  absent: { nl: 'geen (of de browser gaf het niet door)', en: 'none (or the browser did not pass it on)' },
  inForce: { nl: 'Waarden in gebruik', en: 'Values in force' },
  refused: { nl: 'Genegeerde waarden', en: 'Ignored values' },
  none: { nl: '(geen)', en: '(none)' },
  stored: { nl: 'Eigen keuzes van de gebruiker', en: "User's own choices" },
  sync: { nl: 'gesynchroniseerd', en: 'synced' },
  local: { nl: 'alleen op dit apparaat', en: 'on this device only' },
  time: { nl: 'Tijd', en: 'Time' },
} satisfies Record<string, Text>;

export const statusLabel = (key: keyof typeof labels, lang: Lang) => labels[key][lang];

/** The whole status as plain text, to paste into a ticket. */
export function adminStatusText(
  resolved: Resolved,
  install: InstallInfo | undefined,
  lang: Lang,
  now: Date,
): string {
  const l = (key: keyof typeof labels) => labels[key][lang];
  const list = (rows: string[]) => (rows.length ? rows.map((row) => `  ${row}`) : [`  ${l('none')}`]);
  const inForce = valuesInForce(resolved).map((row) => `${row.path} = ${row.value}`);
  const refused = refusedValues(resolved, lang).map(
    (row) => `${row.path}${row.value ? ` = ${row.value}` : ''}: ${row.reason}`,
  );
  return [
    l('title'),
    `${l('version')}: ${install?.version ?? '?'}`,
    `${l('installed')}: ${install ? installTypeText(install.installType, lang) : '?'}`,
    `${l('id')}: ${install?.id ?? '?'}`,
    `${l('browser')}: ${install?.browser ?? '?'}`,
    `${l('policy')}: ${resolved.policyPresent ? l('present') : l('absent')}`,
    `${l('inForce')} (${inForce.length}):`,
    ...list(inForce),
    `${l('refused')} (${refused.length}):`,
    ...list(refused),
    `${l('stored')}: ${resolved.storedIn === 'sync' ? l('sync') : l('local')}`,
    `${l('time')}: ${now.toISOString()}`,
  ].join('\n');
}
