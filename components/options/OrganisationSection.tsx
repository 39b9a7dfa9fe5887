import type { ComponentChildren } from 'preact';
import type { Lang } from '../../lib/i18n';
import type { OrgSettings } from '../../lib/settings/schema';
import { labelOf } from './setting-label';
import { OrgHosts } from './OrgHosts';
import type { OptionsActions } from './types';
import { t } from './texts';

const list = (items: string[], lang: Lang) => (items.length === 0 ? t('org.none', lang) : items.join(', '));

/** What the organisation set for everyone: shown, never editable here. */
export function OrganisationSection({
  org,
  lang,
  actions,
}: {
  org: OrgSettings;
  lang: Lang;
  actions?: OptionsActions;
}) {
  const rows: [string, ComponentChildren][] = [
    ['org.name', org.name || t('org.notSet', lang)],
    ['org.domains', list(org.domains, lang)],
    ['org.internalDomains', list(org.internalDomains, lang)],
    ['org.words', list(org.words, lang)],
    [
      'org.phrases',
      list(
        org.phrases.map((phrase) => `${phrase.phrase}: ${phrase.message}`),
        lang,
      ),
    ],
    ['org.checklist', list(org.checklist, lang)],
    ['org.canAddWords', t(org.canAddWords ? 'org.yes' : 'org.no', lang)],
    [
      'org.hosts',
      actions ? <OrgHosts hosts={org.hosts} lang={lang} actions={actions} /> : list(org.hosts, lang),
    ],
  ];
  return (
    <section aria-labelledby="org-title">
      <h2 id="org-title">{t('org.title', lang)}</h2>
      <dl>
        {rows.map(([path, value]) => {
          const { label, help } = labelOf(path, lang);
          return (
            <div key={path}>
              <dt>{label}</dt>
              <dd>
                {value}
                <p class="help">{help}</p>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
