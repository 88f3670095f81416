// CRX3 packaging with node:crypto only. Layout (Chromium components/crx_file/crx3.proto):
//   "Cr24" | uint32le 3 | uint32le header size | CrxFileHeader (protobuf) | ZIP
//   CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000 }
//   AsymmetricKeyProof { bytes public_key = 1; bytes signature = 2 }     SignedData { bytes crx_id = 1 }
// The signature (RSA PKCS#1 v1.5, SHA-256) covers "CRX3 SignedData\0" | uint32le size of
// signed_header_data | signed_header_data | ZIP. crx_id = first 16 bytes of SHA-256(public key DER).
import { KeyObject, createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';

const MAGIC = Buffer.from('Cr24');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'binary');

function varint(n) {
  const out = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

function bytesField(field, data) {
  return Buffer.concat([varint((field << 3) | 2), varint(data.length), data]);
}

/** SPKI DER of a public key given as PEM, DER, base64 DER (manifest.key) or a KeyObject. */
export function publicKeyDer(key) {
  if (typeof key === 'string' && !key.includes('-----BEGIN')) key = Buffer.from(key.replace(/\s+/g, ''), 'base64');
  const object = Buffer.isBuffer(key)
    ? createPublicKey({ key, format: 'der', type: 'spki' })
    : key instanceof KeyObject && key.type === 'public'
      ? key
      : createPublicKey(key);
  return object.export({ format: 'der', type: 'spki' });
}

export function crxIdBytes(publicDer) {
  return createHash('sha256').update(publicDer).digest().subarray(0, 16);
}

/** Chrome's extension id: the crx id in hex, written with the letters a–p. */
export function extensionIdFromPublicKey(key) {
  const hex = crxIdBytes(publicKeyDer(key)).toString('hex');
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function signedPayload(signedHeaderData, zip) {
  const size = Buffer.alloc(4);
  size.writeUInt32LE(signedHeaderData.length);
  return Buffer.concat([SIGNATURE_CONTEXT, size, signedHeaderData, zip]);
}

/**
 * @param {Buffer} zip the extension as a ZIP
 * @param {string | Buffer | import('node:crypto').KeyObject} privateKeyPem RSA private key
 * @returns {{ crx: Buffer, id: string }}
 */
export function createCrx3(zip, privateKeyPem) {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error(`CRX3 signing needs an RSA key, got ${privateKey.asymmetricKeyType}`);
  const publicDer = publicKeyDer(createPublicKey(privateKey));
  const signedHeaderData = bytesField(1, crxIdBytes(publicDer));
  const signature = sign('sha256', signedPayload(signedHeaderData, zip), privateKey);
  const proof = Buffer.concat([bytesField(1, publicDer), bytesField(2, signature)]);
  const header = Buffer.concat([bytesField(2, proof), bytesField(10000, signedHeaderData)]);
  const prefix = Buffer.alloc(12);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return { crx: Buffer.concat([prefix, header, zip]), id: extensionIdFromPublicKey(publicDer) };
}

function readFields(buf) {
  const fields = [];
  let at = 0;
  const readVarint = () => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = buf[at++];
      if (b === undefined) throw new Error('truncated protobuf');
      n += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return n;
      shift += 7;
    }
  };
  while (at < buf.length) {
    const tag = readVarint();
    if ((tag & 7) !== 2) throw new Error(`unexpected wire type ${tag & 7}`);
    const length = readVarint();
    fields.push({ field: Math.floor(tag / 8), data: buf.subarray(at, at + length) });
    at += length;
  }
  return fields;
}

/** Parse and verify a CRX3: every RSA proof must verify and the crx id must match a proof's key. */
export function verifyCrx3(crx) {
  if (!crx.subarray(0, 4).equals(MAGIC)) throw new Error('not a CRX file (magic)');
  if (crx.readUInt32LE(4) !== 3) throw new Error(`not CRX3 (version ${crx.readUInt32LE(4)})`);
  const headerSize = crx.readUInt32LE(8);
  const header = crx.subarray(12, 12 + headerSize);
  const zip = crx.subarray(12 + headerSize);
  const fields = readFields(header);
  const signedHeaderData = fields.find((f) => f.field === 10000)?.data;
  if (!signedHeaderData) throw new Error('no signed_header_data');
  const crxId = readFields(signedHeaderData).find((f) => f.field === 1)?.data;
  const proofs = fields.filter((f) => f.field === 2).map((f) => {
    const parts = readFields(f.data);
    return { publicKey: parts.find((p) => p.field === 1)?.data, signature: parts.find((p) => p.field === 2)?.data };
  });
  if (!proofs.length) throw new Error('no sha256_with_rsa proof');
  const payload = signedPayload(signedHeaderData, zip);
  for (const p of proofs) {
    const key = createPublicKey({ key: Buffer.from(p.publicKey), format: 'der', type: 'spki' });
    if (!verify('sha256', payload, key, Buffer.from(p.signature))) throw new Error('signature does not verify');
  }
  const idProof = proofs.find((p) => crxId && crxIdBytes(p.publicKey).equals(crxId));
  if (!idProof) throw new Error('crx_id matches no signing key');
  return { id: extensionIdFromPublicKey(Buffer.from(idProof.publicKey)), zip: Buffer.from(zip), proofs: proofs.length };
}
