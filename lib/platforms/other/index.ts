import { boxWithButtons } from '../scope';
import { surfaceFromLabel } from '../surface';
import type { PlatformAdapter } from '../types';

/**
 * Any other site (a scheduling tool, an intranet editor, a web document): no known markup;
 * a box's label may still say it is a reply or a message, and otherwise it is `other`.
 */
export const otherSite: PlatformAdapter = {
  platform: 'other',
  composers: [],
  surfaceOf: surfaceFromLabel,
  scopeOf: (editor) => editor.closest('form, [role="dialog"]') ?? boxWithButtons(editor),
};
