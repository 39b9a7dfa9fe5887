import { defineCatalogue } from '../../../i18n';
import { FIRST_NAMES, SURNAMES } from '../../data/names';
import type { Rule } from '../../rule';
import { findEmails, isSameOrSubdomain } from '../../text/emails';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/email', {
  description: { nl: 'E-mailadressen van personen.', en: 'E-mail addresses of people.' },
  messageOrg: {
    nl: 'Dit is het persoonlijke e-mailadres van een collega.',
    en: "This is a colleague's personal e-mail address.",
  },
  message: { nl: 'Hier staat een e-mailadres van een persoon.', en: "This is a person's e-mail address." },
  explanation: {
    nl: 'Een persoonlijk e-mailadres is een persoonsgegeven (AVG) en trekt spam aan. Verwijs liever naar een algemeen adres, zoals info@ of communicatie@.',
    en: 'A personal e-mail address is personal data (GDPR) and attracts spam. Point to a general address such as info@ instead.',
  },
});

/** Mailboxes of a department or a role, not of a person. */
const ROLE_MAILBOX =
  /^(info|contact|communicatie|pers|press|media|redactie|secretariaat|receptie|onthaal|klachten|klantenservice|service|vacatures|jobs|werken|hr|personeelszaken|recruitment|sollicitatie|nieuwsbrief|webmaster|privacy|fg|dpo|functionarisgegevensbescherming|vrijwilligers|afspraken|planning|patientenservice|patiëntenservice|bezoek|zorgbemiddeling|noreply|no-reply|werkenbij|events?|evenementen|symposium|congres|inschrijvingen|aanmelden|familieraad|clientenraad|cliëntenraad|bewonersraad|ombudsdienst|ombudsman|klachtenfunctionaris|facturatie|administratie|patientenadministratie|patiëntenadministratie|donaties|giften|vriendenvan|onthaal)([._-][\p{L}\p{N}]+)*$/iu;

/** Mail services for private persons: an address there belongs to someone, whatever its name. */
const PERSONAL_DOMAINS =
  /(?:^|\.)(?:gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|ziggo|kpnmail|kpnplanet|planet|home|xs4all|hetnet|chello|casema|upcmail|telenet|skynet|proximus|scarlet|pandora|gmx|protonmail|proton)\.[a-z.]+$/;

/**
 * Whether the part before @ names a person: several parts (j.bos, an.aerts), digits
 * (gerda_1954), or a first name or surname we know at its start or end (kim, mjansen).
 * A single plain word at an organisation's domain (familieraad@, symposium@) is a mailbox.
 */
function personal(local: string, domain: string): boolean {
  if (PERSONAL_DOMAINS.test(domain)) return true;
  const l = local.toLowerCase();
  if (/[._+'-]|\d/.test(l)) return true;
  if (FIRST_NAMES.has(l) || SURNAMES.has(l)) return true;
  // Initials or a first name, then a surname with its particles: mjansen, dewit, annemiekedevries.
  for (let n = 0; n <= Math.min(3, l.length - 3); n++) if (surnameAt(l.slice(n))) return true;
  for (let n = 3; n <= Math.min(12, l.length - 3); n++)
    if (FIRST_NAMES.has(l.slice(0, n)) && surnameAt(l.slice(n))) return true;
  return false;
}

const LEADING_PARTICLE = /^(?:vander|vanden|vande|van|vd|der|den|de|ter|ten|te|t)/;

/** A surname we know, after at most two particles written together ("vandenberg", "dewit"). */
function surnameAt(rest: string): boolean {
  let r = rest;
  for (let i = 0; i < 3; i++) {
    if (r.length >= 3 && SURNAMES.has(r)) return true;
    const m = LEADING_PARTICLE.exec(r);
    if (!m) return false;
    r = r.slice(m[0].length);
  }
  return false;
}

export const email: Rule = {
  id: 'privacy/email',
  category: 'privacy',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: ['Mail gerust naar j.devries@gmail.com', 'contact: anna.jansen@ziekenhuis.nl'],
    pass: ['Vragen? Mail info@ziekenhuis.nl', 'Volg ons @ziekenhuis op Instagram'],
  },
  check(draft, ctx) {
    const orgDomains = ctx.settings.orgDomains ?? [];
    return findEmails(draft.text)
      .filter((e) => !ROLE_MAILBOX.test(e.local) && personal(e.local, e.domain))
      .map((e) => {
        const ofOrg = orgDomains.some((d) => isSameOrSubdomain(e.domain, d));
        return {
          severity: 'check' as const,
          start: e.start,
          end: e.end,
          message: texts.t(ofOrg ? 'messageOrg' : 'message', ctx.lang),
          explanation: texts.t('explanation', ctx.lang),
          suggestions: [''],
        };
      });
  },
};
