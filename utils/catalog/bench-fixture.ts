/**
 * Synthetic catalogs for the lead's bench script (scripts/bench.mjs) and the scale test:
 * `makeSyntheticCatalog(n)` returns raw, unvalidated JSON-able input shaped like a national
 * catalog (≈5,700 procedures exist nationally), so a bench measures validation + indexing;
 * `benchQueries(input, k)` returns codes, local codes and lightly re-worded names to look up.
 */
import type { ProcedureInput } from './schema';

const VERBS = ['Đăng ký', 'Cấp', 'Cấp lại', 'Điều chỉnh', 'Thu hồi', 'Gia hạn', 'Xác nhận', 'Thẩm định', 'Chứng thực', 'Công nhận'];
const OBJECTS = ['giấy phép', 'giấy chứng nhận', 'hồ sơ', 'quyết định', 'chứng chỉ', 'văn bản', 'trợ cấp', 'hợp đồng'];
// Three disjoint syllable lists (no two qualifiers are permutations of each other), none of which
// folds to a word of a field name ("đức"/"giáo dục", "hòa"/"văn hóa" would make names ambiguous).
const SYLLABLES = [
  'an bình cường dũng giang hải khánh lâm minh nga phúc quang sơn thảo uyên vinh xuân yến tuấn hiền'.split(' '),
  'bắc nam đoài tây trung giữa hạ tiền hậu tả hữu nội ngoại cao thấp tân cựu trường đoản viễn'.split(' '),
  'huệ lan cúc trúc tùng sen đào lê mận cam quýt bưởi na ổi xoài mít dừa chuối ngô lúa'.split(' '),
] as const;
const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Hoạt động xây dựng', 'Bảo trợ xã hội', 'Người có công', 'Giáo dục', 'Y tế', 'Văn hóa', 'Thương mại'];

/** A distinctive two-word qualifier from the index, so names are unique like real ones. */
function qualifier(i: number): string {
  const [a, b, c] = SYLLABLES;
  const s = a.length;
  return `${a[i % s]} ${b[Math.floor(i / s) % s]} ${c[Math.floor(i / (s * s)) % s]}`;
}

export function syntheticCode(i: number): string {
  return `${1 + (i % 3)}.${String(100000 + i).padStart(6, '0')}`;
}

export function makeSyntheticCatalog(n: number): { version: string; procedures: ProcedureInput[] } {
  const procedures: ProcedureInput[] = [];
  for (let i = 0; i < n; i++) {
    const code = syntheticCode(i);
    const fieldName = FIELDS[i % FIELDS.length]!;
    procedures.push({
      code,
      localCodes: [`${code}.000.00.00.H29`],
      aliases: i % 10 === 0 ? [{ code: `9.${String(i).padStart(6, '0')}`, kind: 'former' }] : [],
      name: `${VERBS[i % VERBS.length]} ${OBJECTS[(i >> 3) % OBJECTS.length]} ${qualifier(i)} lĩnh vực ${fieldName.toLowerCase()}`,
      field: { name: fieldName, slug: fieldName === 'Hộ tịch' ? 'ho-tich' : `field-${i % FIELDS.length}` },
      components: [
        { id: 'to-khai', name: `Tờ khai ${qualifier(i)}`, required: 'paper-channels', alternativeGroup: 'to-khai' },
        { id: 'e-form', name: `Mẫu điện tử tương tác ${qualifier(i)}`, required: 'online', alternativeGroup: 'to-khai' },
        { id: 'uy-quyen', name: 'Văn bản ủy quyền', required: 'conditional', condition: { kind: 'fact', fact: 'authorisedRepresentative' } },
        { id: 'giay-to', name: `Giấy tờ chứng minh ${qualifier(i + 1)}`, required: 'always' },
      ],
      processingDays: i % 7,
      nonGeographic: i % 2 === 0,
      online: i % 3 === 0 ? 'toan-trinh' : null,
      source: 'synthetic',
    });
  }
  return { version: `synthetic-${n}`, procedures };
}

export interface BenchQueries {
  codes: string[];
  localCodes: string[];
  exactNames: string[];
  /** Upper-cased, diacritics stripped, one function word dropped: must still resolve (fuzzy). */
  variedNames: string[];
}

export function benchQueries(input: { procedures: ProcedureInput[] }, k: number): BenchQueries {
  const picks = Array.from({ length: k }, (_, j) => input.procedures[(j * 7919) % input.procedures.length]!);
  return {
    codes: picks.map((p) => p.code),
    localCodes: picks.map((p) => `${p.code}.000.00.00.H29`),
    exactNames: picks.map((p) => p.name),
    variedNames: picks.map((p) => p.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toUpperCase().replace(' LINH VUC ', ' ')),
  };
}
