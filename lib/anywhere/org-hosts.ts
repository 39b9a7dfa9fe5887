import { browser } from 'wxt/browser';

/** Match patterns for the policy's hosts (`*.` covers the subdomains), on http and https. */
export const originsFor = (hosts: readonly string[]): string[] => hosts.map((host) => `*://${host}/*`);

/** Whether a page's address is on one of these hosts. */
export function onHosts(url: string | undefined, hosts: readonly string[]): boolean {
  if (!url) return false;
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return hosts.some((host) =>
    host.startsWith('*.')
      ? hostname === host.slice(2) || hostname.endsWith(host.slice(1))
      : hostname === host,
  );
}

/** The policy's hosts the user has allowed in the browser (asked on the options page). */
export async function grantedHosts(hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of hosts) {
    const ok = await browser.permissions.contains({ origins: originsFor([host]) }).catch(() => false);
    if (ok) granted.push(host);
  }
  return granted;
}

const SCRIPT_ID = 'zorgvuldig-org-hosts';
const BRIDGE_ID = 'zorgvuldig-org-hosts-bridge';

/**
 * Keeps the content scripts for the organisation's hosts registered for exactly the hosts
 * that are in the policy and allowed by the user: the checker then attaches there by itself,
 * as on the platforms. Nothing is registered for a host the user did not allow.
 */
export async function syncOrgHostScripts(hosts: readonly string[]): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const granted = await grantedHosts(hosts);
  const matches = originsFor(granted);
  const current = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (JSON.stringify(current[0]?.matches ?? []) === JSON.stringify(matches)) return granted;
  await scripting.unregisterContentScripts({ ids: [SCRIPT_ID, BRIDGE_ID] }).catch(() => undefined);
  if (matches.length === 0) return granted;
  await scripting.registerContentScripts([
    // The page-world bridge applies fixes through the editors (see entrypoints/editor-bridge.content.ts).
    {
      id: BRIDGE_ID,
      matches,
      js: ['content-scripts/editor-bridge.js'],
      world: 'MAIN',
      runAt: 'document_start',
      allFrames: true,
    },
    { id: SCRIPT_ID, matches, js: ['content-scripts/anywhere.js'], runAt: 'document_idle', allFrames: true },
  ]);
  return granted;
}
