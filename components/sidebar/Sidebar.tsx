import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../lib/checker/types';
import type { Lang } from '../../lib/i18n';
import { t } from './texts';
import { Badge } from './Badge';
import type { SidebarActions, SidebarState } from './contract';
import { SeveritySummary } from './CountChips';
import { FindingsView } from './FindingsView';
import { keepComposerFocus } from './keepFocus';
import { countBySeverity } from './grouping';
import { CollapseIcon, LogoMark } from './icons';
import { ReviewView } from './ReviewView';
import { CheckingView, EmptyView, ErrorView, IdleView, Notices } from './StatusView';
import { reviewSummary, severityList } from './summary';

export type SidebarProps = { state: SidebarState; actions: SidebarActions };

type Tab = 'findings' | 'review';
const TABS: readonly Tab[] = ['findings', 'review'];

/** Focus may follow a key press or click inside the sidebar, briefly; never a store update alone. */
type PendingFocus = { target: 'badge' | 'panel'; at: number };
const PENDING_FOCUS_MS = 1000;

/** What the live region says; it changes only when the counts do, so typing does not chatter. */
export function announcement(lang: Lang, findings: readonly Finding[]): string {
  const list = severityList(lang, countBySeverity(findings));
  return list ? t('announce.some', lang, { list }) : t('announce.none', lang);
}

/** Everything local (tab, ticks, copy note) belongs to one draft: a new draftId starts afresh. */
export function Sidebar({ state, actions }: SidebarProps) {
  return <SidebarForDraft key={state.draftId ?? ''} state={state} actions={actions} />;
}

