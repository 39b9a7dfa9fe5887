import type { MediaFacts } from '../../checker/types';
import { learnAbout, type PhotoChannel } from './photos';

type Seen = { origin: Element; facts: MediaFacts; at: number };

/** A file picked more than this long ago with no composer around it is forgotten. */
const MAX_AGE_MS = 30 * 60 * 1000;

/**
 * Remembers the files the user attaches (file inputs, drops, pastes) with what the extension
 * learns about them on the device (metadata, faces, text); composers ask for the ones in their scope.
 */
export class MediaTracker {
  private seen: Seen[] = [];

  constructor(
    private readonly doc: Document,
    private readonly onChange: () => void,
    signal: AbortSignal,
    private readonly photos?: PhotoChannel,
  ) {
    const options = { capture: true, signal };
    doc.addEventListener('change', (e) => this.fromInput(e.target), options);
    doc.addEventListener('drop', (e) => this.fromTransfer(e.target, e.dataTransfer, 'drop'), options);
    doc.addEventListener('paste', (e) => this.fromTransfer(e.target, e.clipboardData, 'paste'), options);
  }

  /** Files attached inside `scope`, or else what its <img>/<video> previews of local files show. */
  factsFor(scope: Element, unscopedToo: boolean): MediaFacts[] {
    const now = Date.now();
    this.seen = this.seen.filter((s) => s.origin.isConnected || now - s.at < MAX_AGE_MS);
    const files = this.seen
      .filter((s) => scope.contains(s.origin) || (unscopedToo && !s.origin.isConnected))
      .map((s) => s.facts);
    return files.length > 0 ? files : previews(scope);
  }

  private fromInput(target: EventTarget | null) {
    if (!(target instanceof this.doc.defaultView!.HTMLInputElement) || target.type !== 'file') return;
    // A new choice in the same input replaces the previous one.
    this.seen = this.seen.filter((s) => s.origin !== target);
    this.add(target, Array.from(target.files ?? []), 'file-input');
  }

  private fromTransfer(target: EventTarget | null, data: DataTransfer | null, source: 'drop' | 'paste') {
    const files = Array.from(data?.files ?? []);
    if (files.length === 0 || !(target instanceof this.doc.defaultView!.Element)) return;
    this.add(target, files, source);
  }

  private add(origin: Element, files: File[], source: MediaFacts['source']) {
    for (const file of files) {
      const seen: Seen = { origin, at: Date.now(), facts: describe(file, source) };
      this.seen.push(seen);
      if (this.photos)
        void learnAbout(file, seen.facts, this.photos, (next) => {
          seen.facts = { ...seen.facts, ...next };
          this.onChange();
        });
    }
    this.onChange();
  }
}

function describe(file: File, source: MediaFacts['source']): MediaFacts {
  return {
    kind: kindOf(file.type, file.name),
    source,
    name: file.name.slice(0, 500),
    mimeType: file.type.slice(0, 200) || undefined,
    bytes: file.size,
  };
}

function kindOf(mime: string, name: string): MediaFacts['kind'] {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  // Some systems give iPhone photos and videos no type at all.
  if (!mime && /\.(?:heic|heif|jpe?g|png|webp|avif)$/i.test(name)) return 'image';
  if (!mime && /\.(?:mov|mp4|m4v|webm)$/i.test(name)) return 'video';
  return 'other';
}

/** Previews of local files: the platforms show a picked photo as an <img> or <video> with a blob: URL. */
export function previews(scope: Element): MediaFacts[] {
  const found: MediaFacts[] = [];
  for (const el of scope.querySelectorAll(
    'img[src^="blob:"], video[src^="blob:"], video source[src^="blob:"]',
  )) {
    const kind = el.tagName === 'IMG' ? 'image' : 'video';
    if (el.tagName === 'SOURCE' && found.length > 0) continue;
    found.push({ kind, source: 'preview' });
  }
  return found;
}
