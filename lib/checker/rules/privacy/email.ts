import type { Rule } from '../../rule';
import { findEmails, isSameOrSubdomain } from '../../text/emails';

/** Mailboxes of a department or a role, not of a person. */
const ROLE_MAILBOX =
  /^(info|contact|communicatie|pers|press|media|redactie|secretariaat|receptie|onthaal|klachten|klantenservice|service|vacatures|jobs|werken|hr|personeelszaken|recruitment|sollicitatie|nieuwsbrief|webmaster|privacy|fg|dpo|functionarisgegevensbescherming|vrijwilligers|afspraken|planning|patientenservice|patiëntenservice|bezoek|zorgbemiddeling|noreply|no-reply)([._-][\p{L}\p{N}]+)*$/iu;

export const email: Rule = {
  id: 'privacy/email',
  category: 'privacy',
  defaultSeverity: 'check',
  description: {
    nl: 'E-mailadressen van personen.',
    en: 'E-mail addresses of people.',
  },
  examples: {
    flag: ['Mail gerust naar j.devries@gmail.com', 'contact: anna.jansen@ziekenhuis.nl'],
    pass: ['Vragen? Mail info@ziekenhuis.nl', 'Volg ons @ziekenhuis op Instagram'],
  },
  check(draft, ctx) {
    const orgDomains = ctx.settings.orgDomains ?? [];
    return findEmails(draft.text)
      .filter((e) => !ROLE_MAILBOX.test(e.local))
      .map((e) => {
        const ofOrg = orgDomains.some((d) => isSameOrSubdomain(e.domain, d));
        return {
          severity: 'check' as const,
          start: e.start,
          end: e.end,
          message: ctx.t(
            ofOrg
              ? {
                  nl: 'Dit is het persoonlijke e-mailadres van een collega.',
                  en: "This is a colleague's personal e-mail address.",
                }
              : {
                  nl: 'Hier staat een e-mailadres van een persoon.',
                  en: "This is a person's e-mail address.",
                },
          ),
          explanation: ctx.t({
            nl: 'Een persoonlijk e-mailadres is een persoonsgegeven (AVG) en trekt spam aan. Verwijs liever naar een algemeen adres, zoals info@ of communicatie@.',
            en: 'A personal e-mail address is personal data (GDPR) and attracts spam. Point to a general address such as info@ instead.',
          }),
          suggestions: [''],
        };
      });
  },
};
