import { browser } from 'wxt/browser';
import { isSettingsKey } from './migrations';
import { cleanPolicy, readPolicy } from './policy';
import { resolve, type Resolved } from './resolve';
import { decode, FALLBACK_KEY, readUser } from './storage';

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language ?? 'nl';
  }
}

/** Policy and user settings, merged and validated. Never throws: bad data becomes notices. */
export async function loadSettings(): Promise<Resolved> {
  const [policy, stored] = await Promise.all([readPolicy(), readUser()]);
  return resolve(policy, stored, browserLanguage());
}

/**
 * The settings before anything is read: the defaults in the browser's language, no policy. For
 * a page to show something at once while storage is slow to answer (a browser's first start can
 * keep it waiting for seconds); the page replaces it as soon as loadSettings answers, and every
 * action reads the real settings itself.
 */
export function provisionalSettings(): Resolved {
  return resolve(cleanPolicy({}), { ...decode({}), area: 'sync' }, browserLanguage());
}

/** loadSettings, or undefined when storage has not answered within `ms`. */
export function loadSettingsWithin(ms: number): Promise<Resolved | undefined> {
  return Promise.race([
    loadSettings(),
    new Promise<undefined>((done) => setTimeout(() => done(undefined), ms)),
  ]);
}

const relevant = (changes: Record<string, unknown>, area: string) =>
  area === 'managed' ||
  Object.keys(changes).some(
    (key) => (area === 'sync' && isSettingsKey(key)) || (area === 'local' && key === FALLBACK_KEY),
  );

/**
 * Calls back with the new merged settings whenever the policy or the user's settings change
 * (in any tab or device), until `signal` aborts. Late answers of older reloads are dropped.
 */
export function watchSettings(onChange: (resolved: Resolved) => void, signal: AbortSignal): void {
  subscribe(onChange, signal, { now: false });
}

/**
 * watchSettings plus a first read now, for a page that shows the settings: one answer at a time
 * in order, so a slow first read (a browser's first managed-storage read can take seconds) never
 * puts back what a change shown meanwhile replaced.
 */
export function followSettings(show: (resolved: Resolved) => void, signal: AbortSignal): void {
  subscribe(show, signal, { now: true });
}

function subscribe(onChange: (resolved: Resolved) => void, signal: AbortSignal, { now }: { now: boolean }) {
  if (signal.aborted) return;
  let latest = 0;
  const read = () => {
    const seq = ++latest;
    void loadSettings().then((resolved) => {
      if (seq === latest && !signal.aborted) onChange(resolved);
    });
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (relevant(changes, area)) read();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  if (now) read();
}
