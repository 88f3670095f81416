// Provinces and wards (two levels, after the July 2025 reform) as HkdOnline lists them: option
// text is the bare name ("Hồ Chí Minh", "Thủ Đức"), option values are numeric ids.

const PROVINCE_PREFIX = /^(Thành phố|Tỉnh|TP\.?)\s+/iu;
const WARD_PREFIX = /^(Phường|Xã|Đặc khu|Thị trấn)\s+/iu;

export const bareProvince = (name) => String(name).normalize('NFC').replace(PROVINCE_PREFIX, '').trim();
export const bareWard = (name) => String(name).normalize('NFC').replace(WARD_PREFIX, '').trim();

function provinceId(province, index) {
  const code = String(province.code ?? province.id ?? '');
  return /^\d{1,3}$/.test(code) ? String(Number(code)) : String(index + 1);
}

/** Build the lookup from `seed.provinces` (`{ name, code?, wards: (string | { name })[] }[]`). */
export function buildGeo(provinces) {
  if (!Array.isArray(provinces) || provinces.length === 0) {
    throw new Error('HkdOnline replica: seed.provinces must be a non-empty array of { name, wards[] }');
  }
  const list = provinces.map((p, i) => {
    const id = provinceId(p, i);
    const wards = (p.wards ?? []).map((w, j) => {
      const name = typeof w === 'string' ? w : w.name;
      return { id: `${id}${String(j + 1).padStart(3, '0')}`, name, bare: bareWard(name) };
    });
    return { id, name: p.name, bare: bareProvince(p.name), wards };
  });
  const byId = new Map(list.map((p) => [p.id, p]));
  const wardById = new Map(list.flatMap((p) => p.wards.map((w) => [w.id, { ...w, province: p }])));
  const same = (a, b) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
  return {
    provinces: list,
    province: (id) => byId.get(String(id ?? '')),
    ward: (id) => wardById.get(String(id ?? '')),
    /** Find a province by official or bare name. */
    findProvince: (name) => list.find((p) => same(p.bare, bareProvince(name ?? ''))),
    /** Find a ward (with its `province`) of a province by official or bare name. */
    findWard(province, name) {
      const found = province?.wards.find((w) => same(w.bare, bareWard(name ?? '')));
      return found ? wardById.get(found.id) : undefined;
    },
    /** "Số 12, Phường Thủ Đức, Thành phố Hồ Chí Minh" from ids. */
    describe(street, wardId) {
      const ward = wardById.get(String(wardId ?? ''));
      return [street, ward?.name, ward?.province.name].filter(Boolean).join(', ');
    },
  };
}
