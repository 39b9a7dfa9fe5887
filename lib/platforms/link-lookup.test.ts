import { describe, expect, it } from 'vitest';
import { createLinkLookup } from './link-lookup';

describe("the content script's side of the live link check", () => {
  it("asks for the addresses the checker's own link finder sees, each once", () => {
    const links = createLinkLookup();
    const text = 'Zie tinyurl.com/x, www.voorbeeld.nl/pagina. En https://zorg.nl/a?b=1).';
    expect(links.toAsk(text)).toEqual([
      'https://tinyurl.com/x',
      'https://www.voorbeeld.nl/pagina',
      'https://zorg.nl/a?b=1',
    ]);
    expect(links.toAsk(text)).toEqual([]);
  });

  it('remembers the answers, and only real ones', () => {
    const links = createLinkLookup();
    links.remember([
      { url: 'https://zorg.nl/weg', status: { state: 'broken', status: 404 } },
      { url: 'https://zorg.nl/uit', status: null },
    ]);
    expect(links.status('https://zorg.nl/weg')).toEqual({ state: 'broken', status: 404 });
    expect(links.status('https://zorg.nl/uit')).toBeUndefined();
  });

  it('asks for at most 50 addresses at a time', () => {
    const text = Array.from({ length: 60 }, (_, i) => `https://zorg${i}.nl/`).join(' ');
    expect(createLinkLookup().toAsk(text)).toHaveLength(50);
  });
});
