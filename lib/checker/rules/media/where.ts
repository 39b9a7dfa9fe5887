import type { Text } from '../../rule';
import type { TextLine } from '../../types';

const COLS: Text[] = [
  { nl: 'links', en: 'left' },
  { nl: '', en: '' },
  { nl: 'rechts', en: 'right' },
];
const ROWS: Text[] = [
  { nl: 'boven', en: 'top' },
  { nl: '', en: '' },
  { nl: 'onder', en: 'bottom' },
];

/** Where a line sits in the picture, in thirds: "linksboven", "midden", "rechtsonder" (en: "top left" ...). */
export function whereIn(line: Pick<TextLine, 'x' | 'y' | 'w' | 'h'>): Text {
  const third = (n: number) => Math.min(2, Math.max(0, Math.floor(n * 3)));
  const col = COLS[third(line.x + line.w / 2)];
  const row = ROWS[third(line.y + line.h / 2)];
  if (!col.nl && !row.nl) return { nl: 'in het midden', en: 'in the middle' };
  return { nl: `${col.nl}${row.nl}`, en: [row.en, col.en].filter(Boolean).join(' ') };
}

/** The line that holds UTF-16 offset `at` of the lines joined by "\n". */
export function lineAt(lines: readonly TextLine[], at: number): TextLine | undefined {
  let start = 0;
  for (const line of lines) {
    const end = start + line.text.length;
    if (at >= start && at <= end) return line;
    start = end + 1;
  }
  return undefined;
}
