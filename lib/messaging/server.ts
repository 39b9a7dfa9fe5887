import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { Envelope, protocol, type MessageName, type ResponseOf } from './protocol';

export type Handlers = {
  [N in MessageName]: (
    data: z.infer<(typeof protocol)[N]['request']>,
    sender: Sender,
  ) => Promise<ResponseOf<N>> | ResponseOf<N>;
};
type Sender = { tabId?: number; frameId?: number; url?: string };

/**
 * Answers messages with the handler named by `kind`. Unknown kinds are left to other
 * listeners; invalid requests get an error reply, never a crash.
 */
export function serve(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; frameId?: number; url?: string }) => {
    const envelope = Envelope.safeParse(message);
    // Own names only: `in` also finds "constructor" and "toString", and their handler is no handler.
    if (!envelope.success || !Object.hasOwn(protocol, envelope.data.kind)) return undefined;
    const kind = envelope.data.kind as MessageName;
    const parsed = protocol[kind].request.safeParse(envelope.data.data);
    if (!parsed.success)
      return Promise.resolve({ error: `invalid ${kind} request: ${parsed.error.issues[0]?.message}` });
    const handler = handlers[kind] as (data: unknown, sender: Sender) => unknown;
    return Promise.resolve()
      .then(() => handler(parsed.data, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }))
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
