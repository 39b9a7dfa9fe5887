import { createWorker, type Worker } from 'tesseract.js';
import type { TextLine } from '../checker/types';
import { greyPgm, type Picture } from './image';
import { withTimeout } from './timeout';

/** Starting the worker loads about 10 MB (core + Dutch + English); on a busy 2-core machine that can take 15 s. */
const START_MS = 45_000;
const READ_MS = 30_000;
/** Words Tesseract itself doubts this much are noise (wood grain, foliage), not text. */
const MIN_WORD_CONFIDENCE = 45;

/**
 * Tesseract tries every doubtful line a second time as light-on-dark text; in a photo most
 * doubtful "lines" are texture (foliage, hair, fabric), and that retry doubled the time.
 */
const PARAMETERS = { tessedit_do_invert: '0' };

/** Where the extension keeps the files it ships (runtime.getURL). */
export type AssetUrl = (path: string) => string;

type Line = { text: string; bbox: Box; words?: { text: string; confidence: number }[] };
type Box = { x0: number; y0: number; x1: number; y1: number };
type Blocks = { paragraphs?: { lines?: Line[] }[] }[] | null;

/**
 * One Tesseract worker, started on first use and kept warm. Everything it loads comes from
 * the extension itself: the worker script, the WASM core and the Dutch and English data.
 */
export class TextReader {
  private worker: Promise<Worker> | undefined;

  constructor(private readonly url: AssetUrl) {}

  /** Starts the worker now (the first photo then waits less). */
  warm(): Promise<unknown> {
    return this.start().catch(() => undefined);
  }

  /** The lines of text in the picture, with their boxes as fractions of the picture. */
  async read(picture: Picture): Promise<TextLine[]> {
    const worker = await this.start();
    try {
      const result = await withTimeout(
        worker.recognize(new Blob([greyPgm(picture) as BlobPart]), {}, { blocks: true, text: false }),
        READ_MS,
        'reading text',
      );
      return linesOf(result.data.blocks as Blocks, picture);
    } catch (error) {
      // A hung or broken worker is replaced for the next photo.
      this.stop();
      throw error;
    }
  }

  stop(): void {
    const old = this.worker;
    this.worker = undefined;
    void old?.then((w) => w.terminate()).catch(() => undefined);
  }

  private start(): Promise<Worker> {
    this.worker ??= withTimeout(
      createWorker(['nld', 'eng'], 1 /* OEM.LSTM_ONLY: the best_int data has no legacy model */, {
        workerPath: this.url('tesseract/worker.min.js'),
        corePath: this.url('tesseract/core/'),
        langPath: this.url('tesseract/lang'),
        gzip: true,
        // A blob: worker cannot importScripts() the core from the extension (and the CSP forbids it).
        workerBlobURL: false,
        cacheMethod: 'none',
      }),
      START_MS,
      'starting the text reader',
    )
      .then(async (worker) => {
        await worker.setParameters(PARAMETERS);
        return worker;
      })
      .catch((error: unknown) => {
        this.worker = undefined;
        throw error;
      });
    return this.worker;
  }
}

function linesOf(blocks: Blocks, picture: Picture): TextLine[] {
  const lines: TextLine[] = [];
  for (const block of blocks ?? [])
    for (const paragraph of block.paragraphs ?? [])
      for (const line of paragraph.lines ?? []) {
        const words = (line.words ?? [{ text: line.text, confidence: 100 }])
          .filter((w) => w.confidence >= MIN_WORD_CONFIDENCE)
          .map((w) => w.text.trim())
          .filter(Boolean);
        const text = words.join(' ').slice(0, 500);
        if (!/[\p{L}\p{N}]{2}/u.test(text)) continue;
        const { x0, y0, x1, y1 } = line.bbox;
        lines.push({
          text,
          x: clamp(x0 / picture.width),
          y: clamp(y0 / picture.height),
          w: clamp((x1 - x0) / picture.width),
          h: clamp((y1 - y0) / picture.height),
        });
      }
  return lines.slice(0, 300);
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));
