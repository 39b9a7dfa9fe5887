import type { MediaFacts, Platform, Surface } from '../checker/types';

/** The editor library behind a composer: it decides how text is read and how a fix is applied. */
export type EditorKind = 'lexical' | 'quill' | 'draft' | 'prosemirror' | 'textarea' | 'contenteditable';

/** One kind of composer on a platform: where it is and what it is for. */
export type ComposerSpec = {
  /** Matches the editable element itself (contenteditable root or textarea). */
  selector: string;
  /** What the text becomes; a function when it depends on where the box sits. */
  surface: Surface | ((editor: Element) => Surface);
};

/**
 * Everything that differs per platform; the shared code does the rest. Any box the user
 * focuses or types in is checked (lib/platforms/candidate.ts decides what is not a post);
 * the adapter only refines what it recognises, and a box it does not know is surface `other`.
 */
export type PlatformAdapter = {
  platform: Platform;
  /** Known markup, found before it is focused. Most specific first: the first spec an element matches decides its surface. */
  composers: ComposerSpec[];
  /** What any other box on the page is for, where the page shows it; null: `other`. */
  surfaceOf?(editor: Element): Surface | null;
  /** The platform the text goes to, where one page posts to several (Meta Business Suite). */
  platformOf?(editor: Element): Platform;
  /** The part of the page that belongs to one composer (its dialog, form or comment box), for media previews. */
  scopeOf(editor: Element): Element;
};

/** A composer found on the page, alive until its element leaves the document. */
export interface Composer {
  readonly id: string;
  readonly element: HTMLElement;
  readonly editor: EditorKind;
  readonly surface: Surface;
  /** Where the text goes: the adapter's platform, or the channel the page shows for this box. */
  platform?(): Platform;
  /** The text as the user sees it, paragraphs joined by \n. */
  read(): string;
  /** A DOM range over [start, end) of the last read text, or null when it cannot be mapped (textarea). */
  rangeFor(start: number, end: number): Range | null;
  /** Attachments seen in this composer's scope. */
  media(): MediaFacts[];
}

export type { MediaFacts, Platform, Surface };
