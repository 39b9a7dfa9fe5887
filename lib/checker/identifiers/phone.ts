import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/max';

export type PhoneInfo = { country: 'NL' | 'BE'; type: NonNullable<NumberType>; e164: string };

/**
 * A Dutch or Belgian phone number, validated against libphonenumber's metadata
 * (area codes, lengths, number types). Written nationally it is tried as NL, then BE.
 */
export function parseNlBePhone(value: string): PhoneInfo | null {
  // "06 1234567" is a Dutch mobile number with a digit missing, not a Belgian 061 line.
  const regions = /^06[\s-]/.test(value.trim()) ? (['NL'] as const) : (['NL', 'BE'] as const);
  for (const region of regions) {
    const info = parsePhoneIn(value, region);
    if (info) return info;
  }
  return null;
}

/** The number as valid in one region's numbering plan (international forms name their own). */
export function parsePhoneIn(value: string, region: 'NL' | 'BE'): PhoneInfo | null {
  const parsed = parsePhoneNumberFromString(value, region);
  if (!parsed || !parsed.isValid()) return null;
  if (parsed.country !== 'NL' && parsed.country !== 'BE') return null;
  return { country: parsed.country, type: parsed.getType() ?? 'FIXED_LINE', e164: parsed.number };
}
