import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';

/**
 * A plain zip writer (deflate through Node's zlib, no dependency). Every entry gets the same
 * date, so the same files always give the same bytes and the same checksum.
 */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1; // 2000-01-01
const DOS_TIME = 0;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Zips `files` (zip path -> content) in the given order. */
export function zipFiles(files: Iterable<[string, Buffer | string]>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // Stored when deflate does not help (PNGs, the compiled dictionary).
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed: 2.0
      header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
      header.writeUInt16LE(method, at + 4);
      header.writeUInt16LE(DOS_TIME, at + 6);
      header.writeUInt16LE(DOS_DATE, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(fileName.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0
    common(entry, 6);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    parts.push(local, fileName, body);
    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(central);
  const count = central.length / 2;
  if (count > 0xffff || offset > 0xffffffff) throw new Error('Too big for a zip without zip64.');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Every file below `dir`, as forward-slash paths relative to it, sorted. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export type Manifest = Record<string, unknown> & { version: string };

/** Zips a built extension folder; `manifest` may rewrite manifest.json on the way (the folder stays as built). */
export function zipExtension(dir: string, manifest?: (m: Manifest) => Manifest): Buffer {
  return zipFiles(
    filesBelow(dir).map((name): [string, Buffer | string] => {
      const content = readFileSync(path.join(dir, name));
      if (name !== 'manifest.json' || !manifest) return [name, content];
      return [
        name,
        `${JSON.stringify(manifest(JSON.parse(content.toString('utf8')) as Manifest), null, 2)}\n`,
      ];
    }),
  );
}
