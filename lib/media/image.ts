/** Pictures are read at about this many pixels: a 2-megapixel photo as is, a 12-megapixel one scaled down. */
export const WORK_PIXELS = 2_400_000;
const THUMB_SIZE = 96;

export type Picture = { canvas: HTMLCanvasElement; width: number; height: number };

/** Draws a source (a decoded photo or a video frame) at no more than WORK_PIXELS. */
export function toPicture(doc: Document, source: CanvasImageSource, width: number, height: number): Picture {
  const scale = Math.min(1, Math.sqrt(WORK_PIXELS / (width * height)));
  const canvas = doc.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas');
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return { canvas, width: canvas.width, height: canvas.height };
}

/** Decodes a photo the browser can draw (JPEG, PNG, WebP, GIF, AVIF; HEIC only where the browser can). */
export async function decodePhoto(doc: Document, bytes: Uint8Array, mimeType: string): Promise<Picture> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: mimeType }), {
    imageOrientation: 'from-image',
  });
  try {
    return toPicture(doc, bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/** A small JPEG preview for the card. */
export function thumbnailOf(doc: Document, picture: Picture): string {
  const scale = THUMB_SIZE / Math.max(picture.width, picture.height);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.max(1, Math.round(picture.width * scale));
  canvas.height = Math.max(1, Math.round(picture.height * scale));
  canvas.getContext('2d')?.drawImage(picture.canvas, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.7);
}

/**
 * The picture in grey as a binary PGM: Tesseract reads it straight away, where a canvas
 * would first be encoded as PNG (slow for 2 megapixels) and decoded again.
 */
export function greyPgm(picture: Picture): Uint8Array {
  const { width, height } = picture;
  const rgba = picture.canvas
    .getContext('2d', { willReadFrequently: true })!
    .getImageData(0, 0, width, height).data;
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  for (let i = 0, o = header.length; i < rgba.length; i += 4, o++)
    out[o] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  return out;
}
