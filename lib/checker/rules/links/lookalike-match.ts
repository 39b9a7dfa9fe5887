import { wellKnown } from './data/well-known';
import { isIpHost, registrable } from './host';
import { toUnicodeHost } from './punycode';
import { mixesScripts, oneEditApart, skeleton } from './skeleton';

export type Target = {
  domain: string;
  label: string;
  skel: string;
  name: string;
  strictTld: boolean;
  typos: boolean;
};
export type LookalikeMatch =
  | { kind: 'confusable' | 'typo' | 'embedded' | 'tld' | 'subdomain'; target: Target }
  | { kind: 'mixed-script' | 'punycode'; unicode: string };

/** Words phishing sites glue to a trusted name: 'mijn-digid', 'rabobank-verificatie'. */
const BAIT = new Set(
  'mijn my login inloggen aanmelden signin veilig veiligheid verificatie verifieren verify verification secure security beveiliging beveiligd support klantenservice service helpdesk online account accounts teruggave terugbetaling betaling betalen pay payment bankpas pas update controle check help nl be app portaal portal bevestig bevestigen confirm vernieuwen verlengen activeren activatie blokkade deblokkeren unlock formulier aanvraag info web www official officieel team alert melding id auth sso recovery herstel nieuw new pakket pakje zending bezorging levering track volgen'.split(
    ' ',
  ),
);

export function targetOf(
  domain: string,
  name: string,
  options: { strictTld?: boolean; typos?: boolean } = {},
): Target {
  const label = registrable(domain).label || domain;
  return {
    domain,
    label,
    skel: skeleton(label),
    name,
    strictTld: options.strictTld ?? false,
    typos: options.typos ?? true,
  };
}

const known = new Set(wellKnown.flatMap((w) => [w.domain, ...w.also]));

/** Whether the host belongs to a site on the well-known list (all of them serve https). */
export function isWellKnownHost(host: string): boolean {
  return known.has(registrable(host).domain);
}
const builtIn: Target[] = wellKnown.flatMap((w) => [
  targetOf(w.domain, w.name, { strictTld: w.strictTld, typos: !w.word }),
  ...w.also.map((d) => targetOf(d, w.name, { typos: false })),
]);

/** Whether the label is the trusted name with only bait words around it. */
function embeds(label: string, name: string): boolean {
  const at = label.indexOf(name);
  if (at === -1 || label === name) return false;
  const rest = [label.slice(0, at), label.slice(at + name.length)].flatMap((part) => part.split(/[-\d]+/));
  return rest.every((chunk) => chunk === '' || BAIT.has(chunk));
}

/** Whether `domain` appears in the host as a whole name followed by '.' or '-' (rabobank.nl.veilig.com). */
function carries(host: string, domain: string): boolean {
  for (let at = host.indexOf(domain); at !== -1; at = host.indexOf(domain, at + 1)) {
    const before = at === 0 ? '.' : host[at - 1];
    const after = host[at + domain.length];
    if ((before === '.' || before === '-') && (after === '.' || after === '-')) return true;
  }
  return false;
}

function against(
  targets: Target[],
  host: string,
  domain: string,
  label: string,
  sub: string,
): LookalikeMatch | undefined {
  const skel = skeleton(label);
  for (const target of targets) {
    if (target.domain === domain) continue;
    if (carries(host, target.domain)) return { kind: 'subdomain', target };
    if (target.label.length < 3) continue;
    if (label === target.label) {
      if (target.strictTld) return { kind: 'tld', target };
      continue;
    }
    if (skel === target.skel) return { kind: 'confusable', target };
    if (target.typos && target.label.length >= 5 && oneEditApart(skel, target.skel))
      return { kind: 'typo', target };
    if (embeds(label, target.label)) return { kind: 'embedded', target };
    if (target.label.length >= 5 && sub.split('.').some((l) => l === target.label || embeds(l, target.label)))
      return { kind: 'subdomain', target };
  }
  return undefined;
}

/**
 * How a host imitates a trusted one, if it does. `host` is the ASCII host of the link; `org`
 * are the organisation's own domains, which are compared against but never flagged themselves.
 */
export function lookalike(host: string, written: string, org: Target[]): LookalikeMatch | undefined {
  if (isIpHost(host)) return undefined;
  const reg = registrable(host);
  if (known.has(reg.domain) || !reg.label) return undefined;
  const unicode = toUnicodeHost(host);
  const label = toUnicodeHost(reg.label);
  const sub = unicode.slice(0, Math.max(0, unicode.length - toUnicodeHost(reg.domain).length - 1));
  const found =
    against(org, unicode, reg.domain, label, sub) ?? against(builtIn, unicode, reg.domain, label, sub);
  if (found) return found;
  if (unicode.split('.').some(mixesScripts)) return { kind: 'mixed-script', unicode };
  if (/xn--/i.test(written)) return { kind: 'punycode', unicode };
  return undefined;
}
