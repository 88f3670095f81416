import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical';
import { makeBundle, parseBundle } from './bundle';
import { makeWarnings } from './synthetic';

const meta = { unit: 'Phường Thủ Đức', exportedAt: Date.UTC(2026, 0, 16), includePersonal: true };

describe('canonical serialisation and checksum', () => {
  it('does not depend on key order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: undefined, z: 'ạ' }] })).toBe('{"a":[{"y":2,"z":"ạ"}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('is the SHA-256 of the UTF-8 text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('bundle', () => {
  it('round-trips through JSON, whatever the key order', async () => {
    const bundle = await makeBundle(makeWarnings(50), meta);
    expect(bundle.count).toBe(50);
    expect(bundle.accounts.length).toBeGreaterThan(1);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(bundle).reverse()));
    const parsed = await parseBundle(reordered);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.bundle.records.map((r) => r.id)).toEqual(bundle.records.map((r) => r.id));
  });

  it('rejects a tampered record, a wrong count, unknown fields and broken JSON, saying why', async () => {
    const bundle = await makeBundle(makeWarnings(20), meta);
    const tampered = structuredClone(bundle);
    tampered.records[3]!.status = 'resolved' === tampered.records[3]!.status ? 'open' : 'resolved';
    expect(await parseBundle(JSON.stringify(tampered))).toMatchObject({ ok: false, reason: 'checksum' });
    expect(await parseBundle(JSON.stringify({ ...bundle, count: 19 }))).toMatchObject({ ok: false, reason: 'count' });
    const extra = structuredClone(bundle) as unknown as { records: Record<string, unknown>[] };
    extra.records[0]!.injected = true;
    expect(await parseBundle(JSON.stringify(extra))).toMatchObject({ ok: false, reason: 'schema' });
    expect(await parseBundle(JSON.stringify(bundle).slice(0, -5))).toMatchObject({ ok: false, reason: 'json' });
    expect(await parseBundle(JSON.stringify({ ...bundle, schemaVersion: 2 }))).toMatchObject({ ok: false, reason: 'version' });
  });

  it('masks personal values, ids included, unless asked for', async () => {
    const records = makeWarnings(300).filter((r) => r.ruleId === 'data/invalid-id-number' || r.ruleId === 'hkd/business-name');
    const bundle = await makeBundle(records, { ...meta, includePersonal: false });
    const text = JSON.stringify(bundle);
    for (const r of records) {
      for (const v of [r.facts.idNumber, r.facts.name]) if (typeof v === 'string') expect(text).not.toContain(v);
    }
    expect(bundle.personalData).toBe(false);
    expect((await parseBundle(text)).ok).toBe(true);
  });
});
