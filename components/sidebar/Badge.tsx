import type { Ref } from 'preact';
import type { Finding } from '../../lib/checker/types';
import { t, type Lang } from '../i18n';
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
  const what = findings === null ? '' : `: ${n > 0 ? t(lang, 'badge.count', { n }) : t(lang, 'badge.none')}`;
  const name = `${t(lang, 'badge.open')}${what}`;
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
