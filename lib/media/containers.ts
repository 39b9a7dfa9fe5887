/**
 * Where the metadata lies in the picture containers exifr reads wrongly or not at all: HEIC/
 * HEIF/AVIF files whose item locations use a base offset (libheif and exiftool write those;
 * exifr ignores it and reads the wrong bytes), and WebP (exifr has no WebP reader).
 */

/** `beyond`: the metadata lies past the bytes given (a HEIC's EXIF item after the picture). */
export type Contained = { tiff?: Uint8Array; xmp?: string; beyond?: boolean };

const ascii = (b: Uint8Array, from: number, n: number) =>
  String.fromCharCode(...b.subarray(from, Math.min(b.length, from + n)));

/** The EXIF (TIFF) block and XMP packet of a HEIF or WebP file; undefined for other formats. */
export function containedMetadata(bytes: Uint8Array): Contained | undefined {
  if (ascii(bytes, 4, 4) === 'ftyp') return heif(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webp(bytes);
  return undefined;
}

function webp(bytes: Uint8Array): Contained {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Contained = {};
  for (let at = 12; at + 8 <= bytes.length;) {
    const kind = ascii(bytes, at, 4);
    const size = view.getUint32(at + 4, true);
    const body = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + size));
    // Some writers put JPEG's "Exif\0\0" before the TIFF block.
    if (kind === 'EXIF') found.tiff = ascii(body, 0, 4) === 'Exif' ? body.subarray(6) : body;
    if (kind === 'XMP ') found.xmp = new TextDecoder().decode(body);
    at += 8 + size + (size % 2);
  }
  return found;
}

type BoxAt = { kind: string; start: number; end: number };

/** The boxes between `from` and `to` (ISO base media file format). */
function boxes(view: DataView, from: number, to: number): BoxAt[] {
  const out: BoxAt[] = [];
  for (let at = from; at + 8 <= to;) {
    let size = view.getUint32(at);
    let head = 8;
    if (size === 1) {
      if (at + 16 > to) break;
      size = Number(view.getBigUint64(at + 8));
      head = 16;
    } else if (size === 0) size = to - at;
    if (size < head) break;
    const kind = String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + at + 4, 4));
    out.push({ kind, start: at + head, end: Math.min(to, at + size) });
    at += size;
  }
  return out;
}

function heif(bytes: Uint8Array): Contained {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const meta = boxes(view, 0, bytes.length).find((b) => b.kind === 'meta');
  if (!meta) return {};
  // meta is a full box: version and flags, then its children.
  const inner = boxes(view, meta.start + 4, meta.end);
  const iinf = inner.find((b) => b.kind === 'iinf');
  const iloc = inner.find((b) => b.kind === 'iloc');
  const idat = inner.find((b) => b.kind === 'idat');
  if (!iinf || !iloc) return {};
  const id = exifItem(view, iinf);
  if (id === undefined) return {};
  const place = itemPlace(view, iloc, id, idat);
  if (!place) return {};
  if (place.end > bytes.length) return { beyond: true };
  // The item starts with the offset of the TIFF header inside it (usually 6, past "Exif\0\0").
  const skip = view.getUint32(place.start);
  const tiff = bytes.subarray(place.start + 4 + skip, place.end);
  return tiff.length > 8 ? { tiff } : {};
}

/** The id of the item of type "Exif" in an iinf box. */
function exifItem(view: DataView, iinf: BoxAt): number | undefined {
  const version = view.getUint8(iinf.start);
  const first = iinf.start + 4 + (version === 0 ? 2 : 4);
  for (const infe of boxes(view, first, iinf.end)) {
    if (infe.kind !== 'infe') continue;
    const v = view.getUint8(infe.start);
    if (v < 2) continue;
    const idSize = v === 3 ? 4 : 2;
    const at = infe.start + 4;
    const type = String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + at + idSize + 2, 4));
    if (type === 'Exif') return idSize === 4 ? view.getUint32(at) : view.getUint16(at);
  }
  return undefined;
}

/** Where item `id` lies in the file, per its iloc entry (base offset and first extent). */
function itemPlace(
  view: DataView,
  iloc: BoxAt,
  id: number,
  idat: BoxAt | undefined,
): { start: number; end: number } | undefined {
  const version = view.getUint8(iloc.start);
  let at = iloc.start + 4;
  const sizes = view.getUint8(at++);
  const more = view.getUint8(at++);
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 0xf;
  const baseSize = more >> 4;
  const indexSize = version === 1 || version === 2 ? more & 0xf : 0;
  const read = (n: number): number => {
    const value =
      n === 8
        ? Number(view.getBigUint64(at))
        : n === 4
          ? view.getUint32(at)
          : n === 2
            ? view.getUint16(at)
            : 0;
    at += n;
    return value;
  };
  const count = read(version < 2 ? 2 : 4);
  for (let i = 0; i < count && at < iloc.end; i++) {
    const item = read(version < 2 ? 2 : 4);
    const method = version === 1 || version === 2 ? read(2) & 0xf : 0;
    read(2); // data_reference_index
    const base = read(baseSize);
    const extents = read(2);
    let first: { offset: number; length: number } | undefined;
    for (let e = 0; e < extents; e++) {
      read(indexSize);
      const offset = read(offsetSize);
      const length = read(lengthSize);
      first ??= { offset, length };
    }
    if (item !== id || !first) continue;
    // Construction method 1: the offset counts from the start of the idat box's data.
    const origin = method === 1 ? (idat?.start ?? NaN) : 0;
    const start = origin + base + first.offset;
    if (!Number.isFinite(start)) return undefined;
    return { start, end: start + first.length };
  }
  return undefined;
}

/**
 * A GPS coordinate as XMP writes it: "51,26.496N" (degrees, decimal minutes) or
 * "51,26,29.76N" (degrees, minutes, seconds); south and west are negative.
 */
export function xmpCoordinate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$/i.exec(value);
  if (!m) return undefined;
  const degrees = Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600;
  return /[SW]/i.test(m[4]) ? -degrees : degrees;
}
