import { defineCatalogue } from '../../../i18n';
import type { Text } from '../../rule';
import type { TextLine } from '../../types';

/** Where in the picture, by thirds, Dutch first. */
const texts = defineCatalogue('media/where', {
  topLeft: { nl: 'linksboven', en: 'top left' },
  top: { nl: 'boven', en: 'top' },
  topRight: { nl: 'rechtsboven', en: 'top right' },
  left: { nl: 'links', en: 'left' },
  middle: { nl: 'in het midden', en: 'in the middle' },
  right: { nl: 'rechts', en: 'right' },
  bottomLeft: { nl: 'linksonder', en: 'bottom left' },
  bottom: { nl: 'onder', en: 'bottom' },
  bottomRight: { nl: 'rechtsonder', en: 'bottom right' },
});

/** The place for each third, row by row from the top. */
const GRID = [
  ['topLeft', 'top', 'topRight'],
  ['left', 'middle', 'right'],
  ['bottomLeft', 'bottom', 'bottomRight'],
] as const;

/** Where a line sits in the picture, in thirds: "linksboven", "midden", "rechtsonder" (en: "top left" ...). */
export function whereIn(line: Pick<TextLine, 'x' | 'y' | 'w' | 'h'>): Text {
  const third = (n: number) => Math.min(2, Math.max(0, Math.floor(n * 3)));
  return texts.text(GRID[third(line.y + line.h / 2)][third(line.x + line.w / 2)]);
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