function SidebarForDraft({ state, actions }: SidebarProps) {
  const { lang } = state;
  const [tab, setTab] = useState<Tab>('findings');
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null);
  const pending = useRef<PendingFocus | null>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ findings: null, review: null });
  const spoken = useRef('');

  const findings = state.report?.findings ?? null;
  // Announce from a current report only, so 'checking' between two equal reports stays silent.
  if (state.status === 'ready' && findings) spoken.current = announcement(lang, findings);

  useLayoutEffect(() => {
    const p = pending.current;
    if (!p) return;
    if (Date.now() - p.at > PENDING_FOCUS_MS) pending.current = null;
    else if (p.target === 'badge' && state.collapsed) {
      pending.current = null;
      badgeRef.current?.focus();
    } else if (p.target === 'panel' && !state.collapsed) {
      pending.current = null;
      collapseRef.current?.focus();
    }
  });

  const hasFocus = (el: EventTarget | null): boolean =>
    el instanceof Node && (el.getRootNode() as Document | ShadowRoot).activeElement === el;

  const collapse = (moveFocus: boolean) => {
    if (moveFocus) pending.current = { target: 'badge', at: Date.now() };
    actions.setCollapsed(true);
  };

  const live = (
    <div class="sr-only" role="status" aria-live="polite">
      {spoken.current}
    </div>
  );

  if (state.collapsed) {
    return (
      <aside class="root root-collapsed" role="complementary" aria-label={t('appName', lang)}>
        <Badge
          findings={findings}
          lang={lang}
          buttonRef={badgeRef}
          onOpen={(e) => {
            if (hasFocus(e.currentTarget)) pending.current = { target: 'panel', at: Date.now() };
            actions.setCollapsed(false);
          }}
        />
        {live}
      </aside>
    );
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // The page must not see this Escape too: it could close the composer's dialog.
    e.preventDefault();
    e.stopPropagation();
    collapse(true);
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const toggle = (i: number) => {
    const next = new Set(checked);
    if (!next.delete(i)) next.add(i);
    setChecked(next);
  };

  const copySummary = async () => {
    const text = reviewSummary({ lang, findings: findings ?? [], checklist: state.checklist, checked });
    try {
      await actions.copyText(text);
      setCopied({ text, ok: true });
    } catch {
      setCopied({ text, ok: false });
    }
  };
  const currentSummary =
    copied && reviewSummary({ lang, findings: findings ?? [], checklist: state.checklist, checked });
  const copyNote = copied && copied.text === currentSummary ? copied : null;

  // A rule that threw leaves the report incomplete: say so, never let it pass for "nothing found".
  const failedRules = state.report?.stats.failedRules ?? [];
  const notices = failedRules.length
    ? [...state.notices, t('notice.failedRules', lang, { rules: failedRules.join(', ') })]
    : state.notices;

  const checking = state.status === 'checking';
  let body;
  if (state.status === 'error') body = <ErrorView lang={lang} detail={state.error} />;
  else if (state.status === 'idle') body = <IdleView lang={lang} />;
  else if (!findings) body = <CheckingView lang={lang} />;
  else if (findings.length === 0) body = <EmptyView lang={lang} />;
  else
    body = (
      <FindingsView
        findings={findings}
        lang={lang}
        actions={actions}
        canAddWords={state.canAddWords}
        locks={state.locks}
      />
    );

  const tabLabel = (id: Tab) => t(id === 'findings' ? 'tab.findings' : 'tab.review', lang);

  return (
    <aside class="root panel" role="complementary" aria-label={t('appName', lang)} onKeyDown={onKeyDown}>
      <header class="head">
        <div class="head-row">
          <LogoMark />
          <h2 class="title">{t('appName', lang)}</h2>
          {checking && findings && (
            <span class="busy delayed">
              <span class="spinner" aria-hidden="true" />
              {t('status.checking', lang)}
            </span>
          )}
          <button
            type="button"
            ref={collapseRef}
            class="icon-btn"
            aria-expanded="true"
            aria-label={t('collapse.label', lang)}
            title={t('collapse.label', lang)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => collapse(hasFocus(e.currentTarget))}
          >
            <CollapseIcon />
          </button>
        </div>
        {findings && findings.length > 0 && state.status !== 'error' && (
          <SeveritySummary counts={countBySeverity(findings)} lang={lang} />
        )}
        <div class="tabs" role="tablist" aria-label={t('tabs.label', lang)}>
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`zv-tab-${id}`}
              ref={(el) => {
                tabRefs.current[id] = el;
              }}
              class="tab"
              aria-selected={tab === id ? 'true' : 'false'}
              aria-controls="zv-tabpanel"
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={onTabKey}
            >
              {tabLabel(id)}
            </button>
          ))}
        </div>
      </header>
      <div
        class="body"
        id="zv-tabpanel"
        role="tabpanel"
        aria-labelledby={`zv-tab-${tab}`}
        aria-busy={checking ? 'true' : 'false'}
      >
        <Notices notices={notices} />
        {tab === 'findings' ? (
          body
        ) : (
          <ReviewView
            findings={findings ?? []}
            lang={lang}
            actions={actions}
            checklist={state.checklist}
            checked={checked}
            onToggle={toggle}
            locks={state.locks}
          />
        )}
      </div>
      {tab === 'findings' && actions.applyAll && (state.fixAll ?? 0) > 0 && (
        <footer class="foot">
          <button
            type="button"
            class="btn btn-primary btn-wide"
            data-action="fix-all"
            onMouseDown={keepComposerFocus}
            onClick={() => actions.applyAll?.()}
          >
            {t('fixAll.button', lang, { n: state.fixAll ?? 0 })}
          </button>
          <p class="muted small">{t('fixAll.hint', lang)}</p>
        </footer>
      )}
      {tab === 'review' && (
        <footer class="foot">
          <button type="button" class="btn btn-primary btn-wide" onClick={copySummary}>
            {t('review.copy', lang)}
          </button>
          <p class="muted small" role="status">
            {copyNote
              ? t(copyNote.ok ? 'review.copied' : 'review.copyFailed', lang)
              : t('review.copyHint', lang)}
          </p>
        </footer>
      )}
      {live}
    </aside>
  );
}
