export type EmailSpan = { start: number; end: number; local: string; domain: string };

const LOCAL = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN = /[\p{L}\p{N}.-]/u;

/**
 * E-mail addresses, found from each '@' outwards, so the cost stays linear however
 * long or odd the text is (a regex scanning from every start could backtrack).
 */
export function findEmails(text: string): EmailSpan[] {
  const out: EmailSpan[] = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', from)) {
    from = at + 1;
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && DOMAIN.test(text[e])) e++;
    while (e > at + 1 && /[.-]/.test(text[e - 1])) e--; // "mail me op a@b.nl."
    while (s < at && /[.'-]/.test(text[s])) s++;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (!local || !/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u.test(domain)) continue;
    out.push({ start: s, end: e, local, domain: domain.toLowerCase() });
    from = e;
  }
  return out;
}

/** Whether host is the domain or one of its subdomains. */
export function isSameOrSubdomain(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase().replace(/^\.+/, '');
  return h === d || h.endsWith(`.${d}`);
}
