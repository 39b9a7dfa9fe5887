import type { TabHealth } from '../../lib/messaging/health';
import type { Lang } from '../../lib/i18n';
import { t } from './texts';

type Props = { health: TabHealth | null; lang: Lang; onCheck(): void };

/**
 * What the checker does on the page in front: how many boxes it checks, or plainly that a
 * box the user typed in could not be read, with a button to check that box anyway.
 */
export function HealthLine({ health, lang, onCheck }: Props) {
  if (!health) return null;
  if (health.unreadable) {
    const what = health.unreadable.label ? ` (“${health.unreadable.label}”)` : '';
    const why = health.unreadable.reason === 'closed' ? 'unreadableClosed' : 'unreadableOneLine';
    return (
      <div class="health warn" role="status" data-health="unreadable">
        <p>
          {t('unreadable', lang)}
          {what}. {t(why, lang)}
        </p>
        <button type="button" class="btn-check" onClick={onCheck}>
          {t('checkThisBox', lang)}
        </button>
      </div>
    );
  }
  if (!health.watching)
    return (
      <p class="health" role="status" data-health="off">
        {t('notWatching', lang)}
      </p>
    );
  return (
    <p class="health ok" role="status" data-health="watching">
      {health.boxes === 0
        ? t('watchingNone', lang)
        : t(health.boxes === 1 ? 'watchingOne' : 'watchingMany', lang, { n: health.boxes })}
    </p>
  );
}
