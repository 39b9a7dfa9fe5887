/** Test support: EXIF blocks with chosen tags, built byte by byte, for unit and browser tests. */

export type ExifSpec = {
  make?: string;
  artist?: string;
  copyright?: string;
  /** EXIF CameraOwnerName (0xA430). */
  owner?: string;
  /** 'YYYY:MM:DD HH:MM:SS' */
  taken?: string;
  gps?: { lat: number; lon: number };
  /** 'II' little-endian (default; most cameras), 'MM' big-endian ("Motorola": iPhones and many others). */
  byteOrder?: 'II' | 'MM';
};

type Entry = { tag: number; type: number; count: number; data: number[] };

/** Numbers in the block's byte order. */
type Order = { u16(n: number): number[]; u32(n: number): number[] };
const LITTLE: Order = {
  u16: (n) => [n & 0xff, (n >> 8) & 0xff],
  u32: (n) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24],
};
const BIG: Order = {
  u16: (n) => [(n >> 8) & 0xff, n & 0xff],
  u32: (n) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff],
};
const ascii = (s: string) => [...new TextEncoder().encode(s), 0];
/** Degrees as three rationals: degrees, minutes, seconds (hundredths). */
const dms = (value: number, { u32 }: Order) => {
  const rational = (n: number, d: number) => [...u32(n), ...u32(d)];
  const a = Math.abs(value);
  const deg = Math.floor(a);
  const min = Math.floor((a - deg) * 60);
  const sec = Math.round(((a - deg) * 60 - min) * 60 * 100);
  return [...rational(deg, 1), ...rational(min, 1), ...rational(sec, 100)];
};

/** Lays out one IFD at `at` (TIFF offsets), values that do not fit in 4 bytes after it. */
function ifd(entries: Entry[], at: number, { u16, u32 }: Order): { bytes: number[]; end: number } {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const head: number[] = [...u16(sorted.length)];
  const tail: number[] = [];
  let extra = at + 2 + sorted.length * 12 + 4;
  for (const e of sorted) {
    head.push(...u16(e.tag), ...u16(e.type), ...u32(e.count));
    if (e.data.length <= 4) head.push(...e.data, ...new Array(4 - e.data.length).fill(0));
    else {
      head.push(...u32(extra));
      tail.push(...e.data);
      if (e.data.length % 2) tail.push(0);
      extra += e.data.length + (e.data.length % 2);
    }
  }
  head.push(...u32(0));
  return { bytes: [...head, ...tail], end: extra };
}

/** A TIFF block (what an EXIF APP1 and a HEIC Exif item hold) with the chosen tags, little-endian unless asked. */
export function tiffBlock(spec: ExifSpec): Uint8Array<ArrayBuffer> {
  const order = spec.byteOrder === 'MM' ? BIG : LITTLE;
  const { u32 } = order;
  const ifd0: Entry[] = [];
  if (spec.make) ifd0.push({ tag: 0x010f, type: 2, count: ascii(spec.make).length, data: ascii(spec.make) });
  if (spec.artist)
    ifd0.push({ tag: 0x013b, type: 2, count: ascii(spec.artist).length, data: ascii(spec.artist) });
  if (spec.copyright)
    ifd0.push({ tag: 0x8298, type: 2, count: ascii(spec.copyright).length, data: ascii(spec.copyright) });
  const exif: Entry[] = [];
  if (spec.taken) exif.push({ tag: 0x9003, type: 2, count: 20, data: ascii(spec.taken) });
  if (spec.owner)
    exif.push({ tag: 0xa430, type: 2, count: ascii(spec.owner).length, data: ascii(spec.owner) });
  const gps: Entry[] = [];
  if (spec.gps) {
    const { lat, lon } = spec.gps;
    gps.push(
      { tag: 0x0000, type: 1, count: 4, data: [2, 3, 0, 0] },
      { tag: 0x0001, type: 2, count: 2, data: ascii(lat < 0 ? 'S' : 'N') },
      { tag: 0x0002, type: 5, count: 3, data: dms(lat, order) },
      { tag: 0x0003, type: 2, count: 2, data: ascii(lon < 0 ? 'W' : 'E') },
      { tag: 0x0004, type: 5, count: 3, data: dms(lon, order) },
    );
  }
  // IFD0 points at the EXIF and GPS directories, which follow it.
  const pointers = (exif.length ? 1 : 0) + (gps.length ? 1 : 0);
  const ifd0Size = ifd(
    [...ifd0, ...new Array<Entry>(pointers).fill({ tag: 0, type: 4, count: 1, data: u32(0) })],
    8,
    order,
  ).end;
  let next = ifd0Size;
  const sub: number[] = [];
  if (exif.length) {
    ifd0.push({ tag: 0x8769, type: 4, count: 1, data: u32(next) });
    const laid = ifd(exif, next, order);
    sub.push(...laid.bytes);
    next = laid.end;
  }
  if (gps.length) {
    ifd0.push({ tag: 0x8825, type: 4, count: 1, data: u32(next) });
    const laid = ifd(gps, next, order);
    sub.push(...laid.bytes);
    next = laid.end;
  }
  const first = ifd(ifd0, 8, order);
  const mark = spec.byteOrder === 'MM' ? [0x4d, 0x4d] : [0x49, 0x49];
  return new Uint8Array([...mark, ...order.u16(42), ...u32(8), ...first.bytes, ...sub]);
}

