import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/checker/rule';
import type { Notice } from '../../lib/settings/resolve';
import type { Announce, OptionsActions } from './types';

type Props = {
  lang: Lang;
  actions: Pick<OptionsActions, 'exportFile' | 'importFile' | 'reset'>;
  announce: Announce;
};

/** Export and import of the user's own settings, and a reset that asks first. */
export function TransferSection({ lang, actions, announce }: Props) {
  const [importNotices, setImportNotices] = useState<Notice[]>([]);
  const [confirming, setConfirming] = useState(false);
  const nl = lang === 'nl';

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await actions.importFile(await file.text());
    input.value = '';
    setImportNotices(result.notices);
    announce(
      result.ok
        ? nl
          ? `Instellingen geïmporteerd${result.notices.length ? `; ${result.notices.length} onderdelen overgeslagen` : ''}.`
          : `Settings imported${result.notices.length ? `; ${result.notices.length} parts skipped` : ''}.`
        : (result.notices[0]?.message ?? ''),
    );
  };

  const reset = async () => {
    setConfirming(false);
    const outcome = await actions.reset();
    announce(outcome.notice ?? (nl ? 'Je instellingen zijn teruggezet.' : 'Your settings were reset.'));
  };

  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{nl ? 'Bewaren en terugzetten' : 'Save and restore'}</h2>
      <p class="help">
        {nl
          ? 'Bewaar je eigen keuzes en woordenlijst in een bestand, of lees zo’n bestand in. Wat je organisatie instelde, zit er niet in.'
          : 'Save your own choices and word list to a file, or read such a file. What your organisation set is not included.'}
      </p>
      <button type="button" onClick={() => void actions.exportFile()}>
        {nl ? 'Exporteer naar bestand' : 'Export to file'}
      </button>
      <label for="opt-import">{nl ? 'Importeer uit bestand' : 'Import from file'}</label>
      <input
        id="opt-import"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void onFile(event)}
      />
      {importNotices.length > 0 && (
        <ul class="import-notices" aria-label={nl ? 'Meldingen bij importeren' : 'Import messages'}>
          {importNotices.map((notice) => (
            <li key={`${notice.key}:${notice.message}`}>{notice.message}</li>
          ))}
        </ul>
      )}
      <h3>{nl ? 'Terugzetten' : 'Reset'}</h3>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="reset-question" class="confirm">
          <p id="reset-question">
            {nl
              ? 'Al je keuzes terugzetten naar de standaard van je organisatie? Je woordenlijst blijft bewaard.'
              : "Reset all your choices to your organisation's defaults? Your word list is kept."}
          </p>
          <button type="button" onClick={() => void reset()}>
            {nl ? 'Ja, terugzetten' : 'Yes, reset'}
          </button>
          <button type="button" autofocus onClick={() => setConfirming(false)}>
            {nl ? 'Annuleren' : 'Cancel'}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {nl ? 'Zet mijn keuzes terug…' : 'Reset my choices…'}
        </button>
      )}
    </section>
  );
}
