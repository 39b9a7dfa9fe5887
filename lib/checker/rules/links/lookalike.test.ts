import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { lookalike } from './lookalike';
import { ORDINARY_LINKS, ORG_SETTINGS } from './ordinary';

describe('links/lookalike', () => {
  describe('must flag', () => {
    it.each([
      ['https://belastingdienst-teruggave.nl/login', 'belastingdienst.nl', 'check'],
      ['https://mijn-digid.com/verlengen', 'digid.nl', 'check'],
      ['www.rab0bank.nl', 'rabobank.nl', 'stop'],
      ['https://www.rabobamk.nl/inloggen', 'rabobank.nl', 'check'],
      ['https://faceboook.com/login', 'facebook.com', 'check'],
      ['https://www.lnstagram.com/p/1', 'instagram.com', 'stop'],
      ['https://linkedln.com/in/jan', 'linkedin.com', 'stop'],
      ['https://www.pаypal.com/nl', 'paypal.com', 'stop'],
      ['https://xn--pypal-4ve.com/nl', 'paypal.com', 'stop'],
      ['https://rabobánk.nl/', 'rabobank.nl', 'stop'],
      ['https://www.belastingdienst.nl.veilig-inloggen.com/', 'belastingdienst.nl', 'check'],
      ['https://belastingdienst.nl-teruggave.com/', 'belastingdienst.nl', 'check'],
      ['https://rijksoverheid.info/toeslag', 'rijksoverheid.nl', 'check'],
      ['https://postnl-pakket.nl/volg', 'postnl.nl', 'check'],
      ['https://ziekenhuisvoorbeld.nl/afspraak', 'ziekenhuisvoorbeeld.nl', 'check'],
    ])('%s imitates %s', (text, domain, severity) => {
      const found = findingsOf(text, lookalike, ORG_SETTINGS);
      expect(compact(found)).toEqual([`0-${text.length} links/lookalike`]);
      expect(found[0].message).toContain(domain);
      expect(found[0].severity).toBe(severity);
    });
    it.each([
      ['https://xn--80ak6aa92e.com/', 'stop'],
      ['https://xn--mnchen-3ya.de/', 'check'],
      ['https://gооgle-docs.example.com/', 'stop'],
    ])('punycode and mixed scripts: %s', (text, severity) => {
      const found = findingsOf(text, lookalike);
      expect(compact(found)).toEqual([`0-${text.length} links/lookalike`]);
      expect(found[0].severity).toBe(severity);
    });
  });
  describe('must not flag', () => {
    it.each([
      ...ORDINARY_LINKS,
      'https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen',
      'https://mijn.rabobank.nl/',
      'https://www.ing.nl/particulier',
      'https://www.ing.be/nl',
      'https://www.digitaleoverheid.nl/',
      'https://www.instagramtips.nl/',
      'https://www.kpn.com/zakelijk',
      'https://m.facebook.com/story.php?id=1',
      'https://fb.watch/abc/',
      'https://münchen.de/',
      'https://www.office.nl/',
      'https://www.banker.nl/',
      'https://www.email.nl/',
      'https://www.ggdhaaglanden.nl/',
      'https://www.duo.com/',
      'https://zorgvoorbeeld.sharepoint.com/sites/team',
      'https://www.ziekenhuisvoorbeeld.nl/',
    ])('%s', (text) => expect(findingsOf(text, lookalike, ORG_SETTINGS)).toEqual([]));
  });
});
