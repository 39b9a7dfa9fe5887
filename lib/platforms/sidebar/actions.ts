import type { Finding } from '../../checker/types';
import { applyFix } from '../apply/apply-fix';
import { afterUndoGroup, applyPlan, fixAllPlan, type LastChange } from '../apply/fix-all';
import { applyNotice } from '../apply/apply-notice';
import type { Entry } from '../session/entry';
import { platformTexts } from '../texts';
import { ignoreKey } from '../session/ignored';
import type { SidebarActions, SidebarState } from './contract';

export type ActionContext = {
  doc: Document;
  /** The draft the sidebar shows now (null: none). */
  active(): Entry | null;
  state(): SidebarState;
  /** Shows this draft's report again (after "Negeren"). */
  show(entry: Entry): void;
  /** The word list or settings changed: forget cached answers and check this draft again. */
  refresh(entry: Entry): void;
  /** A message about this draft above the findings (replaces the previous one). */
  say(notice: string): void;
  /** The user opened or closed the panel. */
  choose(collapsed: boolean): void;
  /** "Altijd negeren": switches a rule off in the user's settings; absent when not possible here. */
  muteRule?: (ruleId: string) => Promise<void>;
  /** Adds a word to the user's own list; absent when that is not possible here. */
  addWord?: (word: string) => Promise<void>;
  copyText?: (text: string) => Promise<void>;
};

const lastChange = (entry: Entry): LastChange => ({
  at: entry.session.lastChange,
  undoRedo: entry.undoRedo.lastWasUndoRedo(),
});

/** A fix through the editor's input path; from here on the last change is ours, not an undo. */
const applyOwn =
  (entry: Entry): typeof applyFix =>
  (composer, edit) => {
    entry.undoRedo.forget();
    return applyFix(composer, edit);
  };

/** What the sidebar and the underline card can ask for, done on the draft shown now. */
export function createSidebarActions(ctx: ActionContext): SidebarActions {
  const tell = (result: Parameters<typeof applyNotice>[0]) => {
    const notice = applyNotice(result, ctx.state().lang);
    if (notice !== null) ctx.say(notice);
  };
  const { muteRule } = ctx;
  const refreshShown = () => {
    const entry = ctx.active();
    if (entry) ctx.refresh(entry);
  };
  // The settings could not be changed (the background failed or never answered): say so, not nothing.
  const noAnswer = () => ctx.say(platformTexts.t('settings.noAnswer', ctx.state().lang));
  return {
    applySuggestion(finding, replacement) {
      const entry = ctx.active();
      if (!entry) return;
      void afterUndoGroup(entry.composer, lastChange(entry))
        .then(() =>
          applyOwn(entry)(entry.composer, {
            start: finding.start,
            end: finding.end,
            expected: finding.text,
            replacement,
          }),
        )
        .then((result) => {
          tell(result);
          if (result.ok && finding.category === 'spelling') entry.picked.set(finding.text, replacement);
          entry.session.flush();
        });
    },
    applyAll() {
      const entry = ctx.active();
      const findings = ctx.state().report?.findings;
      if (!entry || !findings) return;
      void applyPlan(
        entry.composer,
        fixAllPlan(findings, entry.picked),
        () => lastChange(entry),
        undefined,
        applyOwn(entry),
      ).then(({ failed }) => {
        if (failed) tell(failed);
        entry.session.flush();
      });
    },
    reveal(finding) {
      const entry = ctx.active();
      if (!entry) return;
      const el = entry.composer.element;
      // From the keyboard, focus is on the card: take it back to the text, then select there.
      if (!el.contains(ctx.doc.activeElement)) el.focus({ preventScroll: true });
      if (entry.composer.editor === 'textarea') {
        (el as HTMLTextAreaElement).setSelectionRange(finding.start, finding.end);
        return;
      }
      entry.composer.read();
      const range = entry.composer.rangeFor(finding.start, finding.end);
      if (!range) return;
      const selection = ctx.doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    },
    ignore(finding) {
      const entry = ctx.active();
      if (!entry) return;
      entry.ignored.add(ignoreKey(finding));
      ctx.show(entry);
    },
    addWord(word) {
      void ctx.addWord?.(word).then(refreshShown, noAnswer);
    },
    setCollapsed(collapsed) {
      ctx.choose(collapsed);
    },
    copyText(text) {
      return ctx.copyText?.(text);
    },
    ...(muteRule
      ? {
          muteRule(finding: Finding) {
            void muteRule(finding.ruleId).then(refreshShown, noAnswer);
          },
        }
      : {}),
  };
}
