/** The bundled catalog covers catalog-sample.json completely, with every condition encoded. */
import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/catalog-sample.json';
import { bundledCatalog } from './bundled';
import { KNOWN_FACTS, factsOf } from './conditions';
import { matchComponent } from './match-component';
import { createCatalogIndex } from './catalog-index';
import { expectedComponents } from './expected-components';
import { nfc } from '@/utils/vn/text';

interface SampleDoc { name: string; required: boolean; condition?: string }
interface SampleProc { code: string; name: string; field: string; documents: SampleDoc[]; processingDays: number | null; nonGeographic: boolean | null; online: string | null }

const catalog = bundledCatalog();
const index = createCatalogIndex(catalog);
const samples = sample as SampleProc[];

describe('bundled catalog', () => {
  it('has exactly the 39 sample procedures', () => {
    expect(samples).toHaveLength(39);
    expect(catalog.procedures.map((p) => p.code).sort()).toEqual(samples.map((s) => s.code).sort());
  });

  it.each(samples.map((s) => [s.code, s] as const))('%s matches the sample', (code, s) => {
    const p = index.byCode(code)!.procedure;
    expect(nfc(p.name)).toBe(nfc(s.name));
    expect(p.field.name).toBe(s.field);
    expect(p.processingDays).toBe(s.processingDays);
    expect(p.online).toBe(s.online);
    expect(p.nonGeographic).toBe(s.nonGeographic);
    expect(p.components).toHaveLength(s.documents.length);
    // Every sample document maps to its own component, by exact name.
    const matched = s.documents.map((d) => matchComponent(d.name, p));
    expect(matched.every((m) => m?.score === 1)).toBe(true);
    expect(new Set(matched.map((m) => m!.component.id)).size).toBe(s.documents.length);
  });

  it('encodes every sample condition as data: conditional rows have a condition, prose rows are not left "always"', () => {
    for (const s of samples) {
      const p = index.byCode(s.code)!.procedure;
      s.documents.forEach((d, i) => {
        const c = p.components[i]!;
        expect(nfc(c.name), s.code).toBe(nfc(d.name));
        // Rows the sample marks required without a condition are required for a dossier with no
        // special facts (giấy báo tử is encoded as "unless noDeathNotice", its alternative).
        const plain = expectedComponents(p, { channel: 'in-person', facts: {} }).components[i]!.status;
        if (d.required && !d.condition) expect(plain, `${s.code} ${d.name}`).toBe('required');
        // Optional rows are never unconditionally demanded.
        if (!d.required) expect(c.required === 'always' && !c.presentOnly, `${s.code} ${d.name}`).toBe(false);
        if (c.required === 'conditional') expect(c.condition).toBeDefined();
      });
    }
  });

  it('uses only documented facts', () => {
    const used = catalog.procedures.flatMap((p) => p.components.flatMap((c) => (c.condition ? factsOf(c.condition) : [])));
    for (const f of used) expect(Object.keys(KNOWN_FACTS)).toContain(f);
  });

  it('pairs every paper declaration with its e-form where the sample lists both', () => {
    for (const p of catalog.procedures) {
      const paper = p.components.filter((c) => c.required === 'paper-channels');
      const online = p.components.filter((c) => c.required === 'online');
      if (paper.length && online.length) expect(paper[0]!.alternativeGroup).toBe(online[0]!.alternativeGroup);
    }
  });

  it('has stable field slugs', () => {
    expect(index.fields().map((f) => f.slug)).toEqual([
      'ho-tich', 'chung-thuc', 'thanh-lap-va-hoat-dong-cua-ho-kinh-doanh', 'nuoi-con-nuoi', 'bao-tro-xa-hoi', 'dat-dai', 'hoat-dong-xay-dung',
    ]);
  });
});
