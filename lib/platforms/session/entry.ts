import type { UndoRedoWatch } from '../apply/undo-redo';
import type { Composer } from '../types';
import type { DraftSession } from './draft-session';

/** One composer on the page as the controller keeps it: its draft session and what the user chose there. */
export type Entry = {
  composer: Composer;
  session: DraftSession;
  life: AbortController;
  /** Findings hidden with "Negeren" (see ignored.ts), for this draft only. */
  ignored: Set<string>;
  /** Spelling corrections the user chose here (word -> replacement), for "Alles verbeteren". */
  picked: Map<string, string>;
  /** Whether the draft's last change was the editor's own undo or redo. */
  undoRedo: UndoRedoWatch;
};
