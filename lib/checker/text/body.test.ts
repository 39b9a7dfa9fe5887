import { describe, expect, it } from 'vitest';
import { bodyHits } from './body';
import { analyse } from './tokens';

const hits = (text: string) => bodyHits(analyse(text)).map((h) => `${text.slice(h.start, h.end)}:${h.kind}`);

describe('body parts hurt, treated or cared for', () => {
  it.each([
    ['haar heup is gebroken', ['haar heup is gebroken:event']],
    ['brak hij zijn sleutelbeen', ['brak hij zijn sleutelbeen:event']],
    ['een gekneusd ribje', ['gekneusd ribje:event']],
    ['met een polsbreukje', ['polsbreukje:event']],
    ['na de knie-operatie', ['knie-operatie:treatment']],
    ['rugklachten en nekpijn', ['rugklachten:condition', 'nekpijn:condition']],
    ['zijn enkels zijn geopereerd', ['zijn enkels zijn geopereerd:treatment']],
    ['uw gebit', ['uw gebit:body']],
    ["z'n katheter", ["z'n katheter:body"]],
    ['de tandarts keek in haar mond', ['haar mond:body']],
  ])('%s', (text, expected) => expect(hits(text)).toEqual(expected));

  it.each([
    'wat is er aan de hand, alles kapot',
    'een gebroken belofte en een arm gezin',
    'zij stond weer op de been na een week',
    'te voet naar de breuk in de dijk',
    'haar mond viel open van verbazing',
    'het gebit van een haai',
    'een rugzak en een handtas',
    // Two sentences: the body part and the break do not meet.
    'Mijn knie. Het glas is gebroken.',
  ])('not: %s', (text) => expect(hits(text)).toEqual([]));
});
