import { useEffect, useRef } from 'preact/hooks';
import type { CardActions, CardContext } from '../../lib/platforms/underline/at-text';
import type { UnderlineCardState } from '../../lib/platforms/underline/card-host';
import { t } from '../sidebar/texts';
import { FindingCard } from '../sidebar/FindingCard';
import { lockFor } from '../sidebar/grouping';
import { keepComposerFocus } from '../sidebar/keepFocus';

export type UnderlineCardProps = { state: UnderlineCardState; context: CardContext; actions: CardActions };

/**
 * The card at an underline: the same card and actions as in the sidebar, with its place in
 * the list and a close button. Opened from the keyboard it takes focus on its first action.
 */
export function UnderlineCard({ state, context, actions }: UnderlineCardProps) {
  const root = useRef<HTMLDivElement>(null);
  const { finding, byKeyboard } = state;
  useEffect(() => {
    // The first fix, else the first action: a selector list would pick the quote above them.
    const box = root.current;
    if (finding && byKeyboard)
      (
        box?.querySelector<HTMLElement>('.card-actions button') ?? box?.querySelector<HTMLElement>('.quote')
      )?.focus();
  }, [finding, byKeyboard]);
  if (!finding) return null;
  const { lang } = context;
  return (
    <div
      ref={root}
      class="root popover"
      role="dialog"
      aria-label={t('underline.card', lang)}
      data-rule={finding.ruleId}
      data-start={finding.start}
      data-end={finding.end}
    >
      <div class="popover-head">
        <span class="muted small">
          {t('underline.position', lang, { i: state.index + 1, n: state.total })}
          <span class="sr-only"> · {t('underline.keys', lang)}</span>
        </span>
        <button
          type="button"
          class="icon-btn"
          aria-label={t('underline.close', lang)}
          title={t('underline.close', lang)}
          onMouseDown={keepComposerFocus}
          onClick={() => actions.close()}
        >
          ×
        </button>
      </div>
      <ul class="cards">
        <FindingCard
          card={[finding]}
          lang={lang}
          actions={actions}
          canAddWords={context.canAddWords}
          lockedBy={lockFor(context.locks, finding)}
        />
      </ul>
    </div>
  );
}
