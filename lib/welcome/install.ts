import { browser } from 'wxt/browser';
import { loadSettingsWithin } from '../settings';

/** How long the install waits for the settings before it opens the welcome page anyway. */
const SETTINGS_WAIT_MS = 10_000;
/** How long it waits to learn how it was installed; an unknown install opens as a user's own. */
const INSTALL_TYPE_WAIT_MS = 2_000;

/** The welcome page WXT builds from entrypoints/welcome/. */
export const welcomeUrl = (): string => browser.runtime.getURL('/welcome.html');

/** Opens the welcome page in a new tab; `inFront: false` leaves the user's own tab in front. */
export async function openWelcomePage({ inFront = true }: { inFront?: boolean } = {}): Promise<void> {
  await browser.tabs.create({ url: welcomeUrl(), active: inFront });
}

/**
 * Whether the browser installed us by the organisation's policy rather than on the user's
 * click. Such an install lands whenever the policy arrives, possibly while someone is typing.
 */
async function installedByPolicy(): Promise<boolean> {
  const late = new Promise<false>((done) => setTimeout(() => done(false), INSTALL_TYPE_WAIT_MS));
  const asked = browser.management
    .getSelf()
    .then((self) => self.installType === 'admin')
    .catch(() => false);
  return Promise.race([asked, late]);
}

/**
 * Opens it if the merged settings still want it (an organisation may turn it off by policy).
 * After a user's own install it comes to the front; after a policy install it waits in a
 * background tab, so it never takes the keyboard from a post being written.
 */
export async function openWelcomeIfWanted(): Promise<boolean> {
  // Storage can keep a browser's first start waiting: the welcome is opened (in the background
  // after a policy install) rather than never, when the settings do not answer in time.
  const resolved = await loadSettingsWithin(SETTINGS_WAIT_MS);
  if (resolved && !resolved.settings.showWelcome) return false;
  await openWelcomePage({ inFront: !(await installedByPolicy()) });
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
