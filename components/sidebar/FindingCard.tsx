import { IN_CONTEXT_SPELLING } from '../../lib/checker/labels';
import type { Finding } from '../../lib/checker/types';
import { t, type Lang } from '../i18n';
import type { SidebarActions } from './contract';
import type { Card } from './grouping';
import { LockIcon, SeverityIcon } from './icons';
import { keepComposerFocus } from './keepFocus';

export type FindingCardProps = {
  /** One finding, or the details of one passage (see cardsOf). */
  card: Card;
  lang: Lang;
  actions: SidebarActions;
  canAddWords: boolean;
  /** Who locked this rule or category, if anyone. */
  lockedBy?: string;
};

/** Long quotes are cut for the eye; the full text stays in the composer. */
export function shortQuote(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

export function SeverityLabel({ severity, lang }: { severity: Finding['severity']; lang: Lang }) {
  return (
    <span class={`sev sev-${severity}`}>
      <SeverityIcon severity={severity} />
      {t(lang, `severity.${severity}`)}
    </span>
  );
}

export function FindingCard({ card, lang, actions, canAddWords, lockedBy }: FindingCardProps) {
  const [finding] = card;
  const quote = quoteOf(finding);
  const ignoreName = quote ? `${t(lang, 'card.ignore')}: ${quote}` : t(lang, 'card.ignore');
  const passage = card.length > 1;
  return (
    <li class={`card card-${finding.severity}`} data-rule={finding.ruleId}>
      <div class="card-top">
        <SeverityLabel severity={finding.severity} lang={lang} />
        {lockedBy !== undefined && (
          <span class="lock" title={t(lang, 'card.locked', { who: lockedBy })}>
            <LockIcon />
            <span class="sr-only">{t(lang, 'card.locked', { who: lockedBy })}</span>
          </span>
        )}
      </div>
      {!passage && <Quote finding={finding} lang={lang} actions={actions} />}
      <p class="message">{finding.message}</p>
      {passage && (
        <ul class="details" aria-label={t(lang, 'card.details')}>
          {card.map((detail, i) => (
            <li key={`${i}|${detail.text}`} class="detail">
              <Quote finding={detail} lang={lang} actions={actions} />
              <Fixes finding={detail} lang={lang} actions={actions} />
            </li>
          ))}
        </ul>
      )}
      {finding.explanation && (
        <details class="why">
          <summary>{t(lang, 'card.why')}</summary>
          <p>{finding.explanation}</p>
        </details>
      )}
      <div class="card-actions">
        {!passage && <Fixes finding={finding} lang={lang} actions={actions} />}
        {!passage && <QuickAnswers finding={finding} lang={lang} actions={actions} />}
        {finding.category === 'spelling' &&
          !IN_CONTEXT_SPELLING.has(finding.ruleId) &&
          canAddWords &&
          finding.text && (
            <button
              type="button"
              class="btn"
              onMouseDown={keepComposerFocus}
              onClick={() => actions.addWord(finding.text)}
            >
              {t(lang, 'card.addWord')}
            </button>
          )}
        {finding.category !== 'spelling' && actions.muteRule && lockedBy === undefined && (
          <button
            type="button"
            class="btn btn-quiet"
            aria-label={t(lang, 'card.muteRuleLabel')}
            title={t(lang, 'card.muteRuleLabel')}
            onMouseDown={keepComposerFocus}
            onClick={() => actions.muteRule?.(finding)}
          >
            {t(lang, 'card.muteRule')}
          </button>
        )}
        <button
          type="button"
          class="btn btn-quiet"
          aria-label={passage ? t(lang, 'card.ignoreAll') : ignoreName}
          onMouseDown={keepComposerFocus}
          onClick={() => card.forEach((f) => actions.ignore(f))}
        >
          {t(lang, 'card.ignore')}
        </button>
      </div>
    </li>
  );
}

const quoteOf = (finding: Finding) => (finding.text ? `“${shortQuote(finding.text)}”` : '');

type PartProps = { finding: Finding; lang: Lang; actions: SidebarActions };

/** The finding's text as a button that selects it in the composer; an attachment has no text. */
export function Quote({ finding, lang, actions }: PartProps) {
  const quote = quoteOf(finding);
  if (!quote)
    return (
      <p class="quote quote-media">
        {finding.thumbnail && <img class="thumb" src={finding.thumbnail} alt="" width={48} height={48} />}
        {t(lang, 'card.media')}
      </p>
    );
  return (
    <button
      type="button"
      class="quote"
      aria-label={`${quote}, ${t(lang, 'card.reveal')}`}
      onMouseDown={keepComposerFocus}
      onClick={() => actions.reveal(finding)}
    >
      {quote}
    </button>
  );
}

/**
 * Answers to a finding that rests on a guess ("is een collega", "toestemming gegeven"): each
 * quiets the finding for this draft, through the same path as "Negeren".
 */
function QuickAnswers({ finding, lang, actions }: PartProps) {
  const quote = quoteOf(finding);
  return (
    <>
      {(finding.quickAnswers ?? []).map((answer) => {
        const label = t(lang, `card.answer.${answer}`);
        return (
          <button
            type="button"
            key={answer}
            class="btn"
            aria-label={quote ? `${label}: ${quote}` : label}
            onMouseDown={keepComposerFocus}
            onClick={() => actions.ignore(finding)}
          >
            {label}
          </button>
        );
      })}
    </>
  );
}

/** One button per suggestion, applied through the editor. */
function Fixes({ finding, lang, actions }: PartProps) {
  const quote = quoteOf(finding);
  return (
    <>
      {finding.suggestions.map((s, i) => (
        <button
          type="button"
          key={`${i}|${s}`}
          class="btn btn-primary"
          data-suggestion={s}
          aria-label={s === '' && quote ? `${t(lang, 'card.remove')}: ${quote}` : undefined}
          onMouseDown={keepComposerFocus}
          onClick={() => actions.applySuggestion(finding, s)}
        >
          {s === '' ? t(lang, 'card.remove') : t(lang, 'card.replace', { s: shortQuote(s, 40) })}
        </button>
      ))}
    </>
  );
}
