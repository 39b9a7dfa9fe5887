/** BSN 11-proef: weights 9..2 and -1; 8-digit numbers are left-padded with 0; 000000000 is not a BSN. */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.\-\u00a0]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return false;
  const d = digits.padStart(9, '0');
  if (/^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}
