import { browser } from 'wxt/browser';
import { ErrorReply, protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';

/** Sends one message to the background and returns its parsed, typed answer. */
export async function send<N extends MessageName>(kind: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const request = protocol[kind].request.parse(data);
  const reply: unknown = await browser.runtime.sendMessage({ kind, data: request });
  const failed = ErrorReply.safeParse(reply);
  if (failed.success) throw new Error(failed.data.error);
  return protocol[kind].response.parse(reply) as ResponseOf<N>;
}
