import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { reinjectAfterUpdate } from '../lib/anywhere/after-update';
import { installCheckMenu } from '../lib/anywhere/menu';
import { grantedHosts, onHosts, syncOrgHostScripts } from '../lib/anywhere/org-hosts';
import { forgetTabsThatLeave, healthOf, recordHealth } from '../lib/health/background';
import type { CheckerSettings, SpellEngine } from '../lib/checker/rule';
import { linkStatusFor, makeLinkStatusHandler } from '../lib/links/background';
import { backgroundPagePhotoService, offscreenPhotoService } from '../lib/media/service';
import { createCheckHandler } from '../lib/messaging/handlers/check';
import { createSidebarSettingsHandler } from '../lib/messaging/handlers/sidebar-settings';
import { serve } from '../lib/messaging/server';
import {
  handleAddWord,
  handleMuteRule,
  loadSettings,
  toCheckerSettings,
  watchSettings,
  type Resolved,
} from '../lib/settings';
import { loadSpellEngine } from '../lib/spelling/load-browser';
import { openWelcomeOnInstall } from '../lib/welcome/install';

/**
 * Chromium answers the first managed-storage read only ~3 s after the browser starts; a check
 * asked sooner uses the built-in defaults rather than keeping the writer waiting.
 */
const SETTINGS_WAIT_MS = 400;
const BUILT_IN: CheckerSettings = {};

/** The checker service: content scripts send drafts and photos; nothing leaves the device but opted-in link checks. */
export default defineBackground(() => {
  openWelcomeOnInstall();
  reinjectAfterUpdate();
  const settings = liveSettings();
  const photos = import.meta.env.FIREFOX ? backgroundPagePhotoService() : offscreenPhotoService();
  serve({
    check: createCheckHandler({
      settings: () => settings.checker(),
      spell: lazySpell(),
      linkStatus: () => (settings.last?.resolved.settings.linkCheck ? linkStatusFor : undefined),
    }),
    sidebarSettings: createSidebarSettingsHandler(async () => (await settings.current()).resolved),
    addWord: handleAddWord,
    muteRule: handleMuteRule,
    linkStatus: makeLinkStatusHandler(async () => (await settings.current()).resolved.settings.linkCheck),
    health: async (health, sender) => {
      if (sender.tabId !== undefined) await recordHealth(sender.tabId, sender.frameId ?? 0, health);
      return {};
    },
    healthOf: ({ tabId }) => healthOf(tabId),
    siteMode: async (_request, sender) => {
      const hosts = (await settings.current()).resolved.settings.org.hosts;
      return { auto: onHosts(sender.url, await grantedHosts(hosts.filter((h) => onHosts(sender.url, [h])))) };
    },
    mediaMetadata: (request) => photos.metadata(request.data),
    mediaAnalyse: (request) => photos.analyse(request),
  });
  forgetTabsThatLeave();
  installCheckMenu();
  // The organisation's own hosts: registered once allowed, kept in step with the policy and the grants.
  const syncHosts = async () => {
    await syncOrgHostScripts((await settings.current()).resolved.settings.org.hosts).catch((error: unknown) =>
      console.warn('Zorgvuldig: organisation hosts not registered', error),
    );
  };
  void syncHosts();
  watchSettings(() => void syncHosts(), new AbortController().signal);
  browser.permissions.onAdded.addListener(() => void syncHosts());
  browser.permissions.onRemoved.addListener(() => void syncHosts());
});

type Current = { resolved: Resolved; checker: CheckerSettings };

/** Settings loaded once and kept current: one checker-settings object per change, so caches hold until then. */
function liveSettings() {
  const wrap = (resolved: Resolved): Current => ({ resolved, checker: toCheckerSettings(resolved.settings) });
  const state = { current: loadSettings().then(wrap), last: undefined as Current | undefined, waited: false };
  void state.current.then((c) => (state.last ??= c));
  watchSettings((resolved) => {
    state.last = wrap(resolved);
    state.current = Promise.resolve(state.last);
  }, new AbortController().signal);
  return {
    current: () => state.current,
    get last() {
      return state.last;
    },
    checker: async (): Promise<CheckerSettings> => {
      if (state.last) return state.last.checker;
      // Waited once already: until the settings arrive, answer at once with the defaults.
      if (state.waited) return BUILT_IN;
      const timeout = new Promise<CheckerSettings>((resolve) =>
        setTimeout(() => {
          state.waited = true;
          resolve(BUILT_IN);
        }, SETTINGS_WAIT_MS),
      );
      return Promise.race([state.current.then((c) => c.checker), timeout]);
    },
  };
}

/** Loads the dictionary once, on the first check; if it cannot load, checks go on without spelling. */
function lazySpell(): () => Promise<SpellEngine | undefined> {
  let loading: Promise<SpellEngine | undefined> | undefined;
  return () =>
    (loading ??= loadSpellEngine().catch((error: unknown) => {
      console.warn('Zorgvuldig: spelling engine not loaded', error);
      return undefined;
    }));
}
