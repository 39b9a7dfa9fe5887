import type { Outcome } from '../../lib/settings/actions';
import type { Resolved } from '../../lib/settings/resolve';

export type { Outcome, Resolved };

/** What the toolbar popup can ask for; entrypoints/popup wires these to lib/settings and the browser. */
export type PopupActions = {
  setChoice(path: string, value: unknown): Promise<Outcome>;
  openSettings(): void;
  openWelcome(): void;
  /** Ask the page to check the box the checker could not read by itself. */
  checkUnreadable(): void;
};
