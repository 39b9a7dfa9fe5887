import { render } from 'preact';
import type { MountCard } from '../../lib/platforms/underline/at-text';
import { sidebarCss } from '../sidebar/styles';
import { UnderlineCard } from './UnderlineCard';

const popoverCss = `
.popover { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 8px;
  box-shadow: 0 6px 24px rgba(16, 24, 40, .18); max-height: 60vh; overflow: auto; }
.popover-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; }
`;

/** Renders the card at an underline into an open shadow root on `host` and follows its store. */
export const mountUnderlineCard: MountCard = (host, store, context, actions) => {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = host.ownerDocument.createElement('style');
  style.textContent = sidebarCss + popoverCss;
  const mountPoint = host.ownerDocument.createElement('div');
  root.replaceChildren(style, mountPoint);
  const show = () =>
    render(<UnderlineCard state={store.value} context={context()} actions={actions} />, mountPoint);
  show();
  const unsubscribe = store.subscribe(show);
  return () => {
    unsubscribe();
    render(null, mountPoint);
    root.replaceChildren();
  };
};
