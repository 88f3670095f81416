// CRX3 signing with a throwaway key generated here: the id, the signature and the payload.
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, createHash, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createCrx3, verifyCrx3, extensionIdFromPublicKey } from './crx3.mjs';
import { createZip, readZip } from './zip.mjs';
import { buildPackages, updateXml } from './package-extension.mjs';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicB64 = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

const files = [
  { name: 'manifest.json', data: Buffer.from(JSON.stringify({ manifest_version: 3, name: 't', version: '1.2.3', key: publicB64 })) },
  { name: 'background.js', data: Buffer.from('console.log("hi")'.repeat(50)) },
  { name: 'content-scripts/motcua.js', data: Buffer.from('x') },
];

describe('CRX3', () => {
  it('gives the id Chrome derives from manifest.key (the committed public key)', () => {
    expect(extensionIdFromPublicKey(readFileSync('public-key.txt', 'utf8'))).toBe('egjglbnfmocnkelafdenielcmankokij');
  });

  it('writes Cr24 v3 whose RSA signature verifies with node:crypto over the CRX3 signed payload', () => {
    const zip = createZip(files);
    const { crx, id } = createCrx3(zip, privatePem);
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    expect(id).toBe(extensionIdFromPublicKey(publicB64));
    expect(id).toMatch(/^[a-p]{32}$/);
    const parsed = verifyCrx3(crx);
    expect(parsed.id).toBe(id);
    expect(parsed.zip.equals(zip)).toBe(true);
    // Independent check, by hand: SignedData{crx_id = SHA-256(SPKI)[0..16]} is the header's last field
    // (tag 82 F1 04, length 18); the 256-byte RSA signature ends right before it.
    const crxId = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest().subarray(0, 16);
    const header = crx.subarray(12, 12 + crx.readUInt32LE(8));
    const signedHeaderData = Buffer.concat([Buffer.from([0x0a, 16]), crxId]);
    expect(header.subarray(header.length - 22).equals(Buffer.concat([Buffer.from([0x82, 0xf1, 0x04, 18]), signedHeaderData]))).toBe(true);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(signedHeaderData.length);
    const payload = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'binary'), size, signedHeaderData, zip]);
    const signature = header.subarray(header.length - 22 - 256, header.length - 22);
    expect(verify('sha256', payload, publicKey, signature)).toBe(true);
  });

  it('rejects a tampered package', () => {
    const { crx } = createCrx3(createZip(files), privatePem);
    const tampered = Buffer.from(crx);
    tampered[tampered.length - 30]! ^= 0xff;
    expect(() => verifyCrx3(tampered)).toThrow(/signature/);
  });

  it('round-trips the ZIP', () => {
    const read = readZip(createZip(files));
    expect([...read.keys()].sort()).toEqual(files.map((f) => f.name).sort());
    expect(read.get('background.js')?.toString()).toBe(files[1]!.data.toString());
  });
});

describe('packages', () => {
  it('store zips carry no key; the CRX keeps it and its id equals the manifest key id', () => {
    const out = buildPackages({ files, privateKeyPem: privatePem, version: '1.2.3', baseUrl: 'https://it.example/ext/' }) as ReturnType<typeof buildPackages> & { crx: Buffer; id: string; updateXml: string };
    const storeManifest = JSON.parse(readZip(out.chromeStoreZip).get('manifest.json')!.toString());
    expect(storeManifest.key).toBeUndefined();
    expect(JSON.parse(readZip(out.edgeStoreZip).get('manifest.json')!.toString()).key).toBeUndefined();
    expect(out.id).toBe(extensionIdFromPublicKey(publicB64));
    expect(JSON.parse(readZip(verifyCrx3(out.crx!).zip).get('manifest.json')!.toString()).key).toBe(publicB64);
    expect(out.updateXml).toContain(`appid='${out.id}'`);
    expect(out.updateXml).toContain("codebase='https://it.example/ext/motcua-assist-1.2.3.crx' version='1.2.3'");
  });

  it('refuses a key that does not match manifest.key, and a version that differs from the build', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => buildPackages({ files, privateKeyPem: other, version: '1.2.3', baseUrl: 'https://it.example' })).toThrow(/wrong key file/);
    expect(() => buildPackages({ files, privateKeyPem: privatePem, version: '9.9.9', baseUrl: 'https://it.example' })).toThrow(/rebuild/);
  });

  it('update.xml refuses a plain-http base URL', () => {
    expect(() => updateXml({ id: 'a'.repeat(32), version: '1.0.0', baseUrl: 'http://it.example' })).toThrow(/https/);
  });
});
