import { send } from '../messaging/client';
import { startComposerController, type MountSidebar } from './controller';
import type { PlatformAdapter } from './types';

/** What every platform's content script does: the adapter decides where, the rest is shared. */
export function runContentScript(adapter: PlatformAdapter, signal: AbortSignal, mountSidebar: MountSidebar) {
  return startComposerController({
    adapter,
    doc: document,
    signal,
    mountSidebar,
    check: (composerId, seq, draft) => send('check', { composerId, seq, draft }),
    copyText: (text) => navigator.clipboard.writeText(text),
  });
}
