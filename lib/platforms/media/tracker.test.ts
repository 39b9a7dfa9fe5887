// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { bytesFromBase64 } from '../../media/base64';
import { readMetadata } from '../../media/metadata';
import type { MediaRequest } from '../../messaging/media';
import type { PhotoChannel } from './photos';
import { MediaTracker } from './tracker';
import { jpegWithLocation } from './testing';

/** Until the tracker's answer holds: the metadata read and the look are asynchronous, and slow on a busy machine. */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });

function pick(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The background's side, in process: the real metadata reader, and a look at the pixels that is recorded. */
function channel(asked: MediaRequest[]): PhotoChannel {
  return {
    metadata: ({ data }) => readMetadata(bytesFromBase64(data)),
    analyse: (request) => {
      asked.push(request);
      return Promise.resolve({ analysis: 'done', faces: 2, text: '', textLines: [] });
    },
  };
}

describe('MediaTracker', () => {
  it('reports files picked in the composer scope, with metadata and the look at the pixels', async () => {
    document.body.innerHTML = '<div id="dialog"><input type="file"></div><div id="other"></div>';
    const life = new AbortController();
    let changes = 0;
    const asked: MediaRequest[] = [];
    const tracker = new MediaTracker(document, () => (changes += 1), life.signal, channel(asked));
    const input = document.querySelector('input')!;
    const photo = new File([jpegWithLocation()], 'foto.jpg', { type: 'image/jpeg' });
    pick(input, [photo]);
    const dialog = document.getElementById('dialog')!;
    expect(tracker.factsFor(dialog, false)[0].analysis).toBe('pending');
    await eventually(() =>
      expect(tracker.factsFor(dialog, false)).toEqual([
        {
          kind: 'image',
          source: 'file-input',
          name: 'foto.jpg',
          mimeType: 'image/jpeg',
          bytes: expect.any(Number),
          id: expect.stringMatching(/^[0-9a-f]{64}$/),
          analysis: 'done',
          faces: 2,
          text: '',
          textLines: [],
          hasLocation: true,
          hasCameraInfo: true,
        },
      ]),
    );
    expect(tracker.factsFor(document.getElementById('other')!, false)).toEqual([]);
    expect(changes).toBeGreaterThanOrEqual(3);
    // The same photo again (another choice, same bytes): no second look.
    pick(input, [new File([jpegWithLocation()], 'kopie.jpg', { type: 'image/jpeg' })]);
    await eventually(() =>
      expect(tracker.factsFor(dialog, false)[0]).toMatchObject({ name: 'kopie.jpg', faces: 2 }),
    );
    expect(asked).toHaveLength(1);
    pick(input, [new File(['x'], 'clip.mp4', { type: 'video/mp4' })]);
    expect(tracker.factsFor(dialog, false).map((m) => m.kind)).toEqual(['video']);
    life.abort();
  });

  it('says so when a file is too large to look at, and iPhone files without a type are still photos', async () => {
    document.body.innerHTML = '<div id="d"><input type="file"></div>';
    const tracker = new MediaTracker(document, () => undefined, new AbortController().signal, channel([]));
    const big = new File(['x'], 'film.mov', { type: '' });
    Object.defineProperty(big, 'size', { value: 200 * 1024 * 1024 });
    pick(document.querySelector('input')!, [big, new File(['y'], 'IMG_0001.HEIC', { type: '' })]);
    await eventually(() =>
      expect(tracker.factsFor(document.getElementById('d')!, false).map((m) => [m.kind, m.analysis])).toEqual(
        [
          ['video', 'too-large'],
          ['image', 'done'],
        ],
      ),
    );
  });

  it('falls back to blob: previews when no file event was seen', () => {
    document.body.innerHTML =
      '<div id="d"><img src="blob:https://x/1"><img src="https://x/a.png"><video src="blob:https://x/2"></video></div>';
    const tracker = new MediaTracker(document, () => undefined, new AbortController().signal);
    expect(tracker.factsFor(document.getElementById('d')!, false)).toEqual([
      { kind: 'image', source: 'preview' },
      { kind: 'video', source: 'preview' },
    ]);
  });
});
