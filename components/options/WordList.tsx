import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { isLocked } from '../../lib/settings/merge';
import { describedBy, LockNote } from './LockNote';
import { idOf, labelOf } from './setting-label';
import { t } from './texts';

type Props = {
  words: string[];
  canAdd: boolean;
  orgName: string;
  locks: Record<string, string>;
  lang: Lang;
  onAdd(word: string): Promise<boolean>;
  onRemove(word: string): void;
};

/** The personal word list: add one word at a time, remove any. */
export function WordList({ words, canAdd, orgName, locks, lang, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState('');
  const { label, help } = labelOf('words', lang);
  const locked = isLocked(locks, 'words');
  const mayAdd = canAdd && !locked;
  const by = orgName || t('words.yourOrganisation', lang);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (draft.trim() && (await onAdd(draft))) setDraft('');
  };
  return (
    <fieldset>
      <legend>{label}</legend>
      <p class="help" id={`${idOf('words')}-help`}>
        {help}
      </p>
      <LockNote path="words" locks={locks} lang={lang} />
      {!canAdd && !locked && <p class="lock">{t('words.addingOff', lang, { by })}</p>}
      {mayAdd && (
        <form class="add-word" onSubmit={submit}>
          <label for={idOf('words-new')}>{t('words.new', lang)}</label>
          <input
            id={idOf('words-new')}
            value={draft}
            maxLength={60}
            autocomplete="off"
            spellcheck={false}
            aria-describedby={describedBy('words', locks)}
            onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('words.add', lang)}</button>
        </form>
      )}
      {words.length === 0 ? (
        <p>{t('words.none', lang)}</p>
      ) : (
        <ul class="words" aria-label={label}>
          {words.map((word) => (
            <li key={word}>
              <span lang="nl">{word}</span>
              {!locked && (
                <button
                  type="button"
                  aria-label={t('words.removeWord', lang, { word })}
                  onClick={() => onRemove(word)}
                >
                  {t('words.remove', lang)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
