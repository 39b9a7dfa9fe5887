import { Human, type Config } from '@vladmandic/human';
import { mergeBoxes, tilesFor, type Box } from './boxes';
import type { Picture } from './image';
import type { AssetUrl } from './ocr';
import { withTimeout } from './timeout';

const LOAD_MS = 30_000;
const DETECT_MS = 20_000;
/** BlazeFace's own threshold is 0.2, which finds faces in foliage; 0.6 keeps to faces. */
const MIN_CONFIDENCE = 0.6;

/**
 * Counts faces with Human's BlazeFace detector (MIT, the model ships in the extension) and
 * nothing else of Human: no mesh, no recognition, no age or emotion. The backend is tfjs's
 * WASM build (measured faster than the plain CPU one, and WebGL is not there in an offscreen
 * document of headless Chromium).
 */
export class FaceCounter {
  private human: Promise<Human> | undefined;

  constructor(
    private readonly url: AssetUrl,
    private readonly backend: 'wasm' | 'cpu' = 'wasm',
  ) {}

  warm(): Promise<unknown> {
    return this.load().catch(() => undefined);
  }

  /** At least this many faces are in the picture (the whole of it and its tiles). */
  async count(picture: Picture): Promise<number> {
    const human = await this.load();
    const doc = picture.canvas.ownerDocument;
    const boxes: Box[] = [];
    for (const tile of tilesFor(picture.width, picture.height)) {
      const { canvas, scale } = crop(doc, picture, tile);
      const result = await withTimeout(human.detect(canvas), DETECT_MS, 'finding faces');
      for (const face of result.face) {
        if ((face.boxScore ?? face.score) < MIN_CONFIDENCE) continue;
        const [x, y, w, h] = face.box.map((n) => n / scale);
        boxes.push({ x: tile.x + x, y: tile.y + y, w, h, score: face.boxScore ?? face.score });
      }
    }
    return mergeBoxes(boxes).length;
  }

  private load(): Promise<Human> {
    this.human ??= withTimeout(
      (async () => {
        const human = new Human(this.config());
        // One thread: the threaded build would start its own workers, and Tesseract has the other core.
        human.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
        await human.load();
        // If the WASM backend cannot start, tfjs falls back to WebGL, which without a GPU is
        // emulated and ten times slower than the plain CPU backend.
        if (human.tf.getBackend() !== this.backend) {
          human.config.backend = 'cpu';
          await human.tf.setBackend('cpu');
        }
        return human;
      })(),
      LOAD_MS,
      'loading the face detector',
    ).catch((error: unknown) => {
      this.human = undefined;
      throw error;
    });
    return this.human;
  }

  private config(): Partial<Config> {
    const off = { enabled: false };
    return {
      backend: this.backend,
      modelBasePath: this.url('human/models/'),
      wasmPath: this.url('human/wasm/'),
      // Nothing from the network, nothing kept in IndexedDB, no warm-up picture, no frame skipping.
      cacheModels: false,
      warmup: 'none',
      debug: false,
      async: true,
      cacheSensitivity: 0,
      filter: { ...off } as Config['filter'],
      gesture: off,
      body: off as Config['body'],
      hand: off as Config['hand'],
      object: off as Config['object'],
      segmentation: off as Config['segmentation'],
      face: {
        enabled: true,
        detector: {
          modelPath: 'blazeface.json',
          rotation: false,
          maxDetected: 50,
          minConfidence: 0.3,
          minSize: 8,
          iouThreshold: 0.2,
          skipFrames: 0,
          skipTime: 0,
          return: false,
        },
        mesh: off,
        iris: off,
        description: off,
        emotion: off,
        antispoof: off,
        liveness: off,
        attention: off,
        gear: off,
      } as Config['face'],
    } as Partial<Config>;
  }
}

/** The detector looks at 256 pixels square; a tile drawn larger than this only costs time. */
const INPUT_SIDE = 512;

/**
 * The tile on a square canvas of at most INPUT_SIDE, padded at the right or bottom: the
 * detector stretches what it gets to a square, which squeezes faces in a wide or tall picture
 * out of shape. `scale` takes the boxes back to the tile's pixels.
 */
function crop(doc: Document, picture: Picture, tile: { x: number; y: number; w: number; h: number }) {
  const side = Math.max(tile.w, tile.h);
  const scale = Math.min(1, INPUT_SIDE / side);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(side * scale);
  canvas.height = canvas.width;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#808080';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(picture.canvas, tile.x, tile.y, tile.w, tile.h, 0, 0, tile.w * scale, tile.h * scale);
  }
  return { canvas, scale };
}
