import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { bsn } from './bsn';
import { email } from './email';
import { iban } from './iban';
import { phone } from './phone';
import { rrn } from './rrn';

describe('privacy/bsn', () => {
  it('finds the BSN in the issue example at 16-25', () => {
    expect(compact(findingsOf('Patiënt met BSN 111222333', bsn))).toEqual(['16-25 privacy/bsn']);
    expect(findingsOf('Patiënt met BSN 111222333', bsn)[0].severity).toBe('stop');
  });
  describe('must flag', () => {
    it.each([
      ['BSN: 1112.22.333', '5-16'],
      ['bsn 111 222 333', '4-15'],
      ['burgerservicenummer 12345672', '20-28'],
      ['kamer 12 111222333 graag', '9-18'],
      ['(bsn 999993653)', '5-14'],
      ['BSN 111222333, bel me', '4-13'],
    ])('%s', (text, span) => expect(compact(findingsOf(text, bsn))).toEqual([`${span} privacy/bsn`]));
    it('a bare valid 9-digit number is a check, not a stop', () => {
      expect(findingsOf('nummer 123456782', bsn).map((f) => f.severity)).toEqual(['check']);
    });
  });
  describe('must not flag', () => {
    it.each([
      'Patiënt met BSN 111222334',
      'BSN 000000000',
      'Zonder context: 12345672',
      'Factuur 1112223334',
      'IBAN NL91ABNA0417164300',
      'Tel 06-12345678',
      'Code A111222333',
      'Bedrag 111222333,50',
      'Datum 12/03/2024',
      'Omzet 2023: 645.120.984 euro',
      'Een investering van € 111.222.333 in nieuwbouw',
    ])('%s', (text) => expect(findingsOf(text, bsn)).toEqual([]));
  });
});

describe('privacy/rrn', () => {
  it.each([
    ['RRN 85.07.30-033.28', '4-19', 'stop'],
    ['rijksregisternummer 00000100195', '20-31', 'stop'],
    ['nummer 85073003328', '7-18', 'check'],
    ['BIS 01 49 07 001 85', '4-19', 'stop'],
  ])('must flag %s', (text, span, severity) => {
    const found = findingsOf(text, rrn);
    expect(compact(found)).toEqual([`${span} privacy/rrn`]);
    expect(found[0].severity).toBe(severity);
  });
  it.each(['RRN 85.07.30-033.29', 'nummer 85133000105', 'telefoon 0470123456', 'bel +32 496 11 22 33'])(
    'must not flag %s',
    (text) => expect(findingsOf(text, rrn)).toEqual([]),
  );
});

describe('privacy/iban', () => {
  it.each([
    ['IBAN NL91 ABNA 0417 1643 00.', '5-27'],
    ['op NL91ABNA0417164300 van', '3-21'],
    ['BE32 123-4567890-02 graag', '0-19'],
    ['be68539007547034', '0-16'],
  ])('must flag %s', (text, span) =>
    expect(compact(findingsOf(text, iban))).toEqual([`${span} privacy/iban`]),
  );
  it('is a check for an account on a person’s name, a tip for a foundation’s fundraiser account', () => {
    const sev = (text: string) => findingsOf(text, iban).map((f) => f.severity);
    expect(sev('Op NL44 RABO 0123 4567 89 op naam van mijn vader')).toEqual(['check']);
    expect(sev('Storten op NL44 RABO 0123 4567 89 t.n.v. Stichting Vrienden van De Linde')).toEqual(['tip']);
  });
  it.each(['NL91 ABNA 0417 1643 01', 'BE71 A961 2345 6769', 'NLZORG2024 campagne', 'BE41091811735141'])(
    'must not flag %s',
    (text) => expect(findingsOf(text, iban)).toEqual([]),
  );
});

describe('privacy/email', () => {
  it.each([
    ['Mail j.devries@gmail.com.', '5-24'],
    ["(anna-marie.o'brien@hotmail.be)", '1-30'],
    ['kees@zorg.example.nl', '0-20'],
    ['mail mjansen@rivas.nl', '5-21'],
    ['mail dewit@praktijk.be', '5-22'],
    ['via gerda_1954@hotmail.com', '4-26'],
    ['of marieke.de.vries+zorg@gmail.com', '3-34'],
  ])('must flag %s', (text, span) =>
    expect(compact(findingsOf(text, email))).toEqual([`${span} privacy/email`]),
  );
  it.each([
    'Mail info@ziekenhuis.nl',
    'pers@umc.nl',
    '@ziekenhuis volgen',
    'a@b',
    'twee @ tekens @ hier',
    'Aanmelden via familieraad@zorgcentrum.nl',
    'Mail symposium@uzleuven.be',
    'Vragen? patientenadministratie@ziekenhuisnoord.nl',
    'Meld je aan via events@zorggroep.be',
  ])('must not flag %s', (text) => expect(findingsOf(text, email)).toEqual([]));
  it('says a colleague for addresses of the organisation', () => {
    const [f] = findingsOf('Mail a.jansen@ziekenhuis.nl', email, { orgDomains: ['ziekenhuis.nl'] });
    expect(f.message).toMatch(/collega/);
  });
});

describe('privacy/phone', () => {
  it.each([
    ['Bel 06 12345678', '4-15', 'check'],
    ['gsm 0470/12.34.56', '4-17', 'check'],
    ['+31 6 12345678 app me', '0-14', 'check'],
    ['0031655555555', '0-13', 'check'],
    ['tel. (030) 555 5555', '5-19', 'tip'],
    ['bel 0314-555555', '4-15', 'tip'],
    ['+32470123456', '0-12', 'check'],
    ['+31 (0)6 12 34 56 78', '0-20', 'check'],
    ['+32 (0)479 55 66 77', '0-19', 'check'],
    ['Haar dochter is bereikbaar op 030 555 5555', '30-42', 'tip'],
    ['Bel ons gerust, of zijn zoon: 06 12345678', '30-41', 'check'],
    ['Secretariaat: 016 33 22 11', '14-26', 'tip'],
  ])('must flag %s', (text, span, severity) => {
    const found = findingsOf(text, phone);
    expect(compact(found)).toEqual([`${span} privacy/phone`]);
    expect(found[0].severity).toBe(severity);
  });
  it.each([
    'Bel gratis 0800 1234',
    'Bel 0800-0123456',
    '088 755 5555 is ons algemene nummer',
    'Bel 06 1234567',
    'We hadden 1234567890 bezoekers',
    '0123456789',
    'In 2023 en 2024 samen 0470 12 34',
    'rr-nummer 85 07 14 211 39 gevonden',
    'U bereikt onze patiëntenservice op 030 275 44 10.',
    'Vragen? Bel ons op werkdagen: (010) 555 12 12',
    'Het telefoonnummer blijft 038 424 24 24.',
    'Onze receptie is bereikbaar via 09 332 21 11.',
  ])('must not flag %s', (text) => expect(findingsOf(text, phone)).toEqual([]));
});
