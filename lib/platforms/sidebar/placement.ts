import { createSidebarHost, type SidebarHost } from './host';

/**
 * Where the sidebar sits, and whether it is the panel or the badge: the badge replaces the
 * panel where it would cover the composer, until the user opens or closes it themselves;
 * that choice holds until another draft is shown.
 */
export function createSidebarPlacement(
  doc: Document,
  signal: AbortSignal,
  onCollapsed: (collapsed: boolean) => void,
) {
  let userChose = false;
  const setCollapsed = (collapsed: boolean) => {
    host.setCollapsed(collapsed);
    onCollapsed(collapsed);
  };
  const host: SidebarHost = createSidebarHost(doc, signal, (room) => {
    if (!userChose) setCollapsed(!room);
  });
  return {
    host,
    /** The user opened or closed the panel. */
    choose(collapsed: boolean) {
      userChose = true;
      setCollapsed(collapsed);
    },
    /** Another draft is shown: room decides again. */
    newDraft() {
      userChose = false;
    },
  };
}
