/** Apostrophes and the ij ligature as the dictionary stores them; NFC for accents. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/ĳ/g, 'ij')
    .replace(/Ĳ/g, 'IJ');
}