/** An EXIF APP1 segment for a JPEG. */
export function exifSegment(spec: ExifSpec): Uint8Array<ArrayBuffer> {
  const body = [...[0x45, 0x78, 0x69, 0x66, 0, 0], ...tiffBlock(spec)];
  return new Uint8Array([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body]);
}

/** The JPEG with an EXIF block put right after its start marker. */
export function withExif(jpeg: Uint8Array, spec: ExifSpec): Uint8Array<ArrayBuffer> {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const segment = exifSegment(spec);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

/** A JPEG of headers only (no picture): enough for the metadata reader. */
export function jpegHeadersOnly(spec: ExifSpec): Uint8Array<ArrayBuffer> {
  return withExif(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]), spec);
}

const be32 = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const fourcc = (s: string) => [...s].map((c) => c.charCodeAt(0));
const box = (kind: string, body: number[]) => [...be32(8 + body.length), ...fourcc(kind), ...body];
const fullBox = (kind: string, version: number, body: number[]) => box(kind, [version, 0, 0, 0, ...body]);

/** How a HEIC lays out its Exif item: iPhones point at it directly; libheif and exiftool use a base offset and may put it after the picture. */
export type HeicLayout = { baseOffset?: boolean; pictureBytes?: number };

/**
 * A HEIC container (no real picture) whose Exif item holds the chosen tags: ftyp, a meta box
 * naming one item of type Exif and where it lies, and the item in mdat (after `pictureBytes`
 * of stand-in picture data).
 */
export function heicHeadersOnly(spec: ExifSpec, layout: HeicLayout = {}): Uint8Array<ArrayBuffer> {
  const payload = [...be32(6), ...fourcc('Exif'), 0, 0, ...tiffBlock(spec)];
  const picture = new Array<number>(layout.pictureBytes ?? 0).fill(0x5a);
  const ftyp = box('ftyp', [...fourcc('heic'), 0, 0, 0, 0, ...fourcc('mif1'), ...fourcc('heic')]);
  const hdlr = fullBox('hdlr', 0, [0, 0, 0, 0, ...fourcc('pict'), ...new Array<number>(12).fill(0), 0]);
  const infe = fullBox('infe', 2, [...be16(1), ...be16(0), ...fourcc('Exif'), 0]);
  const iinf = fullBox('iinf', 0, [...be16(1), ...infe]);
  // Version 0: offset and length 4 bytes each; with a base offset, version 1 and base size 4.
  const iloc = (at: number) =>
    layout.baseOffset
      ? fullBox('iloc', 1, [
          0x44,
          0x40,
          ...be16(1),
          ...be16(1),
          ...be16(0),
          ...be16(0),
          ...be32(at),
          ...be16(1),
          ...be32(0),
          ...be32(payload.length),
        ])
      : fullBox('iloc', 0, [
          0x44,
          0x00,
          ...be16(1),
          ...be16(1),
          ...be16(0),
          ...be16(1),
          ...be32(at),
          ...be32(payload.length),
        ]);
  const meta = (at: number) => fullBox('meta', 0, [...hdlr, ...iinf, ...iloc(at)]);
  const at = ftyp.length + meta(0).length + 8 + picture.length;
  return new Uint8Array([...ftyp, ...meta(at), ...box('mdat', [...picture, ...payload])]);
}

/** A WebP (RIFF, no real picture) with an EXIF chunk holding the chosen tags, and an XMP chunk if given. */
export function webpHeadersOnly(spec: ExifSpec | undefined, xmp?: string): Uint8Array<ArrayBuffer> {
  const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  const chunk = (kind: string, body: number[]) => [
    ...fourcc(kind),
    ...le32(body.length),
    ...body,
    ...(body.length % 2 ? [0] : []),
  ];
  const body = [
    ...fourcc('WEBP'),
    ...chunk('VP8 ', new Array<number>(10).fill(0)),
    ...(spec ? chunk('EXIF', [...tiffBlock(spec)]) : []),
    ...(xmp ? chunk('XMP ', [...new TextEncoder().encode(xmp)]) : []),
  ];
  return new Uint8Array([...fourcc('RIFF'), ...le32(body.length), ...body]);
}

/** An XMP packet with a GPS position only, as Lightroom and photo exports write it. */
export function xmpWithGps(lat: string, lon: string): string {
  return `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="${lat}" exif:GPSLongitude="${lon}"/></rdf:RDF></x:xmpmeta>`;
}

/** A PNG (signature and an eXIf chunk, no picture) holding the chosen tags. */
export function pngHeadersOnly(spec: ExifSpec): Uint8Array<ArrayBuffer> {
  const tiff = [...tiffBlock(spec)];
  const chunk = [...be32(tiff.length), ...fourcc('eXIf'), ...tiff, 0, 0, 0, 0];
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk]);
}
