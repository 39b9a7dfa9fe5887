import type { Text } from '../../lib/checker/rule';
import type { TabHealth } from '../../lib/messaging/health';
import { popupText, watchingText } from './strings';

type Props = { health: TabHealth | null; lang: 'nl' | 'en'; onCheck(): void };

/**
 * What the checker does on the page in front: how many boxes it checks, or plainly that a
 * box the user typed in could not be read, with a button to check that box anyway.
 */
export function HealthLine({ health, lang, onCheck }: Props) {
  const say = (text: Text) => text[lang];
  if (!health) return null;
  if (health.unreadable) {
    const what = health.unreadable.label ? ` (“${health.unreadable.label}”)` : '';
    const why =
      health.unreadable.reason === 'closed' ? popupText.unreadableClosed : popupText.unreadableOneLine;
    return (
      <div class="health warn" role="status" data-health="unreadable">
        <p>
          {say(popupText.unreadable)}
          {what}. {say(why)}
        </p>
        <button type="button" class="btn-check" onClick={onCheck}>
          {say(popupText.checkThisBox)}
        </button>
      </div>
    );
  }
  if (!health.watching)
    return (
      <p class="health" role="status" data-health="off">
        {say(popupText.notWatching)}
      </p>
    );
  return (
    <p class="health ok" role="status" data-health="watching">
      {health.boxes === 0 ? say(popupText.watchingNone) : say(watchingText(health.boxes))}
    </p>
  );
}
