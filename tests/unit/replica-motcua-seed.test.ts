// The shared seed: deterministic, iGate-shaped, identity numbers consistent, every scenario there.
import { describe, expect, it } from 'vitest';
import { buildSeed, PROCEDURES, UNKNOWN_PROCEDURES, type SeedDossier } from '../sites/seed/seed.mjs';

const NOW = new Date('2026-11-25T03:00:00Z'); // Wednesday 10:00 in Ho Chi Minh City
const seed = buildSeed({ now: NOW });
const byId = new Map(seed.dossiers.map((d) => [d.id, d]));
const scenario = (name: string): SeedDossier[] => (seed.scenarios[name] ?? []).map((id) => byId.get(id)!);

// RESEARCH-NOTES §3.1: the 63 pre-2025 birth-registration prefixes.
const PREFIXES = new Set(('001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 '
  + '045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096').split(' '));

/** Does a 12-digit number agree with birth date dd/MM/yyyy and gender? */
function idConsistent(id: string, birthday: string, gender: string): boolean {
  const year = Number(birthday.slice(6, 10));
  const centuryBase = ({ 19: 0, 20: 2, 21: 4 } as Record<number, number>)[Math.floor(year / 100)];
  return /^\d{12}$/.test(id) && PREFIXES.has(id.slice(0, 3)) && centuryBase !== undefined
    && Number(id[3]) === centuryBase + (gender === 'Nữ' ? 1 : 0) && id.slice(4, 6) === birthday.slice(8, 10);
}

describe('seed determinism', () => {
  it('builds identical data twice for the same now', () => {
    expect(JSON.stringify(buildSeed({ now: NOW }))).toBe(JSON.stringify(seed));
  });

  it('only dates (and date-derived codes) change with now', () => {
    const later = buildSeed({ now: new Date('2026-12-07T09:30:00Z') });
    const DATED = new Set(['appliedDate', 'acceptedDate', 'appointmentDate', 'code', 'nationCode', 'startDate', 'fromDate', 'toDate', 'date']);
    const strip = (s: typeof seed) => JSON.stringify([...s.dossiers].sort((a, b) => a.id.localeCompare(b.id)), (k, v) => (DATED.has(k) ? undefined : v));
    expect(strip(later)).toBe(strip(seed));
    expect(later.scenarios).toEqual(seed.scenarios);
    expect(later.dossiers.map((d) => d.appliedDate)).not.toEqual(seed.dossiers.map((d) => d.appliedDate));
  });
});

describe('seed shape', () => {
  it('has the accounts and assignments the design needs', () => {
    const names = seed.accounts.map((a) => a.username);
    expect(names).toEqual(expect.arrayContaining(['hotich01', 'chungthuc01', 'hkd01', 'dat01', 'tonghop01', 'moi01']));
    const assigned = seed.fieldAssignments.map((f) => f.account);
    expect(assigned).not.toContain('moi01');
    expect(assigned.some((a) => seed.accounts.some((acc) => acc.fullName === a))).toBe(true);
    expect(seed.unit).toEqual({ name: 'Phường Thủ Đức', province: 'Thành phố Hồ Chí Minh' });
  });

  it('has >= 60 iGate-shaped dossiers over >= 12 catalog procedures', () => {
    expect(seed.dossiers.length).toBeGreaterThanOrEqual(60);
    const codes = new Set(seed.dossiers.map((d) => d.procedure.nationCode));
    expect([...codes].filter((c) => PROCEDURES.some((p) => p.code === c)).length).toBeGreaterThanOrEqual(12);
    expect(new Set(seed.dossiers.map((d) => d.id)).size).toBe(seed.dossiers.length);
    for (const d of seed.dossiers) {
      expect(d.id).toMatch(/^[0-9a-f]{24}$/);
      expect(d.code).toMatch(/^000\.00\.12\.H29-\d{6}-\d{4}$/);
      expect(d.procedure.code).toBe(`${d.procedure.nationCode}.000.00.00.H29`);
      expect(d.appliedDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0700$/);
      expect(Date.parse(d.appliedDate)).toBeLessThanOrEqual(NOW.getTime());
      const docs = [...PROCEDURES, ...UNKNOWN_PROCEDURES].find((p) => p.code === d.procedure.nationCode)!.documents.map((x) => x.name);
      for (const f of d.dossierFormFile) expect(docs).toContain(f.procedureForm.name);
    }
    expect(new Set(seed.dossiers.map((d) => d.code)).size).toBe(seed.dossiers.length);
  });

  it('lists the 34 provinces with HCMC wards', () => {
    expect(seed.provinces).toHaveLength(34);
    const hcmc = seed.provinces.find((p) => p.name === 'Thành phố Hồ Chí Minh')!;
    expect(hcmc.wards.length).toBeGreaterThanOrEqual(20);
    expect(hcmc.wards).toContain('Phường Thủ Đức');
    expect(seed.provinces.every((p) => p.wards.length > 0)).toBe(true);
  });
});

