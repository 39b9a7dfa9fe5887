import type { Lang } from '../i18n';
import { locksOf, mergeLayers, type CleanPolicy } from './merge';
import type { ReadPolicy } from './policy';
import { t } from './notice-texts';
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
  const where = t(
    source === 'policy' ? 'source.policy' : source === 'import' ? 'source.import' : 'source.storage',
    lang,
  );
  const message = t('ignored', lang, {
    where,
    path: issue.path,
    value: show(issue.value),
    reason: issue.reason[lang],
  });
  return { source, key: issue.path, message };
}

function storageNotices(stored: Stored, lang: Lang): Notice[] {
  const notices = stored.issues.map((issue) => issueNotice(issue, 'storage', lang));
  if (stored.area === 'local') notices.push({ source: 'quota', key: '', message: t('localOnly', lang) });
  if (stored.damagedFallback)
    notices.push({ source: 'storage', key: '', message: t('damagedFallback', lang) });
  if (stored.syncError)
    notices.push({
      source: 'storage',
      key: '',
      message: t('syncUnreadable', lang, { error: stored.syncError }),
    });
  if (stored.newer) notices.push({ source: 'storage', key: '', message: t('newer', lang) });
  return notices;
}

/** Policy + stored user layer -> the settings, locks and notices (pure, so the merge order is tested). */
export function resolve(read: ReadPolicy, stored: Stored, browserLang: string): Resolved {
  const settings = mergeLayers(read.policy, stored.user);
  const lang = resolveLang(settings.lang, browserLang);
  const lockedBy = settings.org.name || t('yourOrganisation', lang);
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
