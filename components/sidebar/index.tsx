import { render } from 'preact';
import type { SidebarActions, SidebarState, SidebarStore } from './contract';
import { Sidebar } from './Sidebar';
import { sidebarCss } from './styles';

export type { SidebarActions, SidebarState, SidebarStore } from './contract';
export { Sidebar } from './Sidebar';
export { reviewSummary } from './summary';

/**
 * Renders the sidebar into an open shadow root on `host` and follows `store` (a signal or
 * any `{value, subscribe}`). Returns the unmount function, which also drops the subscription.
 * The host's position beside the composer is the caller's job.
 */
export function mountSidebar(host: HTMLElement, store: SidebarStore, actions: SidebarActions): () => void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = host.ownerDocument.createElement('style');
  style.textContent = sidebarCss;
  const mountPoint = host.ownerDocument.createElement('div');
  root.replaceChildren(style, mountPoint);

  let last: SidebarState | null = null;
  const show = (state: SidebarState) => {
    if (state === last) return;
    last = state;
    render(<Sidebar state={state} actions={actions} />, mountPoint);
  };
  show(store.value);
  const unsubscribe = store.subscribe(show);

  return () => {
    unsubscribe();
    render(null, mountPoint);
    root.replaceChildren();
  };
}
