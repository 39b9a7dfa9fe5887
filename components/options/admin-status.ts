import type { Lang } from '../../lib/i18n';
import { leafPaths } from '../../lib/settings/merge';
import type { Resolved } from '../../lib/settings/resolve';
import { t } from './texts';

/** How the browser says the extension was installed (management.getSelf), and what it runs in. */
export type InstallInfo = { id: string; version: string; installType: string; browser: string };

export type StatusRow = { path: string; value: string };

const installTypes = ['admin', 'normal', 'development', 'sideload'] as const;

/** The install type in words. */
function installTypeWords(type: string, lang: Lang): string {
  const known = installTypes.find((name) => name === type) ?? 'other';
  return t(`install.${known}`, lang);
}

/** The install type in words, with the browser's own term for a ticket. */
export const installTypeText = (type: string, lang: Lang): string =>
  `${installTypeWords(type, lang)} (${type})`;

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

const parts = ['organisation', 'defaults', 'locked'] as const;

/**
 * Which parts of the policy reached the extension, and which did not: Chrome and Edge leave
 * out a whole part for one value of the wrong type, so a missing part is the sign to look for.
 */
export function partsReceived(resolved: Resolved, lang: Lang): string {
  const received = parts.filter((part) => resolved.policy[part] !== undefined);
  const missing = parts.filter((part) => resolved.policy[part] === undefined);
  const shown = received.length ? received.join(', ') : t('admin.none', lang);
  return missing.length ? `${shown} (${t('admin.partsMissing', lang)}: ${missing.join(', ')})` : shown;
}

/** Every policy value that was refused, with why. */
export const refusedValues = (resolved: Resolved, lang: Lang): (StatusRow & { reason: string })[] =>
  resolved.policyIssues.map((issue) => ({
    path: issue.path,
    value: issue.value === undefined ? '' : showValue(issue.value),
    reason: issue.reason[lang],
  }));

/** Dutch, then English (once when they are the same): a ticket is read by the helpdesk and by maintainers. */
function both(say: (lang: Lang) => string): string {
  const [nl, en] = [say('nl'), say('en')];
  return nl === en ? nl : `${nl} / ${en}`;
}

/**
 * The whole status as plain text, to paste into a ticket: in Dutch and English whatever the
 * page's language, so whoever picks up the ticket can read it.
 */
export function adminStatusText(resolved: Resolved, install: InstallInfo | undefined, now: Date): string {
  const label = (key: Parameters<typeof t>[0]) => both((lang) => t(key, lang));
  const list = (rows: string[]) =>
    rows.length ? rows.map((row) => `  ${row}`) : [`  ${label('admin.none')}`];
  const inForce = valuesInForce(resolved).map((row) => `${row.path} = ${row.value}`);
  const refused = resolved.policyIssues.map(
    (issue) =>
      `${issue.path}${issue.value === undefined ? '' : ` = ${showValue(issue.value)}`}: ${both((lang) => issue.reason[lang])}`,
  );
  const installed = install
    ? `${both((lang) => installTypeWords(install.installType, lang))} (${install.installType})`
    : '?';
  return [
    label('admin.title'),
    `${label('admin.version')}: ${install?.version ?? '?'}`,
    `${label('admin.installed')}: ${installed}`,
    `${label('admin.id')}: ${install?.id ?? '?'}`,
    `${label('admin.browser')}: ${install?.browser ?? '?'}`,
    `${label('admin.policy')}: ${label(resolved.policyPresent ? 'admin.present' : 'admin.absent')}`,
    `${label('admin.parts')}: ${both((lang) => partsReceived(resolved, lang))}`,
    `${label('admin.inForce')} (${inForce.length}):`,
    ...list(inForce),
    `${label('admin.refused')} (${refused.length}):`,
    ...list(refused),
    `${label('admin.stored')}: ${label(resolved.storedIn === 'sync' ? 'admin.sync' : 'admin.local')}`,
    `${label('admin.time')}: ${now.toISOString()}`,
  ].join('\n');
}