describe('identity numbers', () => {
  const bad = new Set(seed.scenarios['bad-id']);
  it('agree with birth date and gender, except in the bad-id scenarios', () => {
    for (const d of seed.dossiers) {
      const a = d.applicant.data;
      expect(idConsistent(a.identityNumber, a.birthday, a.gender), `${d.id} ${a.identityNumber}`).toBe(!bad.has(d.id));
      const owner = d.eForm.data.owner;
      if (owner) expect(idConsistent(owner.docNumber, owner.birthDate, owner.gender)).toBe(!bad.has(d.id));
    }
  });

  it('each bad-id scenario breaks the rule it names', () => {
    expect(scenario('bad-id-length')[0]!.applicant.data.identityNumber).toHaveLength(11);
    expect(PREFIXES.has(scenario('bad-id-prefix')[0]!.applicant.data.identityNumber.slice(0, 3))).toBe(false);
    const century = scenario('bad-id-century')[0]!.applicant.data;
    expect([century.identityNumber[3], century.birthday.slice(6)]).toEqual(['2', '1985']);
    const gender = scenario('bad-id-gender')[0]!.applicant.data;
    expect([gender.identityNumber[3], gender.gender]).toEqual(['0', 'Nữ']);
    const year = scenario('bad-id-year')[0]!.applicant.data;
    expect(year.identityNumber.slice(4, 6)).not.toBe(year.birthday.slice(8, 10));
  });
});

describe('scenarios', () => {
  const AT_LEAST_TWO = ['clean', 'wrong-field', 'missing-document', 'missing-paper-form', 'missing-eform', 'conditional-missing',
    'not-required-document', 'bad-id', 'invalid-value', 'bad-date', 'bad-phone', 'bad-email', 'unknown-procedure', 'business-name',
    'main-line', 'duplicate', 'duplicate-original', 'late-overdue', 'late-near', 'outside-jurisdiction', 'other-ward-non-geographic',
    'clean-hkd-registration', 'hkd-change', 'accepted'];
  const ONE = ['hkd-suspension', 'hkd-termination', 'hkd-reissue', 'hkd-name-company', 'hkd-name-no-prefix', 'hkd-name-duplicate',
    'hkd-name-same-other-ward', 'main-line-none', 'main-line-two', 'main-line-no-code', 'authorized-with-letter', 'rejected', 'supplement-requested'];

  it('are all present', () => {
    for (const name of AT_LEAST_TWO) expect(seed.scenarios[name]?.length ?? 0, name).toBeGreaterThanOrEqual(2);
    for (const name of ONE) expect(seed.scenarios[name]?.length ?? 0, name).toBeGreaterThanOrEqual(1);
  });

  it('model the channel-aware missing forms', () => {
    const fileOf = (d: SeedDossier, prefix: string) => d.dossierFormFile.find((f) => f.procedureForm.name.startsWith(prefix))!.file;
    for (const d of scenario('missing-paper-form')) {
      expect(d.applyMethod.name).toBe('Trực tiếp');
      expect(fileOf(d, 'Tờ khai')).toEqual([]);
    }
    for (const d of scenario('missing-eform')) {
      expect(d.applyMethod.name).toBe('Trực tuyến');
      expect(fileOf(d, 'Mẫu')).toEqual([]);
      expect(fileOf(d, 'Tờ khai')).toEqual([]); // the paper form is not needed online either
    }
  });

  it('keep clean online dossiers fresh and late ones waiting', () => {
    const hours = (d: SeedDossier) => (NOW.getTime() - Date.parse(d.appliedDate)) / 3.6e6;
    const cleanOnline = scenario('clean').filter((d) => d.applyMethod.id === 0 && d.dossierStatus.id === 0);
    expect(cleanOnline.length).toBeGreaterThanOrEqual(3);
    for (const d of cleanOnline) expect(hours(d)).toBeLessThan(4);
    for (const d of scenario('late')) {
      expect([d.applyMethod.name, d.dossierStatus.id, d.acceptedDate]).toEqual(['Trực tuyến', 0, null]);
      expect(hours(d)).toBeGreaterThanOrEqual(19);
    }
  });

  it('pair duplicates and link change dossiers to registered households', () => {
    const originals = scenario('duplicate-original');
    scenario('duplicate').forEach((d, i) => {
      expect(d.applicant.data.identityNumber).toBe(originals[i]!.applicant.data.identityNumber);
      expect(d.procedure.code).toBe(originals[i]!.procedure.code);
    });
    const codes = seed.registeredHouseholds.map((h) => h.code);
    for (const name of ['hkd-change', 'hkd-suspension', 'hkd-termination', 'hkd-reissue']) {
      for (const d of scenario(name)) expect(codes).toContain(d.eForm.data.household.code);
    }
    const dup = scenario('hkd-name-duplicate')[0]!.eForm.data;
    expect(seed.registeredHouseholds.some((h) => h.name.toLowerCase() === dup.businessName.toLowerCase() && h.ward === dup.seatAddress.ward)).toBe(true);
  });

  it('break the household-business rules they name', () => {
    const mains = (name: string) => scenario(name)[0]!.eForm.data.businessLines.filter((l: { main: boolean }) => l.main);
    expect(mains('main-line-none')).toHaveLength(0);
    expect(mains('main-line-two')).toHaveLength(2);
    expect(mains('main-line-no-code')[0].code).toBe('');
    for (const d of scenario('clean-hkd-registration')) {
      expect(d.eForm.data.businessName).toMatch(/^HỘ KINH DOANH /);
      expect(d.eForm.data.businessLines.filter((l: { main: boolean; code: string }) => l.main && /^\d{4}$/.test(l.code))).toHaveLength(1);
    }
    for (const d of scenario('not-required-document')) {
      expect(d.dossierFormFile.find((f) => f.procedureForm.name.startsWith('Bản sao giấy tờ pháp lý'))!.file).toHaveLength(1);
    }
    for (const d of scenario('outside-jurisdiction')) expect(d.applicant.data.ward).not.toBe('Phường Thủ Đức');
  });
});
