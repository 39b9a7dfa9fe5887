import { useState } from 'preact/hooks';
import { platformIds } from '../../lib/settings/schema';
import { textFor } from '../../lib/settings/texts';
import type { TabHealth } from '../../lib/messaging/health';
import { LogoMark } from '../sidebar/icons';
import { LockedBy, lockOwner } from '../welcome/LockedBy';
import { HealthLine } from './HealthLine';
import { t } from './texts';
import type { PopupActions, Resolved } from './types';

type Props = { resolved: Resolved; actions: PopupActions; health?: TabHealth | null };

/** The toolbar button's panel: a switch per platform, and the way to the settings and the welcome page. */
export function Popup({ resolved, actions, health = null }: Props) {
  const { settings, locks, lang } = resolved;
  const [status, setStatus] = useState('');

  const choose = (path: string, value: boolean) =>
    void actions.setChoice(path, value).then((outcome) => {
      setStatus(outcome.notice ?? (outcome.ok ? t('saved', lang) : ''));
    });

  return (
    <main class="popup" lang={lang}>
      <header class="head">
        <LogoMark size={24} />
        <h1>Zorgvuldig</h1>
      </header>
      <p class="privacy">{t('privacy', lang)}</p>
      <HealthLine health={health} lang={lang} onCheck={() => actions.checkUnreadable()} />

      <fieldset class="switches">
        <legend>{t('platforms', lang)}</legend>
        {platformIds.map((id) => {
          const path = `platforms.${id}`;
          const by = lockOwner(locks, path);
          const lockId = `popup-lock-${id}`;
          return (
            <div key={id} class="switch-row">
              <label for={`popup-${id}`}>{textFor(path)?.label[lang] ?? id}</label>
              <input
                type="checkbox"
                role="switch"
                id={`popup-${id}`}
                checked={settings.platforms[id]}
                disabled={by !== undefined}
                aria-describedby={by ? lockId : undefined}
                onChange={(event) => {
                  // A locked setting is never sent, even if a script fires the event anyway.
                  if (!by) choose(path, (event.currentTarget as HTMLInputElement).checked);
                }}
              />
              {by && <LockedBy id={lockId} by={by} lang={lang} />}
            </div>
          );
        })}
      </fieldset>

      <p role="status" aria-live="polite" class="status">
        {status}
      </p>

      <nav class="links">
        <button type="button" class="link" onClick={() => actions.openSettings()}>
          {t('settings', lang)}
        </button>
        <button type="button" class="link" onClick={() => actions.openWelcome()}>
          {t('welcome', lang)}
        </button>
      </nav>
    </main>
  );
}
