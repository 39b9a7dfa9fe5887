import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { syncOrgHostScripts } from './org-hosts';

type Registered = { id: string; matches: string[]; js: string[]; world?: string };

/**
 * The browser's permission prompt and script registry cannot run here: a stand-in keeps the
 * registered scripts and answers `contains` from a list of granted origins.
 */
function standIn(granted: string[]) {
  const registered = new Map<string, Registered>();
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      ids.forEach((id) => registered.delete(id)),
    ),
    registerContentScripts: vi.fn(async (scripts: Registered[]) =>
      scripts.forEach((s) => registered.set(s.id, s)),
    ),
  };
  Object.assign(fakeBrowser, { scripting });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) =>
    (origins ?? []).every((o) => granted.includes(o)),
  );
  return { registered, scripting };
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

it('registers the checker and its bridge only on the hosts the user allowed, and follows changes', async () => {
  const granted = ['*://planner.zorggroep.nl/*'];
  const { registered, scripting } = standIn(granted);
  const hosts = ['planner.zorggroep.nl', 'intranet.zorggroep.nl'];
  expect(await syncOrgHostScripts(hosts)).toEqual(['planner.zorggroep.nl']);
  expect([...registered.values()].map((s) => [s.js[0], s.world ?? 'ISOLATED', s.matches])).toEqual([
    ['content-scripts/editor-bridge.js', 'MAIN', granted],
    ['content-scripts/anywhere.js', 'ISOLATED', granted],
  ]);
  // Nothing changed: nothing re-registered.
  await syncOrgHostScripts(hosts);
  expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  // The user allows the second host too.
  granted.push('*://intranet.zorggroep.nl/*');
  await syncOrgHostScripts(hosts);
  expect(registered.get('zorgvuldig-org-hosts')?.matches).toEqual(granted);
  // The policy drops both hosts: nothing stays registered.
  await syncOrgHostScripts([]);
  expect(registered.size).toBe(0);
});
