/** Dutch postcode: 1234 AB; SA, SD and SS are never issued; an NL- prefix is allowed. */
export function isNlPostcode(value: string): boolean {
  const m = /^(?:NL-?\s?)?([1-9]\d{3})\s?([A-Z]{2})$/.exec(value.trim());
  return !!m && !['SA', 'SD', 'SS'].includes(m[2]);
}
