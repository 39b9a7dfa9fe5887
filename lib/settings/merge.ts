import { builtinSettings, type OrgSettings, type Settings, type UserLayer } from './schema';

/** The policy after validation: every part optional, invalid parts already removed. */
export type CleanPolicy = { organisation?: Partial<OrgSettings>; defaults?: UserLayer; locked?: UserLayer };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Objects merge key by key; lists and plain values are replaced whole. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = deepMerge(out[key], value);
  return out as T;
}

/** The dotted paths of the leaves of a layer: 'lang', 'platforms.tiktok', 'rules.privacy/bsn.enabled'. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isPlainObject(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([key, item]) => leafPaths(item, prefix ? `${prefix}.${key}` : key));
}

/** Strength: built-in < organisation defaults < user choices < organisation locks. */
export function mergeLayers(policy: CleanPolicy, user: UserLayer): Settings {
  let settings = builtinSettings();
  settings = deepMerge(settings, policy.defaults);
  settings = deepMerge(settings, user);
  settings = deepMerge(settings, policy.locked);
  settings.org = deepMerge(settings.org, policy.organisation);
  return settings;
}

/** Every locked leaf, with who locked it (shown next to the lock). */
export function locksOf(policy: CleanPolicy, lockedBy: string): Record<string, string> {
  return Object.fromEntries(leafPaths(policy.locked ?? {}).map((path) => [path, lockedBy]));
}

/** Whether `path` or a group containing it is locked ('platforms' locks 'platforms.tiktok'). */
export function isLocked(locks: Record<string, string>, path: string): boolean {
  return Object.keys(locks).some((lock) => lock === path || path.startsWith(`${lock}.`));
}
