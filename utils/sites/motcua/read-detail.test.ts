// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadJson, loadPage } from '@/utils/sites/test-pages';
import { readDetailFromDom, readDetailFromJson, readDossierCodeFromDom } from './read-detail';

const SCENARIOS = ['clean-ho-tich', 'hkd-family', 'authorized-with-letter', 'hkd-change', 'missing-document'];

describe('System A detail: JSON path and DOM path agree on replica pages', () => {
  it.each(SCENARIOS)('%s', (name) => {
    const { url, dossier } = loadJson<{ url: string; dossier: Record<string, unknown> }>(`pages/motcua/${name}.json`);
    const doc = loadPage(`pages/motcua/${name}.html`);
    const fromJson = readDetailFromJson(dossier, url, { doc });
    const fromDom = readDetailFromDom(doc, url);
    expect(fromDom.unreadable).toEqual([]);
    expect(fromJson.unreadable).toEqual([]);
    expect({ ...fromDom, evidence: {} }).toEqual({ ...fromJson, evidence: {} });
    expect(fromDom.dossier.code).toBe(dossier.code);
    // The cheap load probe sees the same code as the full read.
    expect(readDossierCodeFromDom(doc)).toBe(fromDom.dossier.code);
  });
});
