import { IN_CONTEXT_SPELLING } from '../../lib/checker/labels';
import type { Finding } from '../../lib/checker/types';
import type { Lang } from '../../lib/i18n';
import { t } from './texts';
import { severityLabel } from '../../lib/checker/labels';
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
      {severityLabel(severity, lang)}
    </span>
  );
}

export function FindingCard({ card, lang, actions, canAddWords, lockedBy }: FindingCardProps) {
  const [finding] = card;
  const quote = quoteOf(finding);
  const ignoreName = quote ? `${t('card.ignore', lang)}: ${quote}` : t('card.ignore', lang);
  const passage = card.length > 1;
  return (
    <li class={`card card-${finding.severity}`} data-rule={finding.ruleId}>
      <div class="card-top">
        <SeverityLabel severity={finding.severity} lang={lang} />
        {lockedBy !== undefined && (
          <span class="lock" title={t('card.locked', lang, { who: lockedBy })}>
            <LockIcon />
            <span class="sr-only">{t('card.locked', lang, { who: lockedBy })}</span>
          </span>
        )}
      </div>
      {!passage && <Quote finding={finding} lang={lang} actions={actions} />}
      <p class="message">{finding.message}</p>
      {passage && (
        <ul class="details" aria-label={t('card.details', lang)}>
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
          <summary>{t('card.why', lang)}</summary>
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
              {t('card.addWord', lang)}
            </button>
          )}
        {finding.category !== 'spelling' && actions.muteRule && lockedBy === undefined && (
          <button
            type="button"
            class="btn btn-quiet"
            aria-label={t('card.muteRuleLabel', lang)}
            title={t('card.muteRuleLabel', lang)}
            onMouseDown={keepComposerFocus}
            onClick={() => actions.muteRule?.(finding)}
          >
            {t('card.muteRule', lang)}
          </button>
        )}
        <button
          type="button"
          class="btn btn-quiet"
          aria-label={passage ? t('card.ignoreAll', lang) : ignoreName}
          onMouseDown={keepComposerFocus}
          onClick={() => card.forEach((f) => actions.ignore(f))}
        >
          {t('card.ignore', lang)}
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
        {t('card.media', lang)}
      </p>
    );
  return (
    <button
      type="button"
      class="quote"
      aria-label={`${quote}, ${t('card.reveal', lang)}`}
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
        const label = t(`card.answer.${answer}`, lang);
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
          aria-label={s === '' && quote ? `${t('card.remove', lang)}: ${quote}` : undefined}
          onMouseDown={keepComposerFocus}
          onClick={() => actions.applySuggestion(finding, s)}
        >
          {s === '' ? t('card.remove', lang) : t('card.replace', lang, { s: shortQuote(s, 40) })}
        </button>
      ))}
    </>
  );
}
