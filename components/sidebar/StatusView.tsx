import type { Lang } from '../../lib/i18n';
import { t } from './texts';
import { CheckIcon, InfoIcon } from './icons';

export function IdleView({ lang }: { lang: Lang }) {
  return <p class="state state-idle">{t('status.idle', lang)}</p>;
}

/** Fades in only when a check takes a while, so quick checks do not flash. */
export function CheckingView({ lang }: { lang: Lang }) {
  return (
    <p class="state state-checking delayed">
      <span class="spinner" aria-hidden="true" />
      {t('status.checking', lang)}
    </p>
  );
}

export function EmptyView({ lang }: { lang: Lang }) {
  return (
    <div class="state state-empty">
      <span class="empty-mark">
        <CheckIcon />
      </span>
      <p class="empty-title">{t('status.empty', lang)}</p>
      <p class="muted">{t('status.emptyDetail', lang)}</p>
    </div>
  );
}

export function ErrorView({ lang, detail }: { lang: Lang; detail?: string }) {
  return (
    <div class="state state-error">
      <p class="error-title">
        <InfoIcon />
        {t('status.error', lang)}
      </p>
      <p>{t('status.errorDetail', lang)}</p>
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
