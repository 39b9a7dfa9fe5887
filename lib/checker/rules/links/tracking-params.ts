import { isSameOrSubdomain } from '../../text/emails';
import { trackingParams } from './data/tracking';

/** The host of an address written with or without a scheme. */
function hostOf(address: string): string {
  const rest = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return rest.slice(0, rest.search(/[/?#:]|$/)).toLowerCase();
}

function isTracking(name: string, host: string): boolean {
  const lower = name.toLowerCase();
  return trackingParams.some(
    (p) =>
      (p.prefix ? lower.startsWith(p.name) && lower.length > p.name.length : lower === p.name) &&
      (!p.hosts || p.hosts.some((h) => isSameOrSubdomain(host, h))),
  );
}

/** Splits an address into what comes before the query, the query's parts, and the #fragment. */
function split(address: string): { base: string; parts: string[]; hash: string } {
  const hashAt = address.indexOf('#');
  const hash = hashAt === -1 ? '' : address.slice(hashAt);
  const beforeHash = hashAt === -1 ? address : address.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return { base: beforeHash, parts: [], hash };
  return { base: beforeHash.slice(0, queryAt), parts: beforeHash.slice(queryAt + 1).split('&'), hash };
}

/** The names of the tracking parameters in an address, in order, each once. */
export function trackingIn(address: string): string[] {
  const host = hostOf(address);
  const names = split(address).parts.map((part) => part.split('=')[0]);
  return [...new Set(names.filter((name) => isTracking(name, host)))];
}

/** The same address without its tracking parameters; everything else stays as it was written. */
export function withoutTracking(address: string): string {
  const host = hostOf(address);
  const { base, parts, hash } = split(address);
  const kept = parts.filter((part) => part !== '' && !isTracking(part.split('=')[0], host));
  return `${base}${kept.length ? `?${kept.join('&')}` : ''}${hash}`;
}
