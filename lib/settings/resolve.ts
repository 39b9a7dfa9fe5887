import type { Lang, Text } from '../checker/rule';
import { locksOf, mergeLayers, type CleanPolicy } from './merge';
import type { ReadPolicy } from './policy';
import type { Issue } from './sanitize';
import type { Settings, UserLayer } from './schema';
import type { Stored } from './storage';

/** Something the user (or admin) should know: what was ignored or where things are kept, and why. */
export type Notice = {
  source: 'policy' | 'storage' | 'import' | 'quota';
  /** The setting concerned, as a dotted path ('locked.lang', 'words.3'); '' for the whole. */
  key: string;
  message: string;
};

/** The merged result every part of the extension uses. */
export type Resolved = {
  settings: Settings;
  /** The UI language after 'auto' is decided from the browser. */
  lang: Lang;
  /** Locked setting paths ('lang', 'platforms.tiktok', 'rules.privacy/bsn.enabled') -> who locked them. */
  locks: Record<string, string>;
  notices: Notice[];
  /** Only what the user chose, and only what the organisation preset: for "your choice" hints. */
  user: UserLayer;
  orgDefaults: UserLayer;
  storedIn: 'sync' | 'local';
  policyPresent: boolean;
  /** The policy values in force (after validation) and the ones refused, for the admin status. */
  policy: CleanPolicy;
  policyIssues: Issue[];
};

/** 'auto' follows the browser: Dutch for nl-*, English otherwise. */
export function resolveLang(choice: Settings['lang'], browserLang: string): Lang {
  if (choice !== 'auto') return choice;
  return browserLang.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

const show = (value: unknown) => {
  const text = printable(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Firefox keeps storage.local as structured clones: a BigInt or a cycle must not stop the notice. */
function printable(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value === 'bigint' ? String(value) : Object.prototype.toString.call(value);
  }
}

export function issueNotice(issue: Issue, source: Notice['source'], lang: Lang): Notice {
  const where: Text =
    source === 'policy'
      ? { nl: 'Beleid van je organisatie', en: "Your organisation's policy" }
      : source === 'import'
        ? { nl: 'Geïmporteerd bestand', en: 'Imported file' }
        : { nl: 'Opgeslagen instelling', en: 'Stored setting' };
  const text: Text = {
    nl: `${where.nl}: "${issue.path}" = ${show(issue.value)} is genegeerd (${issue.reason.nl}); de standaardwaarde geldt.`,
    en: `${where.en}: "${issue.path}" = ${show(issue.value)} was ignored (${issue.reason.en}); the default applies.`,
  };
  return { source, key: issue.path, message: text[lang] };
}

function storageNotices(stored: Stored, lang: Lang): Notice[] {
  const notices = stored.issues.map((issue) => issueNotice(issue, 'storage', lang));
  if (stored.area === 'local') {
    const text: Text = {
      nl: 'Je instellingen passen niet in de synchronisatie van je browser (max. 100 kB); ze staan nu alleen op dit apparaat. Maak je woordenlijst korter om weer te synchroniseren.',
      en: "Your settings do not fit in your browser's sync storage (100 kB at most); they are kept on this device only. Shorten your word list to sync again.",
    };
    notices.push({ source: 'quota', key: '', message: text[lang] });
  }
  if (stored.damagedFallback) {
    const text: Text = {
      nl: 'Een beschadigde kopie van je instellingen op dit apparaat is genegeerd; je gesynchroniseerde instellingen en woordenlijst gelden.',
      en: 'A damaged copy of your settings on this device was ignored; your synced settings and word list apply.',
    };
    notices.push({ source: 'storage', key: '', message: text[lang] });
  }
  if (stored.syncError) {
    const text: Text = {
      nl: `Synchronisatie was niet te lezen (${stored.syncError}); de standaardinstellingen gelden.`,
      en: `Sync storage could not be read (${stored.syncError}); the defaults apply.`,
    };
    notices.push({ source: 'storage', key: '', message: text[lang] });
  }
  if (stored.newer) {
    const text: Text = {
      nl: 'Je instellingen komen van een nieuwere versie van Zorgvuldig; wat deze versie niet kent, wordt genegeerd.',
      en: 'Your settings come from a newer version of Zorgvuldig; what this version does not know is ignored.',
    };
    notices.push({ source: 'storage', key: '', message: text[lang] });
  }
  return notices;
}

/** Policy + stored user layer -> the settings, locks and notices (pure, so the merge order is tested). */
export function resolve(read: ReadPolicy, stored: Stored, browserLang: string): Resolved {
  const settings = mergeLayers(read.policy, stored.user);
  const lang = resolveLang(settings.lang, browserLang);
  const lockedBy = settings.org.name || (lang === 'nl' ? 'je organisatie' : 'your organisation');
  return {
    settings,
    lang,
    locks: locksOf(read.policy, lockedBy),
    notices: [
      ...read.issues.map((issue) => issueNotice(issue, 'policy', lang)),
      ...storageNotices(stored, lang),
    ],
    user: stored.user,
    orgDefaults: read.policy.defaults ?? {},
    storedIn: stored.area,
    policyPresent: read.present,
    policy: read.policy,
    policyIssues: read.issues,
  };
}
