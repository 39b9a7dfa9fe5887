import type { Lang } from '../../lib/i18n';
import type { Notice } from '../../lib/settings/resolve';
import { t } from './texts';

/** What was ignored and why, at the top of the page, so neither user nor admin has to guess. */
export function Notices({ notices, lang }: { notices: Notice[]; lang: Lang }) {
  if (notices.length === 0) return null;
  return (
    <section class="notices" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('notices', lang)}</h2>
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.source}:${notice.key}:${notice.message}`} data-source={notice.source}>
            {notice.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
