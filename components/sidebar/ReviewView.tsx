import type { Category, Finding } from '../../lib/checker/types';
import type { Lang } from '../../lib/i18n';
import { t } from './texts';
import { categoryLabel } from '../../lib/checker/labels';
import type { SidebarActions } from './contract';
import { Quote, SeverityLabel } from './FindingCard';
import { CATEGORIES, cardKeys, cardsOf, compareByPosition } from './grouping';
import { LockIcon } from './icons';

export type ReviewViewProps = {
  findings: readonly Finding[];
  lang: Lang;
  actions: SidebarActions;
  checklist: readonly string[];
  checked: ReadonlySet<number>;
  onToggle(index: number): void;
  locks: Record<string, string>;
};

/** For comms staff: every finding in reading order, the organisation's checklist and its locks. */
export function ReviewView({
  findings,
  lang,
  actions,
  checklist,
  checked,
  onToggle,
  locks,
}: ReviewViewProps) {
  const cards = cardsOf([...findings].sort(compareByPosition));
  const keys = cardKeys(cards);
  const lockEntries = Object.entries(locks);
  return (
    <div class="review">
      <section aria-labelledby="zv-review-list">
        <h3 id="zv-review-list" class="section-head">
          {t('review.list', lang)}
        </h3>
        {cards.length === 0 ? (
          <p class="muted">{t('review.listEmpty', lang)}</p>
        ) : (
          <ol class="full-list">
            {cards.map((card, i) => (
              <li key={keys[i]} class={`row row-${card[0].severity}`}>
                <div class="row-meta">
                  <SeverityLabel severity={card[0].severity} lang={lang} />
                  <span class="row-cat">{categoryLabel(card[0].category, lang)}</span>
                </div>
                <div class="row-quotes">
                  {card.map((f, j) => (
                    <Quote key={j} finding={f} lang={lang} actions={actions} />
                  ))}
                </div>
                <p class="message">{card[0].message}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {checklist.length > 0 && (
        <section aria-labelledby="zv-review-checklist">
          <h3 id="zv-review-checklist" class="section-head">
            {t('review.checklist', lang)}
            <span class="muted small">
              {t('review.checklistDone', lang, { done: checked.size, total: checklist.length })}
            </span>
          </h3>
          <ul class="checklist">
            {checklist.map((item, i) => (
              <li key={`${i}|${item}`}>
                <label>
                  <input type="checkbox" checked={checked.has(i)} onChange={() => onToggle(i)} />
                  <span>{item}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lockEntries.length > 0 && (
        <section aria-labelledby="zv-review-locks">
          <h3 id="zv-review-locks" class="section-head">
            {t('review.locks', lang)}
          </h3>
          <ul class="locks">
            {lockEntries.map(([key, who]) => (
              <li key={key}>
                <LockIcon />
                {CATEGORIES.includes(key as Category) ? (
                  <span>{categoryLabel(key as Category, lang)}</span>
                ) : (
                  <code>{key}</code>
                )}{' '}
                <span class="muted">{who}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
