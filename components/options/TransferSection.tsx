import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import type { Notice } from '../../lib/settings/resolve';
import type { Announce, OptionsActions } from './types';
import { t } from './texts';

type Props = {
  lang: Lang;
  actions: Pick<OptionsActions, 'exportFile' | 'importFile' | 'reset'>;
  announce: Announce;
};

/** Export and import of the user's own settings, and a reset that asks first. */
export function TransferSection({ lang, actions, announce }: Props) {
  const [importNotices, setImportNotices] = useState<Notice[]>([]);
  const [confirming, setConfirming] = useState(false);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await actions.importFile(await file.text());
    input.value = '';
    setImportNotices(result.notices);
    announce(
      result.ok
        ? result.notices.length
          ? t('transfer.importedSkipped', lang, { n: result.notices.length })
          : t('transfer.imported', lang)
        : (result.notices[0]?.message ?? ''),
    );
  };

  const reset = async () => {
    setConfirming(false);
    const outcome = await actions.reset();
    announce(outcome.notice ?? t('transfer.resetDone', lang));
  };

  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer.title', lang)}</h2>
      <p class="help">{t('transfer.help', lang)}</p>
      <button type="button" onClick={() => void actions.exportFile()}>
        {t('transfer.export', lang)}
      </button>
      <label for="opt-import">{t('transfer.import', lang)}</label>
      <input
        id="opt-import"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void onFile(event)}
      />
      {importNotices.length > 0 && (
        <ul class="import-notices" aria-label={t('transfer.importNotices', lang)}>
          {importNotices.map((notice) => (
            <li key={`${notice.key}:${notice.message}`}>{notice.message}</li>
          ))}
        </ul>
      )}
      <h3>{t('transfer.reset', lang)}</h3>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="reset-question" class="confirm">
          <p id="reset-question">{t('transfer.resetQuestion', lang)}</p>
          <button type="button" onClick={() => void reset()}>
            {t('transfer.resetYes', lang)}
          </button>
          <button type="button" autofocus onClick={() => setConfirming(false)}>
            {t('transfer.cancel', lang)}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('transfer.resetAsk', lang)}
        </button>
      )}
    </section>
  );
}
