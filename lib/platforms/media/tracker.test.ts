// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MediaTracker } from './tracker';
import { jpegWithLocation } from './testing';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function pick(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('MediaTracker', () => {
  it('reports files picked in the composer scope, with location read from EXIF', async () => {
    document.body.innerHTML = '<div id="dialog"><input type="file"></div><div id="other"></div>';
    const life = new AbortController();
    let changes = 0;
    const tracker = new MediaTracker(document, () => (changes += 1), life.signal);
    const input = document.querySelector('input')!;
    pick(input, [new File([jpegWithLocation()], 'foto.jpg', { type: 'image/jpeg' })]);
    await settle();
    const dialog = document.getElementById('dialog')!;
    expect(tracker.factsFor(dialog, false)).toEqual([
      {
        kind: 'image',
        source: 'file-input',
        name: 'foto.jpg',
        mimeType: 'image/jpeg',
        bytes: expect.any(Number),
        hasLocation: true,
        hasCameraInfo: true,
      },
    ]);
    expect(tracker.factsFor(document.getElementById('other')!, false)).toEqual([]);
    expect(changes).toBe(2);
    pick(input, [new File(['x'], 'clip.mp4', { type: 'video/mp4' })]);
    expect(tracker.factsFor(dialog, false).map((m) => m.kind)).toEqual(['video']);
    life.abort();
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
