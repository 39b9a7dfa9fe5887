import { describe, expect, it } from 'vitest';
import { cleanPolicy } from './policy';

/** What an administrator reads for a value of the right type in the wrong form. */
describe('reasons for a refused policy value', () => {
  it('says what form a domain, a site and a word must have', () => {
    const { issues } = cleanPolicy({
      organisation: {
        domains: ['https://www.zorggroep.nl/'],
        hosts: ['planner.zorggroep.nl:8443'],
        words: ['Voorbeeld hof'],
      },
    });
    expect(issues.map((issue) => [issue.path, issue.reason.nl])).toEqual([
      ['organisation.domains.0', 'geen hostnaam: alleen de naam, zonder https:// of / (zoals zorggroep.nl)'],
      [
        'organisation.hosts.0',
        'geen site: een hostnaam of *. met een domein, zonder https://, / of poort (zoals planner.zorggroep.nl of *.intranet.zorggroep.nl)',
      ],
      ['organisation.words.0', 'geen los woord (een spatie erin?)'],
    ]);
    expect(issues[0].reason.en).toBe(
      'not a host name: the name only, without https:// or / (like zorggroep.nl)',
    );
  });
});
