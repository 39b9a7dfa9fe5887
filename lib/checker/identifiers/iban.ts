/** Lengths of IBANs from the countries Dutch and Flemish posts meet most (SEPA and neighbours). */
const IBAN_LENGTH: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  LU: 20,
  GB: 22,
  ES: 24,
  IT: 27,
  AT: 20,
  CH: 21,
  PT: 25,
  IE: 22,
  DK: 18,
  SE: 24,
  NO: 15,
  FI: 18,
  PL: 28,
  CZ: 24,
  SK: 24,
  HU: 28,
  RO: 24,
  BG: 22,
  HR: 21,
  SI: 19,
  GR: 27,
  CY: 28,
  MT: 31,
  EE: 20,
  LV: 21,
  LT: 20,
  IS: 26,
  LI: 21,
  MC: 27,
  SM: 27,
  TR: 26,
  SR: 0,
};

/** Basic BBAN shapes where a wrong shape is common in typos (the rest: alphanumeric). */
const BBAN_SHAPE: Record<string, RegExp> = {
  NL: /^[A-Z]{4}\d{10}$/,
  BE: /^\d{12}$/,
  DE: /^\d{18}$/,
  LU: /^\d{3}[A-Z0-9]{13}$/,
};

export function compactIban(value: string): string {
  return value.replace(/[\s.\-\u00a0]/g, '').toUpperCase();
}

/** ISO 7064 MOD 97-10, the country's length and shape, and Belgium's national check. */
export function isValidIban(value: string): boolean {
  const iban = compactIban(value);
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTH[country];
  if (!length || iban.length !== length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const bban = iban.slice(4);
  if (BBAN_SHAPE[country] && !BBAN_SHAPE[country].test(bban)) return false;
  if (mod97(bban + iban.slice(0, 4)) !== 1) return false;
  if (country === 'BE') {
    const national = Number(bban.slice(0, 10)) % 97 || 97;
    if (national !== Number(bban.slice(10))) return false;
  }
  return true;
}

function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

export const IBAN_COUNTRIES = Object.keys(IBAN_LENGTH).filter((c) => IBAN_LENGTH[c] > 0);
