import type { UnreadableReason } from './discovery';

export type Health = { boxes: number; unreadable: { reason: UnreadableReason; label: string } | null };

/**
 * What the toolbar shows for this frame: how many boxes are checked, and the last box typed
 * in that could not be read (the popup offers to check it). Also on the sidebar host as
 * `data-composers`, for tests and support: it must fall back when composers leave.
 */
export function createBoxHealth(host: HTMLElement, onHealth?: (health: Health) => void) {
  let boxes = 0;
  let unreadable: { box: HTMLElement; reason: UnreadableReason } | null = null;
  const tell = () => {
    host.setAttribute('data-composers', String(boxes));
    onHealth?.({
      boxes,
      unreadable: unreadable && { reason: unreadable.reason, label: describeBox(unreadable.box) },
    });
  };
  return {
    count(next: number) {
      boxes = next;
      tell();
    },
    unreadable(box: HTMLElement, reason: UnreadableReason) {
      unreadable = { box, reason };
      tell();
    },
    /** The user handed this box over: a closed shadow root's host or the box itself is handled now. */
    adopted(element: HTMLElement) {
      const root = element.getRootNode() as Partial<ShadowRoot>;
      if (unreadable && (unreadable.box === element || unreadable.box === root.host)) unreadable = null;
    },
    /** The last box typed in that could not be read, if it is still on the page. */
    unreadableBox: () => (unreadable?.box.isConnected ? unreadable.box : null),
  };
}

/** A few words that name a box for the popup: its label, else its placeholder or tag. */
export function describeBox(box: HTMLElement): string {
  const label =
    box.getAttribute('aria-label') ?? box.getAttribute('placeholder') ?? box.getAttribute('title') ?? '';
  return (label || box.tagName.toLowerCase()).slice(0, 80);
}
