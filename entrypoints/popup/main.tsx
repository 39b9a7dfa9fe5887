import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import type { PopupActions } from '../../components/popup/types';
import { loadSettings, setUserChoice, watchSettings, type Resolved } from '../../lib/settings';
import { openWelcomePage } from '../../lib/welcome/install';

const root = document.getElementById('app')!;

// A popup stays open over a new tab unless it closes itself.
const thenClose = (open: () => Promise<unknown>) => () => void open().then(() => window.close());

const actions: PopupActions = {
  setChoice: setUserChoice,
  openSettings: thenClose(() => browser.runtime.openOptionsPage()),
  openWelcome: thenClose(openWelcomePage),
};

const show = (resolved: Resolved) => {
  document.documentElement.lang = resolved.lang;
  root.removeAttribute('aria-busy');
  render(<Popup resolved={resolved} actions={actions} />, root);
};

// The popup closes with its window, so the watch never needs to stop.
watchSettings(show, new AbortController().signal);
void loadSettings().then(show);
