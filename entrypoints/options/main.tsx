import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SettingsForm } from '../../components/options/SettingsForm';
import type { InstallInfo } from '../../components/options/admin-status';
import { t } from '../../components/options/texts';
import type { OptionsActions } from '../../components/options/types';
import { grantedHosts, originsFor } from '../../lib/anywhere/org-hosts';
import { rules } from '../../lib/checker/registry';
import {
  addUserWord,
  exportUserSettings,
  importUserSettings,
  followSettings,
  removeUserWord,
  resetUserSettings,
  setUserChoice,
  type Resolved,
} from '../../lib/settings';

const root = document.getElementById('app')!;
const ruleInfo = rules.map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity }));
// Texts follow the user's language setting, never the browser's locale (browser.i18n): the page
// has no words of its own until the settings are read, and each answer below uses the latest.
let lang: Resolved['lang'] = 'nl';

/** The live link check needs host access; the browser asks the user when it is turned on. */
async function setChoice(path: string, value: unknown) {
  if (path === 'linkCheck' && value === true) {
    const granted = await browser.permissions
      .request({ origins: ['http://*/*', 'https://*/*'] })
      .catch(() => false);
    if (!granted) return { ok: false, notice: t('linkCheckNeedsPermission', lang) };
  }
  return setUserChoice(path, value);
}

async function exportFile() {
  const blob = new Blob([await exportUserSettings()], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: 'zorgvuldig-instellingen.json',
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The browser asks the user once; the background then registers the checker for these hosts. */
async function allowHosts(hosts: string[]) {
  const granted = await browser.permissions.request({ origins: originsFor(hosts) }).catch(() => false);
  return granted ? { ok: true } : { ok: false, notice: t('hosts.needPermission', lang) };
}

const actions: OptionsActions = {
  allowedHosts: grantedHosts,
  allowHosts,
  setChoice,
  addWord: addUserWord,
  removeWord: removeUserWord,
  exportFile,
  importFile: importUserSettings,
  reset: resetUserSettings,
  copyText: (text) => navigator.clipboard.writeText(text),
};

/** How the browser installed us (management.getSelf needs no permission); unknown if it cannot say. */
const install: Promise<InstallInfo | undefined> = browser.management
  .getSelf()
  .then(({ id, version, installType }) => ({ id, version, installType, browser: navigator.userAgent }))
  .catch(() => undefined);

const show = async (resolved: Resolved) => {
  lang = resolved.lang;
  document.documentElement.lang = lang;
  document.title = t('title', lang);
  root.removeAttribute('aria-busy');
  render(
    <SettingsForm resolved={resolved} rules={ruleInfo} actions={actions} install={await install} />,
    root,
  );
};

// The page lives as long as its tab, so the watch never needs to stop.
followSettings((resolved) => void show(resolved), new AbortController().signal);
