import type { Lang } from '../../lib/i18n';
import type { Severity } from '../../lib/checker/types';
import { isLocked } from '../../lib/settings/merge';
import type { Settings } from '../../lib/settings/schema';
import { describedBy, LockNote } from './LockNote';
import { idOf, labelOf } from './setting-label';
import type { RuleInfo } from './types';
import { t } from './texts';

type Props = {
  rules: RuleInfo[];
  settings: Settings;
  locks: Record<string, string>;
  lang: Lang;
  /** Whether the organisation preset this setting (policy `defaults`) and the user kept it. */
  presetByOrg(path: string): boolean;
  onChange(path: string, value: unknown): void;
};

const severities: Severity[] = ['stop', 'check', 'tip'];

/** Per rule: on/off and severity, each lockable on its own. */
export function RulesFieldset({ rules, settings, locks, lang, presetByOrg, onChange }: Props) {
  const group = labelOf('rules', lang);
  const orgDefault = (path: string) =>
    presetByOrg(path) && !isLocked(locks, path) && <span class="org-default">{t('orgDefault', lang)}</span>;
  return (
    <fieldset>
      <legend>{group.label}</legend>
      <p class="help">{group.help}</p>
      {rules.map((rule) => {
        const choice = settings.rules[rule.id] ?? {};
        const enabledPath = `rules.${rule.id}.enabled`;
        const severityPath = `rules.${rule.id}.severity`;
        return (
          <div class="rule" key={rule.id} role="group" aria-labelledby={`${idOf(rule.id)}-name`}>
            <span class="rule-name" id={`${idOf(rule.id)}-name`}>
              {rule.description[lang]} <code>{rule.id}</code>
            </span>
            <input
              type="checkbox"
              id={idOf(enabledPath)}
              checked={choice.enabled ?? true}
              disabled={isLocked(locks, enabledPath)}
              aria-describedby={describedBy(enabledPath, locks)}
              onChange={(event) => onChange(enabledPath, (event.currentTarget as HTMLInputElement).checked)}
            />
            <label for={idOf(enabledPath)}>
              {labelOf(enabledPath, lang).label}
              <span class="visually-hidden">: {rule.id}</span>
            </label>
            <span class="visually-hidden" id={`${idOf(enabledPath)}-help`}>
              {labelOf(enabledPath, lang).help}
            </span>
            <LockNote path={enabledPath} locks={locks} lang={lang} />
            {orgDefault(enabledPath)}
            <label for={idOf(severityPath)}>
              {labelOf(severityPath, lang).label}
              <span class="visually-hidden">: {rule.id}</span>
            </label>
            <select
              id={idOf(severityPath)}
              value={choice.severity ?? rule.defaultSeverity}
              disabled={isLocked(locks, severityPath)}
              aria-describedby={describedBy(severityPath, locks)}
              onChange={(event) => onChange(severityPath, (event.currentTarget as HTMLSelectElement).value)}
            >
              {severities.map((severity) => (
                <option key={severity} value={severity}>
                  {t(`severity.${severity}`, lang)}
                </option>
              ))}
            </select>
            <span class="visually-hidden" id={`${idOf(severityPath)}-help`}>
              {labelOf(severityPath, lang).help}
            </span>
            <LockNote path={severityPath} locks={locks} lang={lang} />
            {orgDefault(severityPath)}
          </div>
        );
      })}
    </fieldset>
  );
}
