import { useState } from 'preact/hooks';
import { isLocked } from '../../lib/settings/merge';
import { AdminStatus } from './AdminStatus';
import type { InstallInfo } from './admin-status';
import { Category } from '../../lib/checker/types';
import { platformIds } from '../../lib/settings/schema';
import { describedBy, LockNote } from './LockNote';
import { Notices } from './Notices';
import { OrganisationSection } from './OrganisationSection';
import { RulesFieldset } from './RulesFieldset';
import { Toggle } from './Toggle';
import { TransferSection } from './TransferSection';
import { WordList } from './WordList';
import { idOf, labelOf } from './setting-label';
import type { OptionsActions, Outcome, Resolved, RuleInfo } from './types';
import { t } from './texts';

type Props = {
  resolved: Resolved;
  rules: RuleInfo[];
  actions: OptionsActions;
  /** How the browser installed the extension (for the admin status); undefined while unknown. */
  install?: InstallInfo;
};

const langs = ['auto', 'nl', 'en'] as const;

/** The value at a dotted settings path ('platforms.tiktok', 'rules.privacy/bsn.enabled'), if any. */
function valueAt(layer: unknown, path: string): unknown {
  let value = layer;
  for (const key of path.split('.'))
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** Every setting, explained, with locked ones visibly locked. State comes in as props. */
export function SettingsForm({ resolved, rules, actions, install }: Props) {
  const { settings, locks, lang, user, orgDefaults } = resolved;
  const [status, setStatus] = useState('');
  const announce = (message: string) => setStatus(message);
  const report = (outcome: Outcome) => {
    announce(outcome.notice ?? (outcome.ok ? t('saved', lang) : ''));
    return outcome.ok;
  };
  const choose = (path: string, value: unknown) => void actions.setChoice(path, value).then(report);
  // An organisation default the user has not changed: every setting the policy's `defaults` can set.
  const presetByOrg = (path: string) =>
    valueAt(orgDefaults, path) !== undefined && valueAt(user, path) === undefined;
  const langLabel = labelOf('lang', lang);
  const platformsLabel = labelOf('platforms', lang);
  const underlinesLabel = labelOf('underlines', lang);

  return (
    <main lang={lang}>
      <h1>{t('title', lang)}</h1>
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
      <Notices notices={resolved.notices} lang={lang} />

      <fieldset aria-describedby={describedBy('lang', locks)}>
        <legend>{langLabel.label}</legend>
        <p class="help" id={`${idOf('lang')}-help`}>
          {langLabel.help}
        </p>
        <LockNote path="lang" locks={locks} lang={lang} />
        {presetByOrg('lang') && !isLocked(locks, 'lang') && (
          <span class="org-default">{t('orgDefault', lang)}</span>
        )}
        {langs.map((value) => (
          <div key={value}>
            <input
              type="radio"
              name="lang"
              id={idOf(`lang-${value}`)}
              value={value}
              checked={settings.lang === value}
              disabled={isLocked(locks, 'lang')}
              onChange={() => choose('lang', value)}
            />
            <label for={idOf(`lang-${value}`)}>{t(`lang.${value}`, lang)}</label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{platformsLabel.label}</legend>
        <p class="help">{platformsLabel.help}</p>
        {platformIds.map((id) => (
          <Toggle
            key={id}
            path={`platforms.${id}`}
            checked={settings.platforms[id]}
            locks={locks}
            lang={lang}
            orgDefault={presetByOrg(`platforms.${id}`)}
            onChange={(checked) => choose(`platforms.${id}`, checked)}
          />
        ))}
      </fieldset>

      <fieldset>
        <legend>{underlinesLabel.label}</legend>
        <p class="help">{underlinesLabel.help}</p>
        {Category.options.map((id) => (
          <Toggle
            key={id}
            path={`underlines.${id}`}
            checked={settings.underlines[id]}
            locks={locks}
            lang={lang}
            orgDefault={presetByOrg(`underlines.${id}`)}
            onChange={(checked) => choose(`underlines.${id}`, checked)}
          />
        ))}
      </fieldset>

      <RulesFieldset
        rules={rules}
        settings={settings}
        locks={locks}
        lang={lang}
        presetByOrg={presetByOrg}
        onChange={choose}
      />

      <WordList
        words={settings.words}
        canAdd={settings.org.canAddWords}
        orgName={settings.org.name}
        locks={locks}
        lang={lang}
        onAdd={(word) => actions.addWord(word).then(report)}
        onRemove={(word) => void actions.removeWord(word).then(report)}
      />

      <fieldset>
        <legend>{t('other', lang)}</legend>
        <Toggle
          path="linkCheck"
          checked={settings.linkCheck}
          locks={locks}
          lang={lang}
          orgDefault={presetByOrg('linkCheck')}
          onChange={(checked) => choose('linkCheck', checked)}
        />
        <Toggle
          path="showWelcome"
          checked={settings.showWelcome}
          locks={locks}
          lang={lang}
          orgDefault={presetByOrg('showWelcome')}
          onChange={(checked) => choose('showWelcome', checked)}
        />
      </fieldset>

      <OrganisationSection org={settings.org} lang={lang} actions={actions} />
      <TransferSection lang={lang} actions={actions} announce={announce} />
      <p class="where">{t(resolved.storedIn === 'sync' ? 'storedSync' : 'storedLocal', lang)}</p>
      <AdminStatus
        resolved={resolved}
        install={install}
        lang={lang}
        announce={announce}
        copy={actions.copyText}
      />
    </main>
  );
}
