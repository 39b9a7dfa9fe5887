import type { Lang } from '../../lib/i18n';
import { leafPaths } from '../../lib/settings/merge';
import type { Resolved } from '../../lib/settings/resolve';
import { t } from './texts';

/** How the browser says the extension was installed (management.getSelf), and what it runs in. */
export type InstallInfo = { id: string; version: string; installType: string; browser: string };

export type StatusRow = { path: string; value: string };

const installTypes = ['admin', 'normal', 'development', 'sideload'] as const;

/** The install type in words, with the browser's own term for a ticket. */
export function installTypeText(type: string, lang: Lang): string {
  const known = installTypes.find((name) => name === type) ?? 'other';
  return `${t(`install.${known}`, lang)} (${type})`;
}

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

/** The whole status as plain text, to paste into a ticket. */
export function adminStatusText(
  resolved: Resolved,
  install: InstallInfo | undefined,
  lang: Lang,
  now: Date,
): string {
  const list = (rows: string[]) =>
    rows.length ? rows.map((row) => `  ${row}`) : [`  ${t('admin.none', lang)}`];
  const inForce = valuesInForce(resolved).map((row) => `${row.path} = ${row.value}`);
  const refused = refusedValues(resolved, lang).map(
    (row) => `${row.path}${row.value ? ` = ${row.value}` : ''}: ${row.reason}`,
  );
  return [
    t('admin.title', lang),
    `${t('admin.version', lang)}: ${install?.version ?? '?'}`,
    `${t('admin.installed', lang)}: ${install ? installTypeText(install.installType, lang) : '?'}`,
    `${t('admin.id', lang)}: ${install?.id ?? '?'}`,
    `${t('admin.browser', lang)}: ${install?.browser ?? '?'}`,
    `${t('admin.policy', lang)}: ${resolved.policyPresent ? t('admin.present', lang) : t('admin.absent', lang)}`,
    `${t('admin.parts', lang)}: ${partsReceived(resolved, lang)}`,
    `${t('admin.inForce', lang)} (${inForce.length}):`,
    ...list(inForce),
    `${t('admin.refused', lang)} (${refused.length}):`,
    ...list(refused),
    `${t('admin.stored', lang)}: ${resolved.storedIn === 'sync' ? t('admin.sync', lang) : t('admin.local', lang)}`,
    `${t('admin.time', lang)}: ${now.toISOString()}`,
  ].join('\n');
}
