import { describe, expect, it } from 'vitest';
import { captureKey, resetKeyCacheForTests, seal, unseal } from './crypto-store';
import { eraseCapture, listCaptures, purgeCaptures, readCapture, saveCapture } from './capture-store';
import { registrationSource } from './test-source';
import { db } from '@/utils/db/database';

describe('capture encryption at rest', () => {
  it('round-trips through AES-GCM with a non-extractable key kept in IndexedDB', async () => {
    const key = await captureKey();
    expect(key.extractable).toBe(false);
    const sealed = await seal({ name: 'Trương Ngọc Vy' });
    expect(sealed.data).not.toContain('Vy');
    resetKeyCacheForTests();
    expect(await unseal(sealed)).toEqual({ name: 'Trương Ngọc Vy' });
  });

  it('stores only ciphertext, lists summaries, erases and purges after expiry', async () => {
    const src = registrationSource();
    await saveCapture(src, 1000, 5000);
    const row = await db().captures.get(src.dossierCode);
    expect(JSON.stringify(row)).not.toContain('075196014944');
    expect(await readCapture(src.dossierCode, 2000)).toEqual(src);
    expect((await listCaptures(2000)).map((c) => c.dossierCode)).toEqual([src.dossierCode]);
    expect(await readCapture(src.dossierCode, 6000)).toBeUndefined();
    expect(await purgeCaptures(6000)).toBe(1);
    await saveCapture(src, 1000);
    expect(await eraseCapture(src.dossierCode)).toBe(true);
    expect(await db().captures.count()).toBe(0);
  });

  it('a tampered ciphertext does not decrypt', async () => {
    const sealed = await seal({ a: 1 });
    const bytes = atob(sealed.data);
    const flipped = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    await expect(unseal({ ...sealed, data: flipped })).rejects.toThrow();
  });
});
