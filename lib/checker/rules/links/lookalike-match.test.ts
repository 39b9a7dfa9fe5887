import { describe, expect, it } from 'vitest';
import { decodePunycode, toUnicodeHost } from './punycode';
import { mixesScripts, oneEditApart, skeleton } from './skeleton';

describe('look-alike helpers', () => {
  it('decodes punycode (RFC 3492)', () => {
    expect(toUnicodeHost('xn--mnchen-3ya.de')).toBe('münchen.de');
    expect(toUnicodeHost('www.xn--pypal-4ve.com')).toBe('www.pаypal.com');
    expect(toUnicodeHost(new URL('https://例え.テスト').hostname)).toBe('例え.テスト');
    expect(decodePunycode('!!')).toBeUndefined();
  });
  it('folds look-alike letters to one skeleton', () => {
    expect(skeleton('rab0bank')).toBe(skeleton('rabobank'));
    expect(skeleton('rаbobank')).toBe(skeleton('rabobank'));
    expect(skeleton('rabobánk')).toBe(skeleton('rabobank'));
    expect(skeleton('rnijnoverheid')).toBe(skeleton('mijnoverheid'));
    expect(skeleton('rabobank')).not.toBe(skeleton('rabobunk'));
  });
  it.each([
    ['rabobank', 'rabobamk', true],
    ['rabobank', 'raboank', true],
    ['rabobank', 'rabobankk', true],
    ['rabobank', 'raobbank', true],
    ['rabobank', 'rabobank', false],
    ['rabobank', 'robobamk', false],
    ['rabobank', 'bankrabo', false],
  ])('one edit between %s and %s: %s', (a, b, expected) => expect(oneEditApart(a, b)).toBe(expected));
  it('sees mixed scripts within a label only', () => {
    expect(mixesScripts('pаypal')).toBe(true);
    expect(mixesScripts('пример')).toBe(false);
    expect(mixesScripts('münchen')).toBe(false);
  });
});
