import { useState } from 'preact/hooks';
import type { Text } from '../../lib/checker/rule';
import { platformIds } from '../../lib/settings/schema';
import { textFor } from '../../lib/settings/texts';
import { CheckIcon, LogoMark } from '../sidebar/icons';
import { LockedBy, lockOwner } from './LockedBy';
import { fill, welcomeText } from './strings';
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
  const say = (text: Text) => text[lang];
  const [status, setStatus] = useState('');
  const welcomeLock = lockOwner(locks, 'showWelcome');

  const hideNextTime = (hide: boolean) => {
    // A locked setting is never sent, even if a script fires the event anyway.
    if (welcomeLock) return;
    void actions.setChoice('showWelcome', !hide).then((outcome) => {
      setStatus(outcome.notice ?? (outcome.ok ? say(welcomeText.saved) : ''));
    });
  };

  return (
    <main class="welcome" lang={lang}>
      <header class="hero">
        <LogoMark size={48} />
        <div>
          <h1>{say(welcomeText.title)}</h1>
          <p class="lead">{say(welcomeText.lead)}</p>
          {settings.org.name && (
            <p class="org">{fill(say(welcomeText.setUpBy), { org: settings.org.name })}</p>
          )}
        </div>
      </header>

      <section aria-labelledby="what">
        <h2 id="what">{say(welcomeText.whatTitle)}</h2>
        <ul class="points">
          {points.map(([title, body]) => (
            <li key={title}>
              <h3>{say(welcomeText[title])}</h3>
              <p>{say(welcomeText[body])}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy" class="privacy">
        <h2 id="privacy">{say(welcomeText.privacyTitle)}</h2>
        <p>{say(welcomeText.privacy)}</p>
        <p>{say(welcomeText.photos)}</p>
        <p>
          {say(welcomeText.linkCheck)}{' '}
          <strong>{say(settings.linkCheck ? welcomeText.linkCheckOn : welcomeText.linkCheckOff)}</strong>
        </p>
      </section>

      <section aria-labelledby="how">
        <h2 id="how">{say(welcomeText.howTitle)}</h2>
        <ol class="steps">
          {steps.map((step) => (
            <li key={step}>{say(welcomeText[step])}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="platforms">
        <h2 id="platforms">{say(welcomeText.platformsTitle)}</h2>
        <ul class="platforms">
          {platformIds.map((id) => {
            const on = settings.platforms[id];
            const by = lockOwner(locks, `platforms.${id}`);
            return (
              <li key={id} class={on ? 'platform on' : 'platform off'}>
                <span class="mark">{on && <CheckIcon />}</span>
                <span class="platform-name">{textFor(`platforms.${id}`)?.label[lang] ?? id}</span>
                <span class="platform-state">{say(on ? welcomeText.on : welcomeText.off)}</span>
                {by && <LockedBy id={`welcome-lock-${id}`} by={by} lang={lang} />}
              </li>
            );
          })}
        </ul>
        <p class="hint">{say(welcomeText.settingsHint)}</p>
        <button type="button" class="primary" onClick={() => actions.openSettings()}>
          {say(welcomeText.openSettings)}
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
        <label for="welcome-dont-show">{say(welcomeText.dontShow)}</label>
        {welcomeLock && <LockedBy id="welcome-dont-show-lock" by={welcomeLock} lang={lang} />}
        <p role="status" aria-live="polite" class="status">
          {status}
        </p>
      </footer>
    </main>
  );
}
