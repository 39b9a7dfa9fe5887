import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/welcome/Welcome';
import { t } from '../../components/welcome/texts';
import type { WelcomeActions } from '../../components/welcome/types';
import { loadSettings, setUserChoice, watchSettings, type Resolved } from '../../lib/settings';

const root = document.getElementById('app')!;

const actions: WelcomeActions = {
  setChoice: setUserChoice,
  openSettings: () => void browser.runtime.openOptionsPage(),
};

const show = (resolved: Resolved) => {
  document.documentElement.lang = resolved.lang;
  document.title = t('title', resolved.lang);
  root.removeAttribute('aria-busy');
  render(<Welcome resolved={resolved} actions={actions} />, root);
};

// The page lives as long as its tab, so the watch never needs to stop.
watchSettings(show, new AbortController().signal);
void loadSettings().then(show);
