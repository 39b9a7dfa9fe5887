import type { Outcome } from '../../lib/settings/actions';
import type { Resolved } from '../../lib/settings/resolve';

export type { Outcome, Resolved };

/** What the welcome page can ask for; entrypoints/welcome wires these to lib/settings and the browser. */
export type WelcomeActions = {
  setChoice(path: string, value: unknown): Promise<Outcome>;
  openSettings(): void;
};
