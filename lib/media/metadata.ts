import exifr from 'exifr';
import type { MediaMetadata } from '../messaging/media';
import { containedMetadata, xmpCoordinate } from './containers';

/** Tags that name a person: the photographer, the camera's owner, the rights holder. */
const NAME_TAGS = ['Artist', 'XPAuthor', 'CameraOwnerName', 'OwnerName', 'Copyright', 'By-line', 'creator'];

/**
 * What a photo's own metadata says (JPEG, HEIC/AVIF, PNG, TIFF, WebP; the tags read with
 * exifr): is there a GPS position, a camera, a date, a person's name. A file it cannot read
 * answers {}: unknown, not "nothing there".
 */
export async function readMetadata(bytes: Uint8Array): Promise<MediaMetadata> {
  let tags: Record<string, unknown> | undefined;
  try {
    // HEIF and WebP: the EXIF block our own walk through the container finds (exifr misreads
    // HEIF item offsets and has no WebP reader); a HEIF file we cannot walk still goes to exifr.
    const contained = containedMetadata(bytes);
    if (contained?.beyond) return {};
    const exif = contained?.tiff ?? (contained && !isHeif(bytes) ? undefined : bytes);
    tags = exif ? await parse(exif) : undefined;
    if (contained?.xmp) tags = { ...xmpGps(contained.xmp), ...tags };
  } catch {
    return {};
  }
  if (!tags) return isReadable(bytes) ? { hasLocation: false, hasCameraInfo: false } : {};
  const facts: MediaMetadata = {
    hasLocation: hasPosition(tags),
    hasCameraInfo: Boolean(tags.Make || tags.Model),
  };
  const taken = tags.DateTimeOriginal ?? tags.CreateDate ?? tags.ModifyDate;
  if (taken instanceof Date && !Number.isNaN(taken.getTime())) facts.takenAt = localIso(taken);
  else if (typeof taken === 'string' && taken.trim()) facts.takenAt = taken.trim().slice(0, 40);
  const owners = namesIn(tags);
  if (owners.length > 0) facts.owners = owners;
  return facts;
}

function parse(bytes: Uint8Array): Promise<Record<string, unknown> | undefined> {
  return exifr.parse(bytes, {
    tiff: true,
    ifd0: {},
    exif: true,
    gps: true,
    iptc: true,
    xmp: true,
    icc: false,
    jfif: false,
    ihdr: false,
    makerNote: false,
    userComment: false,
    mergeOutput: true,
    reviveValues: true,
    translateValues: false,
  }) as Promise<Record<string, unknown> | undefined>;
}

/** The GPS position in an XMP packet, as the tags exifr would give for it. */
function xmpGps(xmp: string): Record<string, unknown> {
  const value = (name: string) =>
    new RegExp(`exif:${name}(?:="([^"]*)"|>([^<]*)<)`).exec(xmp)?.slice(1).find(Boolean);
  const tags: Record<string, unknown> = {};
  const lat = value('GPSLatitude');
  const lon = value('GPSLongitude');
  if (lat) tags.GPSLatitude = lat;
  if (lon) tags.GPSLongitude = lon;
  return tags;
}

const isHeif = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp';

function hasPosition(tags: Record<string, unknown>): boolean {
  // XMP-only positions (Lightroom, Google Photos exports) stay strings like "51,26.496N".
  const lat = tags.latitude ?? xmpCoordinate(tags.GPSLatitude);
  const lon = tags.longitude ?? xmpCoordinate(tags.GPSLongitude);
  // Some cameras write an empty GPS block or 0,0 when they had no fix.
  return (
    typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && (lat !== 0 || lon !== 0)
  );
}

/** Names in the metadata, once each, without empty or placeholder values. */
export function namesIn(tags: Record<string, unknown>): string[] {
  const found = new Map<string, string>();
  for (const tag of NAME_TAGS) {
    for (const value of valuesOf(tags[tag])) {
      const name = value
        .replace(/\0/g, '')
        .replace(/^(?:copyright|©|\(c\))\s*(?:\d{4}\s*)?/i, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200);
      // A year or a "(c)" alone names nobody; a name has at least two letters.
      if ((name.match(/\p{L}/gu) ?? []).length < 2) continue;
      if (!found.has(name.toLocaleLowerCase())) found.set(name.toLocaleLowerCase(), name);
    }
  }
  return [...found.values()].slice(0, 10);
}

function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(valuesOf);
  // XMP language alternatives: { value: 'x-default', ... } or { lang: value }.
  if (value && typeof value === 'object') return Object.values(value).flatMap(valuesOf);
  return [];
}

/** JPEG, PNG, HEIC/AVIF, TIFF and WebP: formats whose metadata exifr reads. */
function isReadable(bytes: Uint8Array): boolean {
  const head = (n: number) => Array.from(bytes.subarray(0, n));
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (head(2).join() === '255,216') return true;
  if (head(4).join() === '137,80,78,71') return true;
  if (ascii(4, 8) === 'ftyp') return true;
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return true;
  return ['73,73,42,0', '77,77,0,42'].includes(head(4).join());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Camera clocks have no time zone: keep the wall-clock time as written. */
function localIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
