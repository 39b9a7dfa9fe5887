import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import type { MediaFacts } from '../../types';
import { text } from './text';

const found = (pictureText: string) =>
  findingsOf({ text: 'Overdracht!', media: [{ kind: 'image', text: pictureText } as MediaFacts] }, text);

describe('media/text', () => {
  describe('must flag', () => {
    it.each([
      ['Kamer 12 mw. De Vries BSN 111222333', /BSN.*naam|naam.*BSN/],
      ['Patiëntnummer 4471923', /patiëntnummer/],
      ['RRN 85.07.30-033.28', /rijksregisternummer/],
      ['mail j.devries@gmail.com', /e-mailadres/],
    ])('%s', (picture, pattern) => {
      const [f] = found(picture);
      expect(f.severity).toBe('stop');
      expect(f.message).toMatch(pattern);
    });
  });
  describe('must not flag', () => {
    it.each(['Welkom op de open dag', 'Team 3B 2024', ''])('%s', (picture) =>
      expect(found(picture)).toEqual([]),
    );
  });
});

describe('media/text: what was read, and where in the picture', () => {
  const lines = [
    'Overdracht afdeling 4B',
    'Kamer 12 mw. De Vries',
    'BSN 111222333',
    'Kamer 15 dhr. Bakker diabetes',
  ];
  const at = [
    { x: 0.05, y: 0.05 },
    { x: 0.05, y: 0.2 },
    { x: 0.7, y: 0.85 },
    { x: 0.4, y: 0.45 },
  ];
  const textLines = lines.map((t, i) => ({ text: t, ...at[i], w: 0.2, h: 0.04 }));
  const board = (settings = {}) =>
    findingsOf(
      { text: 'Dag!', media: [{ kind: 'image', text: lines.join('\n'), textLines }] },
      text,
      settings,
    );

  it('runs the draft rules on the text and names kind, quote and place', () => {
    const [f] = board();
    expect(f.severity).toBe('stop');
    expect(f.message).toContain('BSN “111222333” (rechtsonder)');
    expect(f.message).toContain('naam “mw. De Vries” (linksboven)');
    expect(f.message).toContain('naam “dhr. Bakker” (in het midden)');
    expect(f.message).toContain('diagnose “diabetes” (in het midden)');
    expect(f.message).toMatch(/\(BSN, naam, diagnose, kamer\)/);
  });

  it('a rule switched off for drafts is off for the photo too', () => {
    const [f] = board({ rules: { 'privacy/bsn': { enabled: false } } });
    expect(f.message).not.toContain('111222333');
  });

  it('text without boxes (from the command line) is named without a place', () => {
    const [f] = findingsOf({ text: 'x', media: [{ kind: 'image', text: 'mw. De Vries' }] }, text);
    expect(f.message).toBe('In de foto is tekst te lezen die iemand aanwijst (naam): naam “mw. De Vries”.');
  });

  it('OCR noise from a photo without text is not flagged', () => {
    expect(
      findingsOf(
        { text: 'x', media: [{ kind: 'image', text: 'PLZ |\nwe\ny y * 3 = ik\n2 hh\n= 7 id {' }] },
        text,
      ),
    ).toEqual([]);
  });
});
