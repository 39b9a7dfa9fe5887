import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { send } from './client';
import { TabMessage } from './health';
import { ErrorReply, protocol, type MessageName } from './protocol';
import { serve, type Handlers } from './server';
import { arbitraryOf } from './testing';

const names = Object.keys(protocol) as MessageName[];
/** Chrome and Firefox carry messages as JSON: what survives that trip is what arrives. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown;

/** Kinds a page or another extension part could send: ours, unknown ones, and names every object has. */
const kind = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', ''),
  fc.string({ maxLength: 12 }),
);
const hostile = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true }),
  fc.jsonValue(),
);
const message = fc.oneof(
  hostile,
  fc.record({ kind, data: hostile }, { requiredKeys: [] }),
  fc
    .constantFrom(...names)
    .chain((n) => fc.record({ kind: fc.constant(n), data: arbitraryOf(protocol[n].request) })),
);

/** A handler per message that answers with a valid response and records what it was given. */
function recordingHandlers(seen: { kind: MessageName; data: unknown }[]): Handlers {
  return Object.fromEntries(
    names.map((n) => [
      n,
      (data: unknown) => {
        seen.push({ kind: n, data });
        return fc.sample(arbitraryOf(protocol[n].response), { numRuns: 1, seed: 1 })[0];
      },
    ]),
  ) as unknown as Handlers;
}

beforeEach(() => fakeBrowser.reset());

describe('the message protocol under random and hostile input (fast-check)', () => {
  it.each(names)('a valid %s request and response come through JSON unchanged', (name) => {
    const { request, response } = protocol[name];
    fc.assert(
      fc.property(arbitraryOf(request), arbitraryOf(response), (req, res) => {
        expect(request.parse(wire(request.parse(req)))).toEqual(request.parse(req));
        expect(response.parse(wire(response.parse(res)))).toEqual(response.parse(res));
      }),
      { numRuns: 50 },
    );
  });

  it('the background never throws on a message, and a handler only ever sees a valid request', async () => {
    const seen: { kind: MessageName; data: unknown }[] = [];
    const add = vi.spyOn(browser.runtime.onMessage, 'addListener');
    serve(recordingHandlers(seen));
    const listener = add.mock.calls[0][0] as (message: unknown, sender: object) => unknown;
    await fc.assert(
      fc.asyncProperty(message, async (msg) => {
        seen.length = 0;
        const reply = await listener(msg, {});
        if (reply === undefined || ErrorReply.safeParse(reply).success) {
          expect(seen).toEqual([]);
          return;
        }
        expect(seen).toHaveLength(1);
        const { kind: k, data } = seen[0];
        expect(protocol[k].request.safeParse(data).success).toBe(true);
        expect(protocol[k].response.safeParse(reply).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('the client turns any broken answer into an Error, never into data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), hostile, async (name, reply) => {
        vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(reply as never);
        const request = fc.sample(arbitraryOf(protocol[name].request), { numRuns: 1 })[0];
        const answer = await send(name, request as never).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if ('error' in answer) expect(answer.error).toBeInstanceOf(Error);
        else expect(protocol[name].response.safeParse(answer.value).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('messages to a tab parse or are refused, never throw', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.record({ kind, target: hostile }, { requiredKeys: [] })), (msg) => {
        expect(() => TabMessage.safeParse(msg)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('found by the fuzzers', () => {
  it('a message whose kind is an object method ("constructor", "toString") is left alone, not a crash', () => {
    const add = vi.spyOn(browser.runtime.onMessage, 'addListener');
    serve(recordingHandlers([]));
    const listener = add.mock.calls[0][0] as (message: unknown, sender: object) => unknown;
    for (const kind of ['constructor', 'toString', '__proto__'])
      expect(listener({ kind, data: {} }, {})).toBeUndefined();
  });
});
