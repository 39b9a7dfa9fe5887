import { t, type Lang } from '../i18n';
import { CheckIcon, InfoIcon } from './icons';

export function IdleView({ lang }: { lang: Lang }) {
  return <p class="state state-idle">{t(lang, 'status.idle')}</p>;
}

/** Fades in only when a check takes a while, so quick checks do not flash. */
export function CheckingView({ lang }: { lang: Lang }) {
  return (
    <p class="state state-checking delayed">
      <span class="spinner" aria-hidden="true" />
      {t(lang, 'status.checking')}
    </p>
  );
}

export function EmptyView({ lang }: { lang: Lang }) {
  return (
    <div class="state state-empty">
      <span class="empty-mark">
        <CheckIcon />
      </span>
      <p class="empty-title">{t(lang, 'status.empty')}</p>
      <p class="muted">{t(lang, 'status.emptyDetail')}</p>
    </div>
  );
}

export function ErrorView({ lang, detail }: { lang: Lang; detail?: string }) {
  return (
    <div class="state state-error">
      <p class="error-title">
        <InfoIcon />
        {t(lang, 'status.error')}
      </p>
      <p>{t(lang, 'status.errorDetail')}</p>
      {detail && <p class="muted small">{detail}</p>}
    </div>
  );
}

export function Notices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <ul class="notices">
      {notices.map((n, i) => (
        <li key={`${i}|${n}`} class="notice">
          <InfoIcon />
          <span>{n}</span>
        </li>
      ))}
    </ul>
  );
}
