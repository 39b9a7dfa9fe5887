import type { Finding } from '../../lib/checker/types';
import { t, type Lang } from '../i18n';
import type { SidebarActions } from './contract';
import { LockIcon, SeverityIcon } from './icons';
import { keepComposerFocus } from './keepFocus';

export type FindingCardProps = {
  finding: Finding;
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

export function FindingCard({ finding, lang, actions, canAddWords, lockedBy }: FindingCardProps) {
  const quote = finding.text ? `“${shortQuote(finding.text)}”` : '';
  const ignoreName = quote ? `${t(lang, 'card.ignore')}: ${quote}` : t(lang, 'card.ignore');
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
      {quote ? (
        <button
          type="button"
          class="quote"
          aria-label={`${quote}, ${t(lang, 'card.reveal')}`}
          onMouseDown={keepComposerFocus}
          onClick={() => actions.reveal(finding)}
        >
          {quote}
        </button>
      ) : (
        <p class="quote quote-media">{t(lang, 'card.media')}</p>
      )}
      <p class="message">{finding.message}</p>
      {finding.explanation && (
        <details class="why">
          <summary>{t(lang, 'card.why')}</summary>
          <p>{finding.explanation}</p>
        </details>
      )}
      <div class="card-actions">
        {finding.suggestions.map((s, i) => (
          <button
            type="button"
            key={`${i}|${s}`}
            class="btn btn-primary"
            aria-label={s === '' && quote ? `${t(lang, 'card.remove')}: ${quote}` : undefined}
            onMouseDown={keepComposerFocus}
            onClick={() => actions.applySuggestion(finding, s)}
          >
            {s === '' ? t(lang, 'card.remove') : t(lang, 'card.replace', { s: shortQuote(s, 40) })}
          </button>
        ))}
        {finding.category === 'spelling' && canAddWords && finding.text && (
          <button
            type="button"
            class="btn"
            onMouseDown={keepComposerFocus}
            onClick={() => actions.addWord(finding.text)}
          >
            {t(lang, 'card.addWord')}
          </button>
        )}
        <button
          type="button"
          class="btn btn-quiet"
          aria-label={ignoreName}
          onMouseDown={keepComposerFocus}
          onClick={() => actions.ignore(finding)}
        >
          {t(lang, 'card.ignore')}
        </button>
      </div>
    </li>
  );
}
