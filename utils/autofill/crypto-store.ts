/**
 * Encryption at rest for captured personal data: AES-GCM 256 with a NON-extractable key that
 * never leaves this profile. The CryptoKey itself is kept in IndexedDB (it is structured-
 * cloneable), in a small database of its own so the main schema carries no key material.
 * Erasing a capture deletes its ciphertext; the key stays and protects later captures.
 */
import Dexie, { type EntityTable } from 'dexie';

interface KeyRow {
  id: string;
  key: CryptoKey;
}

class KeyDatabase extends Dexie {
  keys!: EntityTable<KeyRow, 'id'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ keys: 'id' });
  }
}

const KEY_ID = 'capture-aes-gcm';
let keyDb: KeyDatabase | undefined;
let cached: Promise<CryptoKey> | undefined;

function database(): KeyDatabase {
  keyDb ??= new KeyDatabase('motcua-assist-keys');
  return keyDb;
}

async function loadOrCreateKey(): Promise<CryptoKey> {
  const row = await database().keys.get(KEY_ID);
  if (row) return row.key;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await database().keys.put({ id: KEY_ID, key });
  return key;
}

/** The installation's capture key (created on first use). */
export function captureKey(): Promise<CryptoKey> {
  cached ??= loadOrCreateKey().catch((err) => {
    cached = undefined;
    throw err;
  });
  return cached;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export interface Sealed {
  iv: string;
  data: string;
}

export async function seal(value: unknown, key?: CryptoKey): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key ?? (await captureKey()), plain);
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(cipher)) };
}

export async function unseal(sealed: Sealed, key?: CryptoKey): Promise<unknown> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key ?? (await captureKey()), fromBase64(sealed.data));
  return JSON.parse(new TextDecoder().decode(plain));
}

/** Tests: forget the cached key handle (the stored key stays). */
export function resetKeyCacheForTests(): void {
  cached = undefined;
  keyDb?.close();
  keyDb = undefined;
}
