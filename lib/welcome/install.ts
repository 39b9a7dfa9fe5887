import { browser } from 'wxt/browser';
import { loadSettings } from '../settings';

/** The welcome page WXT builds from entrypoints/welcome/. */
export const welcomeUrl = (): string => browser.runtime.getURL('/welcome.html');

/** Opens the welcome page in a new tab. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: welcomeUrl() });
}

/** Opens it if the merged settings still want it (an organisation may turn it off by policy). */
export async function openWelcomeIfWanted(): Promise<boolean> {
  const { settings } = await loadSettings();
  if (!settings.showWelcome) return false;
  await openWelcomePage();
  return true;
}

/**
 * Shows the welcome page once, on the first install (not on updates or browser updates).
 * Call at the top of the background's main: MV3 only delivers events to listeners added at once.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) =>
    reason === 'install' ? openWelcomeIfWanted().then(() => undefined) : undefined,
  );
}
