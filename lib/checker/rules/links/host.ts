import { parse } from 'tldts';
import type { CheckContext } from '../../rule';
import { isSameOrSubdomain } from '../../text/emails';
import type { FoundLink } from './find';

/** Names that never resolve on the public internet (RFC 6761, 6762, 8375 and common practice). */
const INTERNAL_SUFFIXES = [
  'local',
  'internal',
  'lan',
  'home.arpa',
  'intranet',
  'corp',
  'localdomain',
  'localhost',
  'home',
];

/** The registrable domain and its first label: 'www.rabobank.nl' -> rabobank.nl, rabobank. */
export function registrable(host: string): { domain: string; label: string; suffix: string; known: boolean } {
  const r = parse(host, { extractHostname: false });
  return {
    domain: r.domain ?? host,
    label: r.domainWithoutSuffix ?? '',
    suffix: r.publicSuffix ?? '',
    known: r.isIcann === true,
  };
}

export function isIpHost(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

/** IPv4 private, loopback, link-local and CGNAT ranges; IPv6 loopback, unique-local and link-local. */
export function isPrivateIp(host: string): boolean {
  if (host.startsWith('['))
    return /^\[(?:::1?\]|f[cd][0-9a-f]{0,2}:|fe[89ab][0-9a-f]?:|::ffff:(?:7f[0-9a-f]{2}|a[0-9a-f]{2}|c0a8):)/i.test(
      host,
    );
  const [a, b] = host.split('.').map(Number);
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

export type InternalKind = 'ip-private' | 'ip' | 'name' | 'org';

/** Why a host only works inside a network, or undefined when it is a public name. */
export function internalKind(host: string, ctx: CheckContext): InternalKind | undefined {
  return internalKindOf(host, ctx.settings.internalDomains);
}

export function internalKindOf(host: string, internalDomains: string[] = []): InternalKind | undefined {
  if (internalDomains.some((d) => isSameOrSubdomain(host, d))) return 'org';
  if (isIpHost(host)) return isPrivateIp(host) ? 'ip-private' : 'ip';
  if (!host.includes('.')) return 'name';
  if (INTERNAL_SUFFIXES.some((s) => isSameOrSubdomain(host, s))) return 'name';
  return undefined;
}

/** The organisation's own public site: its links stay quiet, unless the host is also listed as internal. */
export function isOrgLink(link: FoundLink, ctx: CheckContext): boolean {
  return (ctx.settings.orgDomains ?? []).some((d) => isSameOrSubdomain(link.host, d.trim().toLowerCase()));
}
