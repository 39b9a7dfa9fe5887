/** A stored snapshot of the user's settings as it sits in one storage area: key -> value. */
export type Snapshot = Record<string, unknown>;

export type Migration = {
  /** The version this step produces; steps run in order from the stored version + 1. */
  version: number;
  description: string;
  up(snapshot: Snapshot): Snapshot;
};

const userKeys = ['platforms', 'rules', 'lang', 'linkCheck', 'showWelcome'];

/** Whether a storage key belongs to the settings (sync may hold other parts' keys too). */
export const isSettingsKey = (key: string) =>
  key === 'settingsVersion' ||
  key === 'settings' ||
  key === 'words' ||
  /^words\.\d+$/.test(key) ||
  userKeys.includes(key);

/** Numbered, in order; never edit a released step, add a new one. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description:
      'unversioned flat keys (settings and one `words` list side by side) -> `settings` + word chunks',
    up(snapshot) {
      // Keep whatever is already in the new layout: a garbled version number must not lose it.
      const existing = snapshot.settings;
      const user: Record<string, unknown> =
        typeof existing === 'object' && existing !== null && !Array.isArray(existing) ? { ...existing } : {};
      const rest: Snapshot = {};
      for (const [key, value] of Object.entries(snapshot)) {
        if (userKeys.includes(key)) user[key] = value;
        else if (key !== 'words' && key !== 'settings') rest[key] = value;
      }
      if (snapshot.words === undefined) return { ...rest, settings: user };
      let free = 0;
      while (`words.${free}` in rest) free += 1;
      return { ...rest, settings: user, [`words.${free}`]: snapshot.words };
    },
  },
];

export const CURRENT_VERSION = migrations.length;

/**
 * Brings a snapshot up to `CURRENT_VERSION`. A snapshot without a version is version 0; one
 * from a newer version is left as is (read leniently) and reported by the caller.
 */
export function migrate(
  snapshot: Snapshot,
  steps: readonly Migration[] = migrations,
): { snapshot: Snapshot; from: number; to: number } {
  const stored = snapshot.settingsVersion;
  const from = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
  let current = snapshot;
  let version = from;
  for (const step of steps) {
    if (step.version <= version) continue;
    if (step.version !== version + 1) throw new Error(`migration ${version + 1} is missing`);
    current = { ...step.up(current), settingsVersion: step.version };
    version = step.version;
  }
  return { snapshot: current, from, to: version };
}
