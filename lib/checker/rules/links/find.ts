import { LinkifyIt } from 'linkify-it';

/** A link as written in the draft, with the address a browser would open. */
export type FoundLink = {
  start: number;
  end: number;
  /** Draft.text.slice(start, end). */
  raw: string;
  /** The absolute address; links written without a scheme get https://. */
  url: string;
  /** The scheme as written, or null for www.example.nl and example.nl/pagina. */
  scheme: 'http' | 'https' | null;
  /** Lower-case ASCII host (punycode for Unicode names, [..] for IPv6). */
  host: string;
  parsed: URL;
};

/** A link that cannot work as written: 'htps://', 'http//', 'https:/', a space after the scheme. */
export type MalformedLink = { start: number; end: number; raw: string; fixed: string };

/** More than this in one post is not a post; the cap keeps every rule's cost bounded. */
const MAX_LINKS = 500;

/** Top-level names beyond linkify-it's own (gTLDs and all two-letter ccTLDs): internal and common ones. */
const EXTRA_TLDS = [
  'local', 'internal', 'lan', 'arpa', 'corp', 'localdomain', 'intranet', 'home',
  'app', 'dev', 'health', 'care', 'online', 'site', 'website', 'link', 'live', 'page', 'xyz', 'top',
  'news', 'club', 'blog', 'cloud', 'digital', 'email', 'amsterdam', 'frl', 'brussels', 'vlaanderen',
  'gent', 'nrw', 'berlin', 'zone', 'tech', 'store', 'shop', 'nu', 'me', 'ly',
]; // prettier-ignore

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyIP: true, fuzzyEmail: false })
  .tlds(EXTRA_TLDS, true)
  .add('mailto:', null)
  .add('ftp:', null)
  .add('//', null);

/** 'https://http://x' and 'https://https//x': a second scheme right after the first. */
const DOUBLE_SCHEME = /^https?:\/\/h{1,2}t{1,3}p{0,2}s?(?::\/{0,3}|\/\/)(?=[\p{L}\p{N}])/iu;

let memo: { text: string; links: FoundLink[]; malformed: MalformedLink[] } | undefined;

/** The links in a text, in order. Memoised for the last text, since every link rule asks. */
export function findLinks(text: string): FoundLink[] {
  return scan(text).links;
}

/** Links that cannot work as written (the live check is not needed to know). */
export function findMalformedLinks(text: string): MalformedLink[] {
  return scan(text).malformed;
}

function scan(text: string): { links: FoundLink[]; malformed: MalformedLink[] } {
  if (memo?.text === text) return memo;
  const links: FoundLink[] = [];
  const badSchemes = findBadSchemes(text);
  const malformed = [...badSchemes];
  let next = 0;
  for (const m of linkify.match(text) ?? []) {
    if (links.length + malformed.length >= MAX_LINKS) break;
    const raw = m.raw;
    if (DOUBLE_SCHEME.test(text.slice(m.index, m.index + 20))) {
      const end = extend(text, m.index, m.lastIndex);
      const written = text.slice(m.index, end);
      malformed.push({ start: m.index, end, raw: written, fixed: written.replace(/^https?:\/\//i, '') });
      continue;
    }
    while (next < badSchemes.length && badSchemes[next].end <= m.index) next++;
    if (next < badSchemes.length && badSchemes[next].start < m.lastIndex) continue;
    const scheme = /^https:/i.test(raw)
      ? 'https'
      : /^http:/i.test(raw)
        ? 'http'
        : m.schema === ''
          ? null
          : undefined;
    if (scheme === undefined) continue;
    const url = scheme ? m.url : `https://${raw}`;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    if (!scheme && /^[\d.]+$/.test(parsed.hostname) && !/[/:]/.test(raw)) continue; // a version number, not an address
    links.push({ start: m.index, end: m.lastIndex, raw, url, scheme, host: parsed.hostname, parsed });
  }
  malformed.sort((a, b) => a.start - b.start);
  memo = { text, links, malformed };
  return memo;
}

/** A scheme-like start: 'ht' then a few letters, a separator with a slash or 'http:www.'. */
const SCHEMEISH =
  /(?<![\p{L}\p{N}_])(h{1,2}t{1,3}p{0,2}s{0,2})([:;]?[/\\]{1,6}|:(?=www\.))( ?)(?=[\p{L}\p{N}])/giu;
const STOP = /[\s<>"'`]/u;
const TRAILING = /[.,;:!?)\]}'"…]$/u;

/** The end of a link written from `start`: up to a space or quote, without trailing punctuation. */
function extend(text: string, start: number, from: number): number {
  let end = from;
  while (end < text.length && end - start < 2048 && !STOP.test(text[end])) end++;
  while (end > from && TRAILING.test(text[end - 1])) end--;
  return end;
}

function findBadSchemes(text: string): MalformedLink[] {
  const out: MalformedLink[] = [];
  for (const m of text.matchAll(SCHEMEISH)) {
    const [whole, scheme, separator, space] = m;
    const lower = scheme.toLowerCase();
    if ((lower === 'http' || lower === 'https') && separator === '://' && !space) continue;
    if (lower.length < 3 || !/^h{1,2}t{1,3}p{1,2}s{0,2}$|^htt?s$/.test(lower)) continue;
    const start = m.index;
    const end = extend(text, start, start + whole.length);
    if (end === start + whole.length) continue;
    const rest = text.slice(start + whole.length, end);
    const fixed = `${/s$/.test(lower) ? 'https' : 'http'}://${rest}`;
    out.push({ start, end, raw: text.slice(start, end), fixed });
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}
