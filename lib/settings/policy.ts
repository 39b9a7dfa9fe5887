import { browser } from 'wxt/browser';
import type { CleanPolicy } from './merge';
import { sanitize, type Issue } from './sanitize';
import { Policy } from './schema';

export type ReadPolicy = { policy: CleanPolicy; issues: Issue[]; present: boolean };

/** Validates a policy object part by part: a bad value is dropped and reported, the rest applies. */
export function cleanPolicy(raw: unknown): ReadPolicy {
  const issues: Issue[] = [];
  const present = typeof raw === 'object' && raw !== null && Object.keys(raw).length > 0;
  if (!present) return { policy: {}, issues, present };
  const policy = (sanitize(Policy, raw, '', issues) ?? {}) as CleanPolicy;
  return { policy, issues, present };
}

/**
 * The organisation's policy from storage.managed. Missing (no policy, Firefox without
 * policies.json, a browser without managed storage) means an empty policy, never an error.
 */
export async function readPolicy(): Promise<ReadPolicy> {
  const raw = await Promise.resolve()
    .then(() => browser.storage.managed.get(null))
    .catch(() => ({}));
  return cleanPolicy(raw);
}
