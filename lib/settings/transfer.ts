import type { KeyOf, Lang } from '../i18n';
import { noticeTexts, t } from './notice-texts';
import { outcomeOf } from './actions';
import { loadSettings } from './load';
import { CURRENT_VERSION } from './migrations';
import { issueNotice, type Notice } from './resolve';
import { decode, readUser, writeUser } from './storage';

export const FILE_FORMAT = 'zorgvuldig-settings';
const MAX_FILE_CHARS = 2_000_000;

/** The user's own choices and word list as a JSON file (what the organisation set is not included). */
export async function exportUserSettings(now = new Date()): Promise<string> {
  const { user } = await readUser();
  const { words = [], ...settings } = user;
  const file = {
    format: FILE_FORMAT,
    settingsVersion: CURRENT_VERSION,
    exportedAt: now.toISOString(),
    settings,
    words,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: boolean; notices: Notice[] };

const refused = (key: KeyOf<typeof noticeTexts>, lang: Lang): ImportResult => ({
  ok: false,
  notices: [{ source: 'import', key: '', message: t(key, lang) }],
});

/**
 * Reads an exported file. A file that is not ours changes nothing; in a good file, bad values
 * are skipped and reported, choices replace the current ones, and words are added to the list.
 */
export async function importUserSettings(text: string): Promise<ImportResult> {
  const { lang } = await loadSettings();
  if (text.length > MAX_FILE_CHARS) {
    return refused('import.tooBig', lang);
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refused('import.notJson', lang);
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== FILE_FORMAT) {
    return refused('import.notOurs', lang);
  }
  const { settingsVersion, settings, words } = file as Record<string, unknown>;
  const decoded = decode({
    settingsVersion,
    settings: settings ?? {},
    ...(words === undefined ? {} : { 'words.0': words }),
  });
  const stored = await readUser();
  const merged = [...new Set([...(stored.user.words ?? []), ...(decoded.user.words ?? [])])];
  const written = await writeUser({ ...decoded.user, ...(merged.length > 0 ? { words: merged } : {}) });
  const notices = decoded.issues.map((issue) => issueNotice(issue, 'import', lang));
  const outcome = outcomeOf(written, lang);
  // Not saved: that comes first, before what the file had wrong.
  if (outcome.notice && !outcome.ok) notices.unshift({ source: 'quota', key: '', message: outcome.notice });
  else if (outcome.notice) notices.push({ source: 'quota', key: '', message: outcome.notice });
  return { ok: outcome.ok, notices };
}
