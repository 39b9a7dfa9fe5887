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
 * A well-read line with a word below DOUBT is read once more, on its own and enlarged: small
 * print runs its digits together ("111 222 333" read as one word "1412223353" at 8%). At most
 * REREAD lines a photo, so a page of doubtful print does not cost a second whole reading.
 */
const DOUBT = 60;
const REREAD = 6;
/** The straightened reading is kept unless it scores below this share of the first. */
const STRAIGHT_MARGIN = 0.95;
/** Text slanting less than this (1 degree) is read as it is. */
const MIN_SLANT = Math.PI / 180;
/** The height a line is enlarged to for its second reading (Tesseract reads 30-60 px text best). */
const REREAD_HEIGHT = 64;

/**
 * Tesseract tries every doubtful line a second time as light-on-dark text; in a photo most
 * doubtful "lines" are texture (foliage, hair, fabric), and that retry doubled the time.
 */
const PARAMETERS = { tessedit_do_invert: '0' };

/** Where the extension keeps the files it ships (runtime.getURL). */
export type AssetUrl = (path: string) => string;

type Word = { text: string; confidence: number };
type Line = { text: string; bbox: Box; baseline?: Box; words?: Word[] };
type Box = { x0: number; y0: number; x1: number; y1: number };
type Blocks = { paragraphs?: { lines?: Line[] }[] }[] | null;
/** A line as Tesseract read it, its box in the straightened picture. */
type Read = { words: Word[]; bbox: Box; baseline?: Box };

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
      const pgm = new Blob([greyPgm(picture) as BlobPart]);
      const recognise = async (rotateRadians: number) => {
        const result = await withTimeout(
          worker.recognize(pgm, { rotateRadians }, { blocks: true, text: false }),
          READ_MS,
          'reading text',
        );
        return readLines(result.data.blocks as Blocks);
      };
      let turned = 0;
      let read = await recognise(0);
      // Text photographed askew (a wristband at 8 degrees lost its second line; a board at 2
      // degrees read "19" for "14"): read again straightened, by the slant of the lines read
      // well. Pictures without such lines (landscapes, faces) are read once.
      const slant = slantOf(read);
      if (Math.abs(slant) >= MIN_SLANT) {
        const straight = await recognise(-slant);
        // Straightened is the reading to trust when the slant is real; the first is kept only
        // when it read clearly more (a board at 2 degrees read "14" right only straightened,
        // but one smudged word fell under the floor there and cost 2.5% of the score).
        if (score(straight) >= score(read) * STRAIGHT_MARGIN) [read, turned] = [straight, -slant];
      }
      await this.readAgain(worker, picture, turned, read);
      return linesOf(read, picture, turned);
    } catch (error) {
      // A hung or broken worker is replaced for the next photo.
      this.stop();
      throw error;
    }
  }

  /** Doubtful words in well-read lines: each such line read again, alone and enlarged; the surer reading is kept. */
  private async readAgain(worker: Worker, picture: Picture, turned: number, read: Read[]): Promise<void> {
    const doubtful = read
      .filter((l) => sureWords(l) >= 2 && l.words.some((w) => w.confidence < DOUBT))
      .slice(0, REREAD);
    if (doubtful.length === 0) return;
    const straight = straightened(picture, turned);
    for (const line of doubtful) {
      const again = await withTimeout(
        worker.recognize(
          new Blob([greyPgm(lineCrop(straight, line.bbox)) as BlobPart]),
          {},
          { blocks: true, text: false },
        ),
        READ_MS,
        'reading a line again',
      );
      const words = readLines(again.data.blocks as Blocks).flatMap((l) => l.words);
      // The same line (a word it was sure of is there again), read surer: keep the new reading.
      const sure = new Set(line.words.filter((w) => w.confidence >= SURE).map((w) => w.text));
      if (words.some((w) => sure.has(w.text)) && meanConfidence(words) > meanConfidence(line.words))
        line.words = words;
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

function readLines(blocks: Blocks): Read[] {
  const out: Read[] = [];
  for (const block of blocks ?? [])
    for (const paragraph of block.paragraphs ?? [])
      for (const line of paragraph.lines ?? [])
        out.push({
          words: line.words ?? [{ text: line.text, confidence: 100 }],
          bbox: line.bbox,
          baseline: line.baseline,
        });
  return out;
}

/** The slant of the well-read lines' baselines (radians, clockwise positive), weighted by their length. */
function slantOf(read: Read[]): number {
  let sum = 0;
  let weight = 0;
  for (const line of read) {
    const b = line.baseline;
    if (!b || sureWords(line) < 2) continue;
    const length = Math.hypot(b.x1 - b.x0, b.y1 - b.y0);
    if (length === 0) continue;
    sum += Math.atan2(b.y1 - b.y0, b.x1 - b.x0) * length;
    weight += length;
  }
  return weight ? sum / weight : 0;
}

/** How much a reading read: the confidence of each word that counts as text, added up. */
const score = (read: Read[]) =>
  read.reduce(
    (sum, l) =>
      sum + l.words.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE).reduce((s, w) => s + w.confidence, 0),
    0,
  );

/**
 * Words Tesseract is sure of that are words: two letters or digits at least. In hair, leaves
 * and fabric it reads "|", "\\" and "7" at 90%, which made every group photo "text" and
 * read twice.
 */
const sureWords = (line: Read) =>
  line.words.filter((w) => w.confidence >= SURE && /[\p{L}\p{N}]{2}/u.test(w.text)).length;
const meanConfidence = (words: Word[]) => words.reduce((sum, w) => sum + w.confidence, 0) / words.length;

function linesOf(read: Read[], picture: Picture, turned: number): TextLine[] {
  const lines: TextLine[] = [];
  for (const line of read) {
    const floor = sureWords(line) >= 2 ? MIN_WORD_IN_TEXT : MIN_WORD_CONFIDENCE;
    const words = line.words
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

/** The picture turned as Tesseract turned it before reading (about its centre, white brought in). */
function straightened(picture: Picture, turned: number): Picture {
  if (!turned) return picture;
  const { width, height } = picture;
  const canvas = picture.canvas.ownerDocument.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate(turned);
  ctx.drawImage(picture.canvas, -width / 2, -height / 2);
  return { canvas, width, height };
}

/** One line cut out with a little margin and enlarged to about REREAD_HEIGHT. */
function lineCrop(picture: Picture, box: Box): Picture {
  const h = Math.max(1, box.y1 - box.y0);
  const x0 = Math.max(0, Math.floor(box.x0 - h / 2));
  const y0 = Math.max(0, Math.floor(box.y0 - h / 4));
  const x1 = Math.min(picture.width, Math.ceil(box.x1 + h / 2));
  const y1 = Math.min(picture.height, Math.ceil(box.y1 + h / 4));
  const scale = Math.min(3, Math.max(1, REREAD_HEIGHT / h));
  const canvas = picture.canvas.ownerDocument.createElement('canvas');
  canvas.width = Math.max(1, Math.round((x1 - x0) * scale));
  canvas.height = Math.max(1, Math.round((y1 - y0) * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(picture.canvas, x0, y0, x1 - x0, y1 - y0, 0, 0, canvas.width, canvas.height);
  return { canvas, width: canvas.width, height: canvas.height };
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
