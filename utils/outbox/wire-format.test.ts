import { describe, expect, it } from 'vitest';
import { bulkOutcome, requestBody } from './wire-format';

const docs = [
  { id: 'H29-1|data/invalid-value|x', '@timestamp': '2026-01-01T00:00:00.000Z', ruleId: 'data/invalid-value' },
  { id: 'H29-2|dossier/duplicate|1.001193', '@timestamp': '2026-01-02T00:00:00.000Z', ruleId: 'dossier/duplicate' },
];

describe('wire formats', () => {
  it('NDJSON: one document per line, newline-terminated', () => {
    const body = requestBody(docs, 'ndjson', 'https://collector.example/ingest');
    expect(body.endsWith('\n')).toBe(true);
    expect(body.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(docs.map((d) => d.id));
  });

  it('_bulk: an index action with the stable _id before each document', () => {
    const lines = requestBody(docs, 'bulk', 'https://es.example/motcua/_bulk').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ index: { _id: docs[0]!.id } });
    expect(lines[1].ruleId).toBe('data/invalid-value');
    expect(lines[2]).toEqual({ index: { _id: docs[1]!.id } });
  });

  it('_bulk at the root names a default index', () => {
    const first = JSON.parse(requestBody(docs, 'bulk', 'https://es.example/_bulk').split('\n')[0]!);
    expect(first.index._index).toBe('motcua-assist-findings');
  });

  it('retries 429/5xx items of a bulk response and rejects other item errors', () => {
    const response = { errors: true, items: [{ index: { status: 201 } }, { index: { status: 429 } }, { index: { status: 400 } }] };
    const { retry, rejected } = bulkOutcome(response, ['a', 'b', 'c']);
    expect([...retry]).toEqual(['b']);
    expect([...rejected]).toEqual(['c']);
    expect(bulkOutcome({ errors: false, items: [] }, ['a']).retry.size).toBe(0);
  });
});
