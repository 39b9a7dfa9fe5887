/** Belgian rijksregisternummer (NN) or BIS number: YYMMDD SSS CC, mod 97, with the 2000+ form. */
export type BelgianIdKind = 'nn' | 'bis';

export function belgianIdKind(value: string): BelgianIdKind | null {
  const digits = value.replace(/[\s.\-\u00a0]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  const body = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const before2000 = 97 - (body % 97) === check;
  const after2000 = 97 - ((2_000_000_000 + body) % 97) === check;
  if (!before2000 && !after2000) return null;
  const month = Number(digits.slice(2, 4));
  if (month <= 12) return 'nn';
  if ((month >= 20 && month <= 32) || (month >= 40 && month <= 52)) return 'bis';
  return null;
}
