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
 * In a line Tesseract reads well (two words at SURE or more), a doubtful word is a hard one in
 * real text (handwritten "K14", a smudged "kamer"), not texture: it is kept down to this.
 */
const MIN_WORD_IN_TEXT = 20;
const SURE = 75;

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
        // rotateAuto: a whiteboard or wristband photographed a few degrees askew loses whole
        // lines; Tesseract measures the slant of the lines it finds and reads the picture
        // straightened (measured: a wristband at 8 degrees gave its second line only so).
        worker.recognize(
          new Blob([greyPgm(picture) as BlobPart]),
          { rotateAuto: true },
          { blocks: true, text: false },
        ),
        READ_MS,
        'reading text',
      );
      const turned = (result.data as { rotateRadians?: number }).rotateRadians ?? 0;
      return linesOf(result.data.blocks as Blocks, picture, turned);
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

function linesOf(blocks: Blocks, picture: Picture, turned: number): TextLine[] {
  const lines: TextLine[] = [];
  for (const block of blocks ?? [])
    for (const paragraph of block.paragraphs ?? [])
      for (const line of paragraph.lines ?? []) {
        const all = line.words ?? [{ text: line.text, confidence: 100 }];
        const floor =
          all.filter((w) => w.confidence >= SURE).length >= 2 ? MIN_WORD_IN_TEXT : MIN_WORD_CONFIDENCE;
        const words = all
          .filter((w) => w.confidence >= floor)
          .map((w) => w.text.trim())
          .filter(Boolean);
        const text = words.join(' ').slice(0, 500);
        if (!/[\p{L}\p{N}]{2}/u.test(text)) continue;
        const { x0, y0, x1, y1 } = unturned(line.bbox, picture, turned);
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

/**
 * A box Tesseract gives in the straightened picture (turned about its centre), moved back to
 * where it lies in the photo: its centre turned back, its size kept.
 */
function unturned(box: Box, picture: Picture, turned: number): Box {
  if (!turned) return box;
  const cx = picture.width / 2;
  const cy = picture.height / 2;
  const mx = (box.x0 + box.x1) / 2 - cx;
  const my = (box.y0 + box.y1) / 2 - cy;
  const cos = Math.cos(-turned);
  const sin = Math.sin(-turned);
  const x = cx + mx * cos - my * sin;
  const y = cy + mx * sin + my * cos;
  const hw = (box.x1 - box.x0) / 2;
  const hh = (box.y1 - box.y0) / 2;
  return { x0: x - hw, y0: y - hh, x1: x + hw, y1: y + hh };
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));
