import { expect, it } from 'vitest';
import { Policy } from '../settings/schema';
import { onHosts, originsFor } from './org-hosts';

it('matches a page to the organisation hosts, with *. for subdomains only where asked', () => {
  const hosts = ['planner.zorggroep.nl', '*.intranet.zorggroep.nl'];
  expect(onHosts('https://planner.zorggroep.nl/posts/12', hosts)).toBe(true);
  expect(onHosts('http://wiki.intranet.zorggroep.nl/', hosts)).toBe(true);
  expect(onHosts('https://intranet.zorggroep.nl/', hosts)).toBe(true);
  expect(onHosts('https://zorggroep.nl/', hosts)).toBe(false);
  expect(onHosts('https://planner.zorggroep.nl.evil.example/', hosts)).toBe(false);
  expect(onHosts('https://notintranet.zorggroep.nl/', hosts)).toBe(false);
  expect(onHosts('not a url', hosts)).toBe(false);
  expect(onHosts(undefined, hosts)).toBe(false);
  expect(originsFor(hosts)).toEqual(['*://planner.zorggroep.nl/*', '*://*.intranet.zorggroep.nl/*']);
});

it('the policy key takes host names only: no scheme, path, port or bare wildcard', () => {
  const hostsOf = (hosts: unknown) => Policy.safeParse({ organisation: { hosts } });
  expect(hostsOf(['Planner.Zorggroep.nl', '*.zorggroep.nl']).data?.organisation?.hosts).toEqual([
    'planner.zorggroep.nl',
    '*.zorggroep.nl',
  ]);
  for (const bad of [
    'https://planner.zorggroep.nl',
    'planner.zorggroep.nl/x',
    'planner:8080',
    '*',
    '*.nl',
    'localhost',
  ])
    expect(hostsOf([bad]).success, bad).toBe(false);
});
