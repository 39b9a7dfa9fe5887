import type { Finding } from '../../lib/checker/types';
import { t, type Lang } from '../i18n';
import type { SidebarActions } from './contract';
import { CountChips } from './CountChips';
import { FindingCard } from './FindingCard';
import { findingKeys, groupFindings, lockFor } from './grouping';

export type FindingsViewProps = {
  findings: readonly Finding[];
  lang: Lang;
  actions: SidebarActions;
  canAddWords: boolean;
  locks: Record<string, string>;
};

/** The findings by category, the group with the worst finding first. */
export function FindingsView({ findings, lang, actions, canAddWords, locks }: FindingsViewProps) {
  return (
    <div class="groups">
      {groupFindings(findings).map((group) => {
        const headingId = `zv-group-${group.category}`;
        const keys = findingKeys(group.findings);
        return (
          <section key={group.category} class="group" aria-labelledby={headingId}>
            <h3 id={headingId} class="group-head">
              <span>{t(lang, `category.${group.category}`)}</span>{' '}
              <CountChips counts={group.counts} lang={lang} />
            </h3>
            <ul class="cards">
              {group.findings.map((f, i) => (
                <FindingCard
                  key={keys[i]}
                  finding={f}
                  lang={lang}
                  actions={actions}
                  canAddWords={canAddWords}
                  lockedBy={lockFor(locks, f)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
