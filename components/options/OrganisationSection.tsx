import type { ComponentChildren } from 'preact';
import type { Lang } from '../../lib/checker/rule';
import type { OrgSettings } from '../../lib/settings/schema';
import { labelOf } from './i18n';
import { OrgHosts } from './OrgHosts';
import type { OptionsActions } from './types';

const list = (items: string[], lang: Lang) =>
  items.length === 0 ? (lang === 'nl' ? '(geen)' : '(none)') : items.join(', ');

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
    ['org.name', org.name || (lang === 'nl' ? '(niet ingesteld)' : '(not set)')],
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
    ['org.canAddWords', org.canAddWords ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no'],
    [
      'org.hosts',
      actions ? <OrgHosts hosts={org.hosts} lang={lang} actions={actions} /> : list(org.hosts, lang),
    ],
  ];
  return (
    <section aria-labelledby="org-title">
      <h2 id="org-title">{lang === 'nl' ? 'Ingesteld door je organisatie' : 'Set by your organisation'}</h2>
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
