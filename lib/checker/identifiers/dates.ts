export type DateHit = { start: number; end: number; year: number | null };

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

/** 12-04-1938, 2/9/1935, 17.05.1950, 1946-11-30, 14 februari 1929, 3 jan. 2024. */
const NUMERIC =
  /(?<![\p{N}\/.-])(?:(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2}))(?![\p{N}\/-]|\.\d)/gu;
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s(${MONTHS})\\.?(?:\\s(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Calendar dates, with their year when written. */
export function findDates(text: string): DateHit[] {
  const out: DateHit[] = [];
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const [day, month, year] = m[4] ? [m[6], m[5], m[4]] : [m[1], m[2], m[3]];
    if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) continue;
    const y = year.length === 2 ? null : Number(year);
    out.push({ start: m.index, end: m.index + m[0].length, year: y });
  }
  WRITTEN.lastIndex = 0;
  for (let m = WRITTEN.exec(text); m; m = WRITTEN.exec(text)) {
    if (Number(m[1]) < 1 || Number(m[1]) > 31) continue;
    out.push({ start: m.index, end: m.index + m[0].length, year: m[3] ? Number(m[3]) : null });
  }
  return out.sort((a, b) => a.start - b.start);
}
