import { describe, expect, it } from 'vitest';
import { photoReadings, repairedOcr } from './photo-reading';

const read = (text: string) => photoReadings(text).map((r) => `${r.kind} ${text.slice(r.start, r.end)}`);

describe('repairedOcr: what OCR misreads, undone letter for letter', () => {
  it.each([
    ['KI2 Mw. Jansen', 'K12 Mw. Jansen'],
    ['BSN 1112223O3', 'BSN 111222303'],
    ['k.l5 Anna', 'k.15 Anna'],
    ['Patiéntnummer 20481123', 'Patiëntnummer 20481123'],
    ['Cliént: Mw. Bakker', 'Cliënt: Mw. Bakker'],
    ['BSN II! 222 333', 'BSN 111 222 333'],
    ['kamer 12 Mu. Jansen', 'kamer 12 Mw. Jansen'],
    ['K14 dur. P. de Vries', 'K14 dhr. P. de Vries'],
    ['BAKKER: H. 04-11-1938', 'BAKKER, H. 04-11-1938'],
  ])('%s', (ocr, meant) => {
    expect(repairedOcr(ocr)).toBe(meant);
    expect(repairedOcr(ocr)).toHaveLength(ocr.length);
  });

  it.each([
    'Il Divo',
    'Ook Olga',
    'café',
    'Oost 10 Olie',
    'Team IO',
    'Il 2 Oo',
    'Dag! 2 keer',
    'Mu. is muziek',
  ])('leaves words alone: %s', (text) => expect(repairedOcr(text)).toBe(text));
});

describe('photoReadings: shorthand of boards, wristbands and badges', () => {
  it.each([
    ['K12 Mw. Jansen', ['room K12']],
    ['k.15 Gerda valrisico', ['room k.15', 'name Gerda']],
    ['Kamer: 12', ['room Kamer: 12']],
    ['kmr 7 dhr. Smit', ['room kmr 7']],
    ['JANSEN, M. 12-03-1941', ['name JANSEN, M.']],
    ['Pnr 20481123 afd. 4B', ['patient-number 20481123']],
    ['€) Sanne\nVerpleegkundige', ['name Sanne']],
    ['Planning\nSanne: bellen met dochter', ['name Sanne']],
  ])('%s', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    'Welkom op de open dag',
    'Open dag 2026\nKoffie 1,50',
    'k 3 en ko 12',
    'LET OP: de deur dicht',
    'LET OP: A. de deur',
    // A first name inside running text, or a name that is also a word, alone on a sign.
    'Met dank aan Sanne voor de taart',
    'Roos',
  ])('nothing in: %s', (text) => expect(read(text)).toEqual([]));
});
