import { useState } from 'preact/hooks';
import { platformIds } from '../../lib/settings/schema';
import { textFor } from '../../lib/settings/texts';
import { CheckIcon, LogoMark } from '../sidebar/icons';
import { LockedBy, lockOwner } from './LockedBy';
import { t } from './texts';
import type { Resolved, WelcomeActions } from './types';

type Props = { resolved: Resolved; actions: WelcomeActions };

const points = [
  ['patientsTitle', 'patients'],
  ['avgTitle', 'avg'],
  ['spellingTitle', 'spelling'],
] as const;
const steps = ['how1', 'how2', 'how3', 'how4'] as const;

/** The page shown once after installing: what Zorgvuldig does, that text stays local, how to use it. */
export function Welcome({ resolved, actions }: Props) {
  const { settings, locks, lang } = resolved;
  const [status, setStatus] = useState('');
  const welcomeLock = lockOwner(locks, 'showWelcome');

  const hideNextTime = (hide: boolean) => {
    // A locked setting is never sent, even if a script fires the event anyway.
    if (welcomeLock) return;
    void actions.setChoice('showWelcome', !hide).then((outcome) => {
      setStatus(outcome.notice ?? (outcome.ok ? t('saved', lang) : ''));
    });
  };

  return (
    <main class="welcome" lang={lang}>
      <header class="hero">
        <LogoMark size={48} />
        <div>
          <h1>{t('title', lang)}</h1>
          <p class="lead">{t('lead', lang)}</p>
          {settings.org.name && <p class="org">{t('setUpBy', lang, { org: settings.org.name })}</p>}
        </div>
      </header>

      <section aria-labelledby="what">
        <h2 id="what">{t('whatTitle', lang)}</h2>
        <ul class="points">
          {points.map(([title, body]) => (
            <li key={title}>
              <h3>{t(title, lang)}</h3>
              <p>{t(body, lang)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy" class="privacy">
        <h2 id="privacy">{t('privacyTitle', lang)}</h2>
        <p>{t('privacy', lang)}</p>
        <p>{t('photos', lang)}</p>
        <p>
          {t('linkCheck', lang)}{' '}
          <strong>{t(settings.linkCheck ? 'linkCheckOn' : 'linkCheckOff', lang)}</strong>
        </p>
      </section>

      <section aria-labelledby="how">
        <h2 id="how">{t('howTitle', lang)}</h2>
        <ol class="steps">
          {steps.map((step) => (
            <li key={step}>{t(step, lang)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="platforms">
        <h2 id="platforms">{t('platformsTitle', lang)}</h2>
        <ul class="platforms">
          {platformIds.map((id) => {
            const on = settings.platforms[id];
            const by = lockOwner(locks, `platforms.${id}`);
            return (
              <li key={id} class={on ? 'platform on' : 'platform off'}>
                <span class="mark">{on && <CheckIcon />}</span>
                <span class="platform-name">{textFor(`platforms.${id}`)?.label[lang] ?? id}</span>
                <span class="platform-state">{t(on ? 'on' : 'off', lang)}</span>
                {by && <LockedBy id={`welcome-lock-${id}`} by={by} lang={lang} />}
              </li>
            );
          })}
        </ul>
        <p class="hint">{t('settingsHint', lang)}</p>
        <button type="button" class="primary" onClick={() => actions.openSettings()}>
          {t('openSettings', lang)}
        </button>
      </section>

      <footer class="again">
        <input
          type="checkbox"
          id="welcome-dont-show"
          checked={!settings.showWelcome}
          disabled={welcomeLock !== undefined}
          aria-describedby={welcomeLock ? 'welcome-dont-show-lock' : undefined}
          onChange={(event) => hideNextTime((event.currentTarget as HTMLInputElement).checked)}
        />
        <label for="welcome-dont-show">{t('dontShow', lang)}</label>
        {welcomeLock && <LockedBy id="welcome-dont-show-lock" by={welcomeLock} lang={lang} />}
        <p role="status" aria-live="polite" class="status">
          {status}
        </p>
      </footer>
    </main>
  );
}
