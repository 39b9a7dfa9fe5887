import { boxWithButtons, BUTTONS } from './scope';
import type { Surface } from './types';

/** The box's own label text (aria-label, placeholders), lower case: it says what the box is for. */
export function labelOf(el: Element): string {
  const own = ['aria-label', 'aria-placeholder', 'data-placeholder', 'placeholder', 'aria-description']
    .map((name) => el.getAttribute(name) ?? '')
    .join(' ');
  const labelledBy = el.getAttribute('aria-labelledby');
  const extra = labelledBy ? (el.ownerDocument.getElementById(labelledBy)?.textContent ?? '') : '';
  return `${own} ${extra}`.toLowerCase();
}

/** Labels in Dutch and English that mark a public answer to someone. */
const REPLY = /\b(reply|replying|respond|beantwoord|antwoord|antwoorden)\b/;
const COMMENT = /\b(comment|comments|opmerking|reactie|reageer|reageren)/;
const MESSAGE = /\b(message|bericht schrijven|stuur een bericht|chat)/;

/** Reads what a box is for from its label; null when the label does not say. */
export function surfaceFromLabel(el: Element): Surface | null {
  const label = labelOf(el);
  if (REPLY.test(label)) return 'reply';
  if (COMMENT.test(label)) return 'comment';
  if (MESSAGE.test(label)) return 'message';
  return null;
}

/** The platform's own button for a box, by its name (Dutch and English), says what is sent. */
const BUTTON_SURFACES: [RegExp, Surface][] = [
  [/^(plaatsen|posten|post|publiceren|publish|delen|share|nu delen|share now|inplannen|schedule)$/, 'post'],
  [/^(verzenden|versturen|verstuur|send|stuur)$/, 'message'],
  [/^(reageren|reageer|opmerking plaatsen|comment|post comment)$/, 'comment'],
  [/^(antwoorden|beantwoorden|reply)$/, 'reply'],
];

/**
 * What a box is for, read from the buttons that go with it (the nearest ones around it, see
 * boxWithButtons): "Plaatsen" posts, "Verzenden" sends a message. Null when none says.
 * Read once per check of a box that no adapter recognised, a handful of elements.
 */
export function surfaceFromButtons(editor: Element): Surface | null {
  const box = boxWithButtons(editor);
  for (const button of box.querySelectorAll(BUTTONS)) {
    if (editor.contains(button)) continue;
    const name = (button.getAttribute('aria-label') || button.textContent || '').trim().toLowerCase();
    if (!name || name.length > 30) continue;
    for (const [pattern, surface] of BUTTON_SURFACES)
      if (pattern.test(name)) return surface === 'post' && editor.closest(ARTICLE) ? 'comment' : surface;
  }
  return null;
}

/** A post on the page: "Plaatsen" under a post sends a comment (Instagram, LinkedIn word it so). */
const ARTICLE = 'article, [role="article"]';
