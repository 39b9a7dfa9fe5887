import type { TextLine } from '../checker/types';
import { FaceCounter } from './faces';
import { decodePhoto, thumbnailOf, type Picture } from './image';
import type { MediaAnalysis, MediaRequest } from '../messaging/media';
import { bytesFromBase64 } from './base64';
import { TextReader, type AssetUrl } from './ocr';
import { videoFrames } from './video';

/** A video is looked at for at most this long (frames already read count, the rest is skipped). */
const VIDEO_BUDGET_MS = 20_000;
const REMEMBERED = 50;

/**
 * The look at a photo or video on the device: faces counted, text read, a thumbnail. Runs in
 * Chrome's offscreen document or Firefox's background page; one analysis per file (by its
 * hash), and OCR and faces side by side (Tesseract in its worker, the detector here).
 */
export class MediaAnalyser {
  private readonly text: TextReader;
  private readonly faces: FaceCounter;
  private readonly done = new Map<string, Promise<MediaAnalysis>>();

  constructor(
    private readonly doc: Document,
    url: AssetUrl,
  ) {
    this.text = new TextReader(url);
    this.faces = new FaceCounter(url);
  }

  /** Loads both models ahead of the first photo. */
  warm(): Promise<unknown> {
    return Promise.all([this.text.warm(), this.faces.warm()]);
  }

  analyse(request: MediaRequest): Promise<MediaAnalysis> {
    const known = this.done.get(request.id);
    if (known) return known;
    const work = this.run(request);
    this.done.set(request.id, work);
    if (this.done.size > REMEMBERED) this.done.delete(this.done.keys().next().value!);
    // A failure is not remembered: the next attach tries again.
    work.catch(() => this.done.delete(request.id));
    return work;
  }

  private async run(request: MediaRequest): Promise<MediaAnalysis> {
    const bytes = bytesFromBase64(request.data);
    if (request.kind === 'video') return this.video(bytes, request.mimeType);
    const started = performance.now();
    let picture: Picture;
    try {
      picture = await decodePhoto(this.doc, bytes, request.mimeType);
    } catch {
      return { analysis: 'unsupported' };
    }
    const decodeMs = performance.now() - started;
    const [lines, faces] = await Promise.all([
      this.timed(() => this.text.read(picture)),
      this.timed(() => this.faces.count(picture)),
    ]);
    if (lines.error && faces.error) return { analysis: 'failed', thumbnail: thumbnailOf(this.doc, picture) };
    return {
      analysis: 'done',
      ...textFacts(lines.value ?? []),
      ...(faces.value !== undefined ? { faces: faces.value } : {}),
      thumbnail: thumbnailOf(this.doc, picture),
      timings: { decodeMs, ocrMs: lines.ms, facesMs: faces.ms, totalMs: performance.now() - started },
    };
  }

  private async video(bytes: Uint8Array, mimeType: string): Promise<MediaAnalysis> {
    const started = performance.now();
    const lines: TextLine[] = [];
    let faces = 0;
    let frames = 0;
    let thumbnail: string | undefined;
    try {
      for await (const frame of videoFrames(
        this.doc,
        bytes,
        mimeType,
        () => performance.now() - started < VIDEO_BUDGET_MS,
      )) {
        thumbnail ??= thumbnailOf(this.doc, frame);
        const [read, found] = await Promise.all([this.text.read(frame), this.faces.count(frame)]);
        lines.push(...read);
        // The same people stay in view from frame to frame: the most in one frame is the lower bound.
        faces = Math.max(faces, found);
        frames += 1;
      }
    } catch {
      if (frames === 0) return { analysis: 'unsupported' };
    }
    if (frames === 0) return { analysis: 'unsupported' };
    return {
      analysis: 'done',
      ...textFacts(dedupe(lines)),
      faces,
      frames,
      ...(thumbnail ? { thumbnail } : {}),
      timings: { totalMs: performance.now() - started },
    };
  }

  private async timed<T>(work: () => Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
    const started = performance.now();
    try {
      return { value: await work(), ms: performance.now() - started };
    } catch (error) {
      console.warn('Zorgvuldig: photo analysis step failed', error);
      return { error, ms: performance.now() - started };
    }
  }
}

function textFacts(lines: TextLine[]): Pick<MediaAnalysis, 'text' | 'textLines'> {
  const kept = lines.slice(0, 300);
  let text = '';
  const fitting: TextLine[] = [];
  for (const line of kept) {
    if (text.length + line.text.length + 1 > 5000) break;
    text += (text ? '\n' : '') + line.text;
    fitting.push(line);
  }
  return { text, textLines: fitting };
}

function dedupe(lines: TextLine[]): TextLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => !seen.has(l.text) && seen.add(l.text));
}
