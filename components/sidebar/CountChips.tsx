import type { Lang } from '../../lib/i18n';
import { severityLabel } from '../../lib/checker/labels';
import { SEVERITIES, type SeverityCounts } from './grouping';
import { SeverityIcon } from './icons';
import { severityList } from './summary';

/** Icon + number per severity; the full words are there for screen readers and on hover. */
export function CountChips({ counts, lang }: { counts: SeverityCounts; lang: Lang }) {
  const label = severityList(lang, counts);
  return (
    <span class="chips" title={label}>
      {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
        <span key={s} class={`chip sev-${s}`} aria-hidden="true">
          <SeverityIcon severity={s} />
          {counts[s]}
        </span>
      ))}
      <span class="sr-only">{label}</span>
    </span>
  );
}

/** The header's overview: one tile per severity, zeros greyed, so the layout never jumps. */
export function SeveritySummary({ counts, lang }: { counts: SeverityCounts; lang: Lang }) {
  return (
    <ul class="overview">
      {SEVERITIES.map((s) => (
        <li key={s} class={counts[s] > 0 ? `tile sev-${s}` : 'tile tile-zero'}>
          <span class="tile-n">
            <SeverityIcon severity={s} />
            {counts[s]}
          </span>{' '}
          <span class="tile-label">{severityLabel(s, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
