import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn';
import { isValidIban } from './iban';
import { parseNlBePhone, parsePhoneIn } from './phone';
import { isNlPostcode } from './postcode';
import { belgianIdKind } from './rrn';

type Vector = { kind: string; value: string; valid: boolean };
const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/identifier-vectors.json', import.meta.url), 'utf8'),
);

const classify: Record<string, (v: string) => boolean> = {
  bsn: isValidBsn,
  be_rrn: (v) => belgianIdKind(v) === 'nn',
  be_bis: (v) => belgianIdKind(v) === 'bis',
  iban_nl: (v) => v.startsWith('NL') && isValidIban(v),
  iban_be: (v) => v.startsWith('BE') && isValidIban(v),
  nl_postcode: isNlPostcode,
  phone_nl: (v) => parsePhoneIn(v, 'NL')?.country === 'NL',
  phone_be: (v) => parsePhoneIn(v, 'BE')?.country === 'BE',
};

describe('identifier vectors from shared/reference', () => {
  it('covers every kind', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(75);
    for (const v of vectors) expect(classify[v.kind], v.kind).toBeTypeOf('function');
  });
  it.each(vectors.map((v) => [v.kind, v.value, v.valid] as const))('%s %s -> %s', (kind, value, valid) => {
    expect(classify[kind](value)).toBe(valid);
  });
});

describe('identifier edges', () => {
  it('pads an 8-digit BSN', () => expect(isValidBsn('12345672')).toBe(true));
  it('rejects letters in a BSN', () => expect(isValidBsn('11122233a')).toBe(false));
  it('reads lower-case IBANs', () => expect(isValidIban('nl91abna0417164300')).toBe(true));
  it('reads 06 numbers as Dutch only', () => expect(parseNlBePhone('06 1234567')).toBeNull());
  it('rejects an unknown IBAN country', () => expect(isValidIban('XX91ABNA0417164300')).toBe(false));
});
