import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/checker/rule';
import { isLocked } from '../../lib/settings/merge';
import { describedBy, LockNote } from './LockNote';
import { idOf, labelOf } from './i18n';

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
  const by = orgName || (lang === 'nl' ? 'je organisatie' : 'your organisation');
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
      {!canAdd && !locked && (
        <p class="lock">
          {lang === 'nl'
            ? `Woorden toevoegen is uitgezet door ${by}.`
            : `Adding words was turned off by ${by}.`}
        </p>
      )}
      {mayAdd && (
        <form class="add-word" onSubmit={submit}>
          <label for={idOf('words-new')}>{lang === 'nl' ? 'Nieuw woord' : 'New word'}</label>
          <input
            id={idOf('words-new')}
            value={draft}
            maxLength={60}
            autocomplete="off"
            spellcheck={false}
            aria-describedby={describedBy('words', locks)}
            onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{lang === 'nl' ? 'Toevoegen' : 'Add'}</button>
        </form>
      )}
      {words.length === 0 ? (
        <p>{lang === 'nl' ? 'Nog geen woorden.' : 'No words yet.'}</p>
      ) : (
        <ul class="words" aria-label={label}>
          {words.map((word) => (
            <li key={word}>
              <span lang="nl">{word}</span>
              {!locked && (
                <button
                  type="button"
                  aria-label={`${lang === 'nl' ? 'Verwijder' : 'Remove'} ${word}`}
                  onClick={() => onRemove(word)}
                >
                  {lang === 'nl' ? 'Verwijder' : 'Remove'}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
