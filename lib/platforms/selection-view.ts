import { signal } from '@preact/signals';
import type { SidebarActions, SidebarState } from './sidebar/contract';
import type { Platform, Report } from '../checker/types';
import type { MountSidebar } from './controller';
import { createSidebarHost } from './sidebar/host';
import { platformTexts } from './texts';

/** The text selected on the page now: in a text field, or in the page itself. */
export function selectedText(doc: Document): { text: string; anchor: Element | null } {
  const active = doc.activeElement as HTMLInputElement | null;
  if (active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')) {
    const { selectionStart: from, selectionEnd: to } = active;
    if (from !== null && to !== null && to > from)
      return { text: active.value.slice(from, to), anchor: active };
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return { text: '', anchor: null };
  const range = selection.getRangeAt(0);
  const node = range.commonAncestorContainer;
  return { text: selection.toString(), anchor: node.nodeType === 1 ? (node as Element) : node.parentElement };
}

/**
 * Shows the findings for a piece of selected text beside it, in the same sidebar as for a
 * composer. The text is not the user's draft here, so nothing is changed: a suggestion only
 * says so. Lives until `signal` aborts (the next selection check replaces it).
 */
export function showSelectionReport(options: {
  doc: Document;
  signal: AbortSignal;
  mountSidebar: MountSidebar;
  platform: Platform;
  lang: 'nl' | 'en';
  anchor: Element;
  report: Promise<Report>;
  copyText?: (text: string) => Promise<void>;
}): void {
  const { doc, lang } = options;
  const store = signal<SidebarState>({
    status: 'checking',
    report: null,
    platform: options.platform,
    lang,
    collapsed: false,
    notices: [],
    locks: {},
    canAddWords: false,
    checklist: [],
    draftId: 'selection',
  });
  const patch = (next: Partial<SidebarState>) => (store.value = { ...store.value, ...next });
  const ignored = new Set<string>();
  let report: Report | null = null;
  const show = () =>
    patch({
      status: 'ready',
      report: report && {
        ...report,
        findings: report.findings.filter((f) => !ignored.has(`${f.start}:${f.ruleId}`)),
      },
    });
  const actions: SidebarActions = {
    applySuggestion: () => patch({ notices: [platformTexts.t('selection.readOnly', lang)] }),
    reveal: () => undefined,
    ignore(finding) {
      ignored.add(`${finding.start}:${finding.ruleId}`);
      show();
    },
    addWord: () => undefined,
    setCollapsed(collapsed) {
      host.setCollapsed(collapsed);
      patch({ collapsed });
    },
    copyText: (text) => options.copyText?.(text),
  };
  const host = createSidebarHost(doc, options.signal, () => undefined);
  host.element.setAttribute('data-selection', 'true');
  const unmount = options.mountSidebar(host.element, store, actions);
  options.signal.addEventListener('abort', unmount, { once: true });
  host.follow(options.anchor);
  options.report.then(
    (next) => {
      report = next;
      if (!options.signal.aborted) show();
    },
    (error: unknown) =>
      patch({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
  );
}
