import type { MediaTracker } from './media/tracker';
import { editorKindOf } from './editor-kind';
import { rangeFromSegments } from './text/ranges';
import { readEditable, type Segment } from './text/read-text';
import type { Composer, ComposerSpec, PlatformAdapter } from './types';

let counter = 0;

/** Wraps one editable element found on the page; all state lives here, nothing on the element. */
export function createComposer(
  element: HTMLElement,
  spec: ComposerSpec,
  adapter: PlatformAdapter,
  tracker: MediaTracker,
): Composer {
  const editor = editorKindOf(element);
  const surface = typeof spec.surface === 'function' ? spec.surface(element) : spec.surface;
  let segments: Segment[] = [];
  counter += 1;
  return {
    id: `${adapter.platform}-${counter}`,
    element,
    editor,
    surface,
    // Read when the draft is checked: the channel can change while the post is written.
    platform: () => adapter.platformOf?.(element) ?? adapter.platform,
    read() {
      if (editor === 'textarea') return (element as HTMLTextAreaElement).value;
      const result = readEditable(element);
      segments = result.segments;
      return result.text;
    },
    rangeFor(start, end) {
      if (editor === 'textarea') return null;
      return rangeFromSegments(element.ownerDocument, segments, start, end);
    },
    media() {
      // A file picked before the caption step (Instagram, TikTok) may sit outside any scope by now.
      return tracker.factsFor(adapter.scopeOf(element), surface === 'post' || surface === 'caption');
    },
  };
}
