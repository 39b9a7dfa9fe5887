import { useState } from 'preact/hooks';
import type { Category, Finding } from '../../lib/checker/types';
import type { Lang } from '../../lib/i18n';
import { t } from './texts';
import { categoryLabel } from '../../lib/checker/labels';
import type { SidebarActions } from './contract';
import { CountChips } from './CountChips';
import { FindingCard } from './FindingCard';
import { cardKeys, groupFindings, lockFor } from './grouping';

export type FindingsViewProps = {
  findings: readonly Finding[];
  lang: Lang;
  actions: SidebarActions;
  canAddWords: boolean;
  locks: Record<string, string>;
};

/** Cards shown per group before "show more": keeps a long draft calm and each render cheap. */
export const GROUP_LIMIT = 8;

/** The findings by category, the group with the worst finding first. */
export function FindingsView({ findings, lang, actions, canAddWords, locks }: FindingsViewProps) {
  const [opened, setOpened] = useState<ReadonlySet<Category>>(new Set());
  return (
    <div class="groups">
      {groupFindings(findings).map((group) => {
        const headingId = `zv-group-${group.category}`;
        const keys = cardKeys(group.cards);
        const all = opened.has(group.category) || group.cards.length <= GROUP_LIMIT;
        const shown = all ? group.cards : group.cards.slice(0, GROUP_LIMIT);
        return (
          <section key={group.category} class="group" aria-labelledby={headingId}>
            <h3 id={headingId} class="group-head">
              <span>{categoryLabel(group.category, lang)}</span>{' '}
              <CountChips counts={group.counts} lang={lang} />
            </h3>
            <ul class="cards">
              {shown.map((card, i) => (
                <FindingCard
                  key={keys[i]}
                  card={card}
                  lang={lang}
                  actions={actions}
                  canAddWords={canAddWords}
                  lockedBy={lockFor(locks, card[0])}
                />
              ))}
            </ul>
            {!all && (
              <button
                type="button"
                class="btn btn-quiet more"
                onClick={() => setOpened(new Set(opened).add(group.category))}
              >
                {t('group.more', lang, { n: group.cards.length - GROUP_LIMIT })}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
