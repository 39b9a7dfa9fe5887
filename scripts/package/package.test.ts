import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY } from '../../wxt.config';
import { crx3, extensionIdOf } from './crx3';
import { updateXml } from './self-host';
import { zipFiles } from './zip';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
  type: 'pkcs8',
  format: 'pem',
}) as string;

/** Reads the zip's central directory and inflates every entry (a reader apart from the writer). */
function unzip(zip: Buffer): Record<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    out[name] = (method === 8 ? inflateRawSync(body) : body).toString('utf8');
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

/** Protobuf length-delimited fields of `bytes`: field number -> contents (varint keys and lengths). */
function fields(bytes: Buffer): [number, Buffer][] {
  const out: [number, Buffer][] = [];
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 1;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * shift;
      shift *= 128;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const key = varint();
    expect(key % 8).toBe(2);
    const length = varint();
    out.push([Math.floor(key / 8), bytes.subarray(at, at + length)]);
    at += length;
  }
  return out;
}

describe('CRX3', () => {
  it('gives the committed manifest key the fixed extension ID', () => {
    expect(extensionIdOf(Buffer.from(CHROME_PUBLIC_KEY, 'base64'))).toBe(CHROME_EXTENSION_ID);
  });

  it('writes magic, version 3, a signed header Chromium can verify, then the zip', () => {
    const zip = zipFiles([['manifest.json', '{"version":"1.2.3"}']]);
    const { crx, id, publicKey } = crx3(zip, pem);
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerLength = crx.readUInt32LE(8);
    const header = fields(crx.subarray(12, 12 + headerLength));
    expect(crx.subarray(12 + headerLength).equals(zip)).toBe(true);

    const proof = Object.fromEntries(fields(header.find(([n]) => n === 2)![1]));
    const signedData = header.find(([n]) => n === 10000)![1];
    expect(proof[1].equals(publicKey)).toBe(true);
    const crxId = Object.fromEntries(fields(signedData))[1];
    expect(crxId.equals(createHash('sha256').update(publicKey).digest().subarray(0, 16))).toBe(true);
    expect(id).toMatch(/^[a-p]{32}$/);

    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedData.length);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00'), length, signedData, zip]);
    const key = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    expect(verify('sha256', signed, key, proof[2])).toBe(true);
    expect(verify('sha256', Buffer.concat([signed, Buffer.from('x')]), key, proof[2])).toBe(false);
  });

  it('refuses a key that is not RSA', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    expect(() => crx3(Buffer.alloc(0), ec)).toThrow(/RSA/);
  });
});

describe('zip', () => {
  it('round-trips text, UTF-8 names and incompressible data, and is the same every time', () => {
    const random = createHash('sha512').update('x').digest();
    const files: [string, Buffer | string][] = [
      ['a.txt', 'hallo '.repeat(500)],
      ['map/één.json', '{"ok":true}'],
      ['bin', random],
    ];
    const zip = zipFiles(files);
    expect(unzip(zip)).toEqual({
      'a.txt': 'hallo '.repeat(500),
      'map/één.json': '{"ok":true}',
      bin: random.toString('utf8'),
    });
    expect(zipFiles(files).equals(zip)).toBe(true);
  });
});

describe('update.xml', () => {
  it('names the ID, version, CRX address and its SHA-256', () => {
    const xml = updateXml(
      { id: 'a'.repeat(32), version: '1.2.3', sha256: 'f'.repeat(64) },
      "https://x.nl/a&b'c.crx",
    );
    expect(xml).toContain("<app appid='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>");
    expect(xml).toContain(
      `<updatecheck codebase='https://x.nl/a&amp;b&apos;c.crx' version='1.2.3' hash_sha256='${'f'.repeat(64)}' />`,
    );
    expect(xml).toMatch(
      /^<\?xml version='1.0' encoding='UTF-8'\?>\n<gupdate xmlns='http:\/\/www.google.com\/update2\/response' protocol='2.0'>/,
    );
  });
});
