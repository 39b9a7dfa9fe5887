import { internalKindOf, type LinkStatus } from '../checker/links';
import { limit } from './limit';
import { TtlCache } from './ttl-cache';

export type LiveCheckOptions = {
  /** Injected so tests can count requests; the browser's fetch by default. */
  fetch?: typeof fetch;
  /** For one link with all its redirects. */
  timeoutMs?: number;
  /** How long an answer is reused: a working link for long, a failure briefly (it may be passing). */
  okTtlMs?: number;
  failTtlMs?: number;
  /** Requests at the same time, across all links. */
  concurrency?: number;
  /**
   * 'follow' in the browser: a service worker gets an opaque answer without Location for
   * 'manual', so the final address comes from response.url. 'manual' follows hop by hop (Node).
   */
  redirect?: 'follow' | 'manual';
  maxRedirects?: number;
  /** Loopback and private addresses are never probed, except in tests. */
  allowPrivateHosts?: boolean;
  now?: () => number;
  maxEntries?: number;
};

export type LinkChecker = {
  /** Checks one address (from the cache when it can); undefined when it is not one to check. */
  check(url: string): Promise<LinkStatus | undefined>;
  /** What is known already, without a request: for CheckOptions.linkStatus. */
  peek(url: string): LinkStatus | undefined;
};

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS/i;

/** The address as it is cached and requested: http(s) only, no fragment, no user:password. */
export function linkKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password)
    return undefined;
  parsed.hash = '';
  return parsed.href;
}

const isPrivate = (url: string) => internalKindOf(new URL(url).hostname) !== undefined;

function reasonOf(error: unknown): NonNullable<LinkStatus['reason']> {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as Error & { code?: unknown }).code;
    if (TLS_CODES.test(`${typeof code === 'string' ? code : ''} ${e.message}`)) return 'tls';
  }
  return 'network';
}

function statusOf(code: number, finalUrl: string, asked: string): LinkStatus {
  const moved = finalUrl && finalUrl !== asked ? { finalUrl } : {};
  if (code === 404 || code === 410 || code >= 500) return { state: 'broken', status: code, ...moved };
  return { state: 'ok', status: code, ...moved };
}

const isRedirect = (code: number) => code >= 300 && code < 400 && code !== 304;

/**
 * The opt-in live link check. Sends a HEAD (a GET when HEAD is refused or fails) for the
 * address only: no text, no cookies, no referrer. Follows redirects to show where a short link ends.
 */
export function createLinkChecker(options: LiveCheckOptions = {}): LinkChecker {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 8000;
  const redirect = options.redirect ?? 'follow';
  const maxRedirects = options.maxRedirects ?? 10;
  const now = options.now ?? (() => Date.now());
  const cache = new TtlCache<LinkStatus>(options.maxEntries ?? 500, now);
  const inFlight = new Map<string, Promise<LinkStatus>>();
  const run = limit(options.concurrency ?? 3);

  async function request(url: string, method: 'HEAD' | 'GET', signal: AbortSignal): Promise<Response> {
    const response = await doFetch(url, {
      method,
      redirect,
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    await response.body?.cancel().catch(() => undefined); // the status is all we need
    return response;
  }

  async function answer(url: string, signal: AbortSignal): Promise<Response> {
    try {
      const head = await request(url, 'HEAD', signal);
      if (head.status < 400 || head.status === 404 || head.status === 410) return head;
    } catch (error) {
      if (reasonOf(error) === 'timeout') throw error;
    }
    return request(url, 'GET', signal); // HEAD refused (405, 501 ...) or failed: ask once more with GET
  }

  /** One link, its requests one after another, so `concurrency` bounds the requests in flight. */
  async function probe(url: string): Promise<LinkStatus> {
    const signal = AbortSignal.timeout(timeoutMs);
    let current = url;
    try {
      for (let hop = 0; hop <= maxRedirects; hop++) {
        const response = await answer(current, signal);
        const location =
          redirect === 'manual' && isRedirect(response.status) && response.headers.get('location');
        if (!location) return statusOf(response.status, response.url || current, url);
        const next = linkKey(new URL(location, current).href);
        if (!next || (!options.allowPrivateHosts && isPrivate(next)))
          return statusOf(response.status, current, url);
        current = next;
      }
      return { state: 'unreachable', reason: 'redirects', finalUrl: current };
    } catch (error) {
      return { state: 'unreachable', reason: reasonOf(error) };
    }
  }

  return {
    peek(url) {
      const key = linkKey(url);
      return key ? cache.get(key) : undefined;
    },
    async check(url) {
      const key = linkKey(url);
      if (!key || (!options.allowPrivateHosts && isPrivate(key))) return undefined;
      const known = cache.get(key) ?? inFlight.get(key); // synchronously, so twin calls share one request
      if (known) return known;
      const pending = run(() => probe(key)).then((status) => {
        cache.set(
          key,
          status,
          status.state === 'ok' ? (options.okTtlMs ?? 3_600_000) : (options.failTtlMs ?? 300_000),
        );
        inFlight.delete(key);
        return status;
      });
      inFlight.set(key, pending);
      return pending;
    },
  };
}
