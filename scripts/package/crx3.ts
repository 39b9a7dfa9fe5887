import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

/**
 * CRX3, the signed package Chromium installs from a self-hosted update URL: "Cr24", format
 * version 3, the length of a CrxFileHeader (protobuf), the header, then the zip. The header
 * holds the RSA public key, a signature, and the signed data: the extension ID's 16 bytes.
 * The format is Chromium's components/crx_file/crx3.proto; the ID is the first 16 bytes of
 * sha256(public key, DER SubjectPublicKeyInfo), written with the letters a-p.
 */
const MAGIC = Buffer.from('Cr24');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'latin1');

/** The public key as Chromium stores it (and as the manifest's "key" holds it, in base64). */
export function publicKeyDer(key: KeyObject | string): Buffer {
  const object = typeof key === 'string' ? createPrivateKey(key) : key;
  return createPublicKey(object).export({ type: 'spki', format: 'der' });
}

/** The 16-byte CRX ID of a public key. */
const crxIdBytes = (publicKey: Buffer) => createHash('sha256').update(publicKey).digest().subarray(0, 16);

/** The extension ID Chromium gives a package signed with this public key: hex 0-f written as a-p. */
export function extensionIdOf(publicKey: Buffer): string {
  return [...crxIdBytes(publicKey).toString('hex')]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** A protobuf length-delimited field (wire type 2). */
const field = (number: number, bytes: Buffer) =>
  Buffer.concat([varint(number * 8 + 2), varint(bytes.length), bytes]);

const uint32le = (value: number) => {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value);
  return out;
};

/** Signs `zip` with an RSA private key (PEM) into a CRX3 file. */
export function crx3(zip: Buffer, privateKeyPem: string): { crx: Buffer; id: string; publicKey: Buffer } {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'rsa')
    throw new Error(`The CRX signing key must be an RSA key, not ${privateKey.asymmetricKeyType}.`);
  const publicKey = publicKeyDer(privateKey);
  // SignedData { crx_id = 1 }
  const signedData = field(1, crxIdBytes(publicKey));
  const signature = sign(
    'sha256',
    Buffer.concat([SIGNATURE_CONTEXT, uint32le(signedData.length), signedData, zip]),
    privateKey,
  );
  // CrxFileHeader { sha256_with_rsa = 2 (AsymmetricKeyProof { public_key = 1, signature = 2 }), signed_header_data = 10000 }
  const header = Buffer.concat([
    field(2, Buffer.concat([field(1, publicKey), field(2, signature)])),
    field(10000, signedData),
  ]);
  const crx = Buffer.concat([MAGIC, uint32le(3), uint32le(header.length), header, zip]);
  return { crx, id: extensionIdOf(publicKey), publicKey };
}
