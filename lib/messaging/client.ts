import { browser } from 'wxt/browser';
import { ErrorReply, protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';

/**
 * Pauses before sending again when a message got no answer at all. Chrome stops an idle or
 * restarted service worker even while it answers; the message is then lost, not refused, and
 * the next one starts a fresh worker. Every message here may be asked twice (checks, settings,
 * word list and photos are the same the second time).
 */
const RESEND_AFTER_MS = [50, 300];

/** Sends one message to the background and returns its parsed, typed answer. */
export async function send<N extends MessageName>(kind: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const request = protocol[kind].request.parse(data);
  const reply = await deliver({ kind, data: request });
  const failed = ErrorReply.safeParse(reply);
  if (failed.success) throw new Error(failed.data.error);
  return protocol[kind].response.parse(reply) as ResponseOf<N>;
}

/** The background's reply; sent again when the worker went away before it answered. */
async function deliver(message: { kind: string; data: unknown }): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage(message);
    } catch (error) {
      // An extension that was reloaded or removed never answers this page again (content-script.ts stops).
      if (attempt >= RESEND_AFTER_MS.length || !extensionAlive()) throw error;
      await new Promise((resolve) => setTimeout(resolve, RESEND_AFTER_MS[attempt]));
    }
  }
}

function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
