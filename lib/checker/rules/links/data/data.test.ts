import { describe, expect, it } from 'vitest';
import { registrable } from '../host';
import { documentShares } from './document-shares';
import { DocumentShare, Shortener, TrackingParam, WellKnown, table } from './schema';
import { shorteners } from './shorteners';
import { trackingParams } from './tracking';
import { wellKnown } from './well-known';

describe('link data', () => {
  it('has at least 50 shortener services, each a registrable domain', () => {
    expect(shorteners.length).toBeGreaterThanOrEqual(50);
    for (const s of shorteners) expect(registrable(s.domain).domain, s.domain).toBe(s.domain);
  });

  it('lists the tracking parameters the issue names', () => {
    const names = trackingParams.map((p) => p.name);
    for (const name of ['utm_', 'fbclid', 'gclid', 'msclkid', 'mc_eid', '_hsenc'])
      expect(names).toContain(name);
  });

  it('keeps well-known domains registrable and never a shortener or a duplicate of another entry', () => {
    const all = wellKnown.flatMap((w) => [w.domain, ...w.also]);
    for (const d of wellKnown.map((w) => w.domain)) expect(registrable(d).domain, d).toBe(d);
    expect(new Set(all).size).toBe(all.length);
    const short = new Set(shorteners.map((s) => s.domain));
    for (const w of wellKnown) expect(short.has(w.domain), w.domain).toBe(false);
    for (const kind of ['platform', 'government', 'bank', 'care', 'news'] as const)
      expect(wellKnown.filter((w) => w.kind === kind).length, kind).toBeGreaterThan(3);
  });

  it('covers the document-share services the issue names', () => {
    const services = documentShares.map((d) => d.service).join(' ');
    for (const name of [
      'SharePoint',
      'OneDrive',
      'Google Drive',
      'Google Docs',
      'Dropbox',
      'WeTransfer',
      'Box',
      'iCloud',
    ])
      expect(services).toContain(name);
  });

  describe('the schemas reject bad rows', () => {
    it.each([
      [
        'an upper-case host',
        () => table(Shortener, [{ domain: 'Bit.ly', service: 'Bitly' }], (r) => r.domain),
      ],
      [
        'a host with a path',
        () => table(Shortener, [{ domain: 'bit.ly/x', service: 'Bitly' }], (r) => r.domain),
      ],
      [
        'a duplicate',
        () =>
          table(
            Shortener,
            [
              { domain: 'bit.ly', service: 'A' },
              { domain: 'bit.ly', service: 'B' },
            ],
            (r) => r.domain,
          ),
      ],
      [
        'an upper-case parameter',
        () => table(TrackingParam, [{ name: 'FBCLID', by: 'Facebook' }], (r) => r.name),
      ],
      [
        'an unknown kind',
        () => table(WellKnown, [{ domain: 'a.nl', name: 'A', kind: 'shop' as 'news' }], (r) => r.domain),
      ],
      [
        'a path without a slash',
        () => table(DocumentShare, [{ host: 'a.nl', service: 'A', paths: ['s/'] }], (r) => r.host),
      ],
    ])('%s', (_name, build) => expect(build).toThrow());
  });
});
