import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The wrapper that starts a browser in a private mount namespace (see its header). */
export const NAMESPACE_SCRIPT = path.join(import.meta.dirname, 'policy-namespace.sh');

export type PolicySandbox = {
  /** Give this to the launcher as the browser's executable. */
  executablePath: string;
  /** Give this to the launcher as the browser's environment. */
  env: Record<string, string>;
  /** The per-run folder the browser sees at `target`: write policy files here. */
  dir: string;
  /** The machine-wide path the browser reads (never written). */
  target: string;
  /** Deletes the per-run folder (after the browser has closed). */
  remove(): void;
};

let unshareFlags: string | undefined;

/**
 * How to get a private mount namespace here: as root `unshare --mount`, otherwise through a user
 * namespace. Tried once per process with a real bind mount between two temporary folders.
 */
function findUnshareFlags(): string {
  if (unshareFlags !== undefined) return unshareFlags;
  const probe = mkdtempSync(path.join(tmpdir(), 'zorgvuldig-unshare-'));
  const from = path.join(probe, 'from');
  const to = path.join(probe, 'to');
  mkdirSync(from);
  mkdirSync(to);
  const tries = process.getuid?.() === 0 ? ['--mount'] : ['--map-root-user --mount'];
  const failures: string[] = [];
  try {
    for (const flags of tries) {
      const run = spawnSync(
        'unshare',
        [...flags.split(' '), '--propagation', 'private', '--', 'mount', '--bind', from, to],
        { encoding: 'utf8' },
      );
      if (run.status === 0) return (unshareFlags = flags);
      failures.push(`unshare ${flags}: ${(run.error?.message ?? run.stderr).trim() || `exit ${run.status}`}`);
    }
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  throw new Error(
    [
      'Cannot isolate the browser policy folder: no private mount namespace here.',
      ...failures.map((f) => `  ${f}`),
      'The real-browser tests start each browser with its own policy folder bind-mounted over the',
      'machine-wide one (tests/e2e/policy-namespace.sh), so a test policy never reaches other browsers.',
      'Run them as root, or allow user namespaces (sysctl kernel.unprivileged_userns_clone=1,',
      'or on Ubuntu kernel.apparmor_restrict_unprivileged_userns=0). Nothing was written to the real path.',
    ].join('\n'),
  );
}

/**
 * A per-run stand-in for `target` (a browser's machine-wide policy folder) that only `browser`,
 * started through the returned executable, sees. `seedFrom` copies a folder's files in first
 * (Firefox keeps search engines beside policies.json), except a policies.json. The real `target` is never written; it is
 * created empty when missing, because a bind mount needs a mount point.
 */
export function policySandbox(browser: string, target: string, seedFrom?: string): PolicySandbox {
  const flags = findUnshareFlags();
  if (!existsSync(target)) {
    try {
      mkdirSync(target, { recursive: true });
    } catch (error) {
      throw new Error(
        `The policy folder ${target} does not exist and cannot be created (${(error as Error).message}). ` +
          `Create it once, empty, as root (mkdir -p ${target}): the tests mount their own folder over it.`,
      );
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'zorgvuldig-policy-'));
  if (seedFrom && existsSync(seedFrom))
    for (const name of readdirSync(seedFrom))
      // A policy file there is someone else's: the run writes its own or none.
      if (name !== 'policies.json')
        cpSync(path.join(seedFrom, name), path.join(dir, name), { recursive: true });
  const remove = () => rmSync(dir, { recursive: true, force: true });
  return {
    executablePath: NAMESPACE_SCRIPT,
    env: {
      ...(process.env as Record<string, string>),
      ZORGVULDIG_BROWSER: browser,
      ZORGVULDIG_POLICY_SOURCE: dir,
      ZORGVULDIG_POLICY_TARGET: target,
      ZORGVULDIG_UNSHARE_FLAGS: flags,
    },
    dir,
    target,
    remove,
  };
}
