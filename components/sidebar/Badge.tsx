import type { Ref } from 'preact';
import type { Finding } from '../../lib/checker/types';
import type { Lang } from '../../lib/i18n';
import { t } from './texts';
import { countBySeverity } from './grouping';
import { CheckIcon, LogoMark, SeverityIcon } from './icons';

export type BadgeProps = {
  findings: readonly Finding[] | null;
  lang: Lang;
  onOpen(event: MouseEvent): void;
  buttonRef: Ref<HTMLButtonElement>;
};

/** The collapsed form: the mark and how many stop/check findings wait. */
export function Badge({ findings, lang, onOpen, buttonRef }: BadgeProps) {
  const counts = countBySeverity(findings ?? []);
  const n = counts.stop + counts.check;
  const worst = counts.stop ? 'stop' : 'check';
  const what = findings === null ? '' : `: ${n > 0 ? t('badge.count', lang, { n }) : t('badge.none', lang)}`;
  const name = `${t('badge.open', lang)}${what}`;
  return (
    <button
      type="button"
      ref={buttonRef}
      class="badge"
      aria-expanded="false"
      aria-label={name}
      title={name}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onOpen}
    >
      <LogoMark size={18} />
      {findings !== null &&
        (n > 0 ? (
          <span class={`badge-count sev-${worst}`}>
            <SeverityIcon severity={worst} />
            {n}
          </span>
        ) : (
          <CheckIcon />
        ))}
    </button>
  );
}
