import type { Lang } from '../i18n';
import { loadSettings } from './load';
import { isLocked } from './merge';
import { t } from './notice-texts';
import { sanitize, type Issue } from './sanitize';
import { UserSettings, Word, type UserLayer } from './schema';
import { readUser, writeUser, type Written } from './storage';

/** What a change did: `ok` false means nothing was saved; `notice` says why or where it went. */
export type Outcome = { ok: boolean; notice?: string };

export const outcomeOf = (written: Written, lang: Lang): Outcome =>
  written.area === 'none'
    ? { ok: false, notice: t('notSaved', lang) }
    : written.area === 'local'
      ? { ok: true, notice: t('savedLocally', lang) }
      : { ok: true };

let queue: Promise<unknown> = Promise.resolve();
/** Changes run one after another, so two quick "add word" clicks never overwrite each other. */
function serial<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change, change);
  queue = next.catch(() => undefined);
  return next;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets (or with `undefined`, removes) one value at a dotted path, dropping groups left empty. */
export function setPath(layer: UserLayer, path: string, value: unknown): UserLayer {
  const [head, ...rest] = path.split('.');
  const copy: Record<string, unknown> = { ...layer };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy as UserLayer;
  }
  const child = setPath((isPlainObject(copy[head]) ? copy[head] : {}) as UserLayer, rest.join('.'), value);
  if (Object.keys(child).length === 0) delete copy[head];
  else copy[head] = child;
  return copy as UserLayer;
}

function lockedNotice(by: string, lang: Lang): string {
  return t('locked', lang, { by });
}

/** The user's choice for one setting (`undefined`: back to the organisation's or built-in default). */
export function setUserChoice(path: string, value: unknown): Promise<Outcome> {
  return serial(async () => {
    const { locks, lang } = await loadSettings();
    if (isLocked(locks, path)) return { ok: false, notice: lockedNotice(Object.values(locks)[0], lang) };
    const stored = await readUser();
    const next = setPath(stored.user, path, value);
    const issues: Issue[] = [];
    const clean = sanitize(UserSettings, next, '', issues) as UserLayer;
    const related = (other: string) =>
      other === path || other.startsWith(`${path}.`) || path.startsWith(`${other}.`);
    const own = issues.find((issue) => related(issue.path));
    if (own) return { ok: false, notice: own.reason[lang] };
    return outcomeOf(await writeUser(clean), lang);
  });
}

/** Back to the organisation's and built-in defaults; the personal word list stays. */
export function resetUserSettings(): Promise<Outcome> {
  return serial(async () => {
    const { lang } = await loadSettings();
    const stored = await readUser();
    return outcomeOf(await writeUser(stored.user.words ? { words: stored.user.words } : {}), lang);
  });
}

/** Adds a word to the user's own list, when the organisation allows it and it fits. */
export function addUserWord(word: string): Promise<Outcome> {
  return serial(async () => {
    const { settings, locks, lang } = await loadSettings();
    const parsed = Word.safeParse(word);
    if (!parsed.success) {
      return {
        ok: false,
        notice: t('notAWord', lang),
      };
    }
    if (!settings.org.canAddWords || isLocked(locks, 'words')) {
      const by = settings.org.name || t('yourOrganisation', lang);
      return {
        ok: false,
        notice: t('addingOff', lang, { by }),
      };
    }
    const clean = parsed.data;
    if (settings.words.includes(clean) || settings.org.words.includes(clean)) return { ok: true };
    const stored = await readUser();
    // Without an own list yet, the organisation's default list is the starting point.
    const words = [...(stored.user.words ?? settings.words), clean];
    if (!UserSettings.shape.words.safeParse(words).success) {
      return {
        ok: false,
        notice: t('listFull', lang),
      };
    }
    return outcomeOf(await writeUser({ ...stored.user, words }), lang);
  });
}

/** Removes a word from the user's own list (allowed even when adding is not). */
export function removeUserWord(word: string): Promise<Outcome> {
  return serial(async () => {
    const { settings, locks, lang } = await loadSettings();
    if (isLocked(locks, 'words')) return { ok: false, notice: lockedNotice(Object.values(locks)[0], lang) };
    const stored = await readUser();
    const words = (stored.user.words ?? settings.words).filter((item) => item !== word);
    return outcomeOf(await writeUser({ ...stored.user, words }), lang);
  });
}

/** The background's handler for the `addWord` message. */
export const handleAddWord = ({ word }: { word: string }): Promise<Outcome> => addUserWord(word);

/** "Altijd negeren" on a card: the rule goes off in the user's own settings (not when the organisation locked it). */
export const handleMuteRule = ({ ruleId }: { ruleId: string }): Promise<Outcome> =>
  setUserChoice(`rules.${ruleId}.enabled`, false);
