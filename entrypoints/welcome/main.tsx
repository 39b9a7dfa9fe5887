import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/welcome/Welcome';
import { t } from '../../components/welcome/texts';
import type { WelcomeActions } from '../../components/welcome/types';
import { followSettings, provisionalSettings, setUserChoice, type Resolved } from '../../lib/settings';

const root = document.getElementById('app')!;

/** How long the page waits for the stored settings before it shows the defaults. */
const PROVISIONAL_AFTER_MS = 1500;

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
let loaded = false;
followSettings((resolved) => {
  loaded = true;
  show(resolved);
}, new AbortController().signal);
// A browser's first start can keep storage waiting for seconds: show the welcome in the
// browser's language meanwhile rather than an empty page; the real settings replace it.
setTimeout(() => {
  if (!loaded) show(provisionalSettings());
}, PROVISIONAL_AFTER_MS);
