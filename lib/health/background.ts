import { browser } from 'wxt/browser';
import type { FrameHealth, TabHealth } from '../messaging/health';

type Frames = Record<string, FrameHealth>;

/**
 * Per tab, what each frame's checker last reported. Kept in session storage as well, so the
 * popup still gets an answer after the service worker was stopped between two reports.
 */
const tabs = new Map<number, Frames>();
const key = (tabId: number) => `health:${tabId}`;
const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

async function framesOf(tabId: number): Promise<Frames> {
  const known = tabs.get(tabId);
  if (known) return known;
  const stored = ((await session()?.get(key(tabId)))?.[key(tabId)] ?? {}) as Frames;
  // A report that came in while reading wins over the stored copy.
  const frames = { ...stored, ...tabs.get(tabId) };
  tabs.set(tabId, frames);
  return frames;
}

/** The tab's frames together: watching if any frame runs, boxes summed, the first unreadable box. */
export function summarise(frames: Frames): TabHealth {
  const entries = Object.entries(frames);
  const hit = entries.find(([, f]) => f.unreadable);
  return {
    watching: entries.some(([, f]) => f.watching),
    boxes: entries.reduce((sum, [, f]) => sum + f.boxes, 0),
    unreadable: hit?.[1].unreadable ? { ...hit[1].unreadable, frameId: Number(hit[0]) } : null,
  };
}

export async function recordHealth(tabId: number, frameId: number, health: FrameHealth): Promise<void> {
  const frames = await framesOf(tabId);
  frames[frameId] = health;
  await session()
    ?.set({ [key(tabId)]: frames })
    .catch(() => undefined);
  await paintBadge(tabId, summarise(frames));
}

export async function healthOf(tabId: number): Promise<TabHealth> {
  return summarise(await framesOf(tabId));
}

/** A tab that loads a new page or closes starts over; its badge goes with the old page. */
export function forgetTabsThatLeave(): void {
  const forget = (tabId: number) => {
    tabs.delete(tabId);
    void session()
      ?.remove(key(tabId))
      .catch(() => undefined);
  };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      forget(tabId);
      void paintBadge(tabId, summarise({}));
    }
  });
  browser.tabs.onRemoved.addListener(forget);
}

const action = () =>
  (browser as unknown as { action?: typeof browser.browserAction }).action ?? browser.browserAction;

/**
 * The toolbar icon says what the checker does on this page: a count of the boxes it checks
 * (a check mark while it watches but found none yet), "!" when the user typed in a box it
 * could not read, nothing where it does not run. The tooltip says it in words.
 */
export async function paintBadge(tabId: number, health: TabHealth): Promise<void> {
  const api = action();
  const text = health.unreadable
    ? '!'
    : !health.watching
      ? ''
      : health.boxes > 0
        ? String(health.boxes)
        : '✓';
  const title = health.unreadable
    ? 'Zorgvuldig: een tekstvak op deze pagina kan niet worden gelezen. Open Zorgvuldig om het te controleren. · A text box on this page cannot be read.'
    : health.watching
      ? `Zorgvuldig kijkt mee: ${health.boxes} tekstvak${health.boxes === 1 ? '' : 'ken'} op deze pagina · checking ${health.boxes} box${health.boxes === 1 ? '' : 'es'}`
      : 'Zorgvuldig';
  await Promise.all([
    api.setBadgeText({ tabId, text }),
    api.setBadgeBackgroundColor({ tabId, color: health.unreadable ? '#b45309' : '#1f7a4d' }),
    api.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}
