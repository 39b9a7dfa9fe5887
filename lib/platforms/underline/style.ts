import type { Severity } from '../../checker/types';

/** Names in the page's highlight registry; only these are ever set or removed. */
export const HIGHLIGHT: Record<Severity, string> = {
  stop: 'zorgvuldig-stop',
  check: 'zorgvuldig-check',
  tip: 'zorgvuldig-tip',
};

/** Colour and line per severity: stop is wavy and thick, check solid, tip dotted, so colour is never the only cue. */
export const LINE: Record<Severity, { color: string; style: 'wavy' | 'solid' | 'dotted' }> = {
  stop: { color: '#c62828', style: 'wavy' },
  check: { color: '#b45f06', style: 'solid' },
  tip: { color: '#1565c0', style: 'dotted' },
};

/** For the page's document: how our highlights look. It only styles our own highlight names. */
export const highlightCss = (Object.keys(HIGHLIGHT) as Severity[])
  .map(
    (s) =>
      `::highlight(${HIGHLIGHT[s]}){text-decoration:underline ${LINE[s].style} ${LINE[s].color} 2px;` +
      'text-decoration-skip-ink:none;text-underline-offset:2px}',
  )
  .join('\n');

/** For our own shadow root: boxes drawn over the text where highlights cannot be used. */
export const boxCss = `
:host{all:initial}
.box{position:fixed;pointer-events:none;box-sizing:border-box;margin:0;padding:0}
.box-stop{border-bottom:3px double ${LINE.stop.color}}
.box-check{border-bottom:2px solid ${LINE.check.color}}
.box-tip{border-bottom:2px dotted ${LINE.tip.color}}
`;
