import type { Text } from '../../lib/checker/rule';
import type { Severity } from '../../lib/checker/types';
import type { Outcome } from '../../lib/settings/actions';
import type { Resolved } from '../../lib/settings/resolve';
import type { ImportResult } from '../../lib/settings/transfer';

export type { Outcome, Resolved, ImportResult, Text };

/** What the form shows about one rule (from the checker's registry). */
export type RuleInfo = { id: string; description: Text; defaultSeverity: Severity };

/** Everything the form can ask for; the options page wires these to lib/settings. */
export type OptionsActions = {
  setChoice(path: string, value: unknown): Promise<Outcome>;
  addWord(word: string): Promise<Outcome>;
  removeWord(word: string): Promise<Outcome>;
  exportFile(): Promise<void>;
  importFile(text: string): Promise<ImportResult>;
  reset(): Promise<Outcome>;
  /** Puts text on the clipboard (the admin status for a ticket). */
  copyText(text: string): Promise<void>;
  /** Which of the organisation's hosts the browser allows (absent where the browser cannot say). */
  allowedHosts?(hosts: string[]): Promise<string[]>;
  /** Asks the browser to allow the organisation's hosts: the user confirms once. */
  allowHosts?(hosts: string[]): Promise<Outcome>;
};

/** Puts a message in the page's live region, so screen readers hear the result of an action. */
export type Announce = (message: string) => void;
