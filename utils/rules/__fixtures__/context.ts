/**
 * Realistic test data for the rules: a clean in-person birth registration (khai sinh) at
 * Phường Thủ Đức and a clean household-business registration, both producing no finding,
 * so each test changes one thing and sees one rule speak.
 */
import { createCatalogIndex } from '@/utils/catalog/catalog-index';
import { bundledCatalog } from '@/utils/catalog/bundled';
import type { ProcessingDetailSnapshot, DossierData, ListRow, ProcessingListSnapshot } from '@/utils/sites/snapshot';
import { HouseholdBusinessRecordSchema, type HouseholdBusinessRecord } from '@/utils/hkd/record';
import type { ListContext, RuleContext } from '../context';
import type { RulesConfig } from '../rules-config';

export const CATALOG = createCatalogIndex(bundledCatalog());

/** Tuesday 05/08/2025, 10:00 in Ho Chi Minh City. */
export const NOW = new Date('2025-08-05T10:00:00+07:00');

export const CONFIG: RulesConfig = {
  unit: { name: 'Phường Thủ Đức', province: 'Thành phố Hồ Chí Minh' },
  fieldAssignments: [
    { account: 'tn.hotich.thuduc', fields: ['Hộ tịch', 'chung-thuc'] },
    { account: 'Lê Thị Thu Hà', fields: ['Thành lập và hoạt động của hộ kinh doanh'] },
  ],
  nonGeographicProcedures: [],
  rules: {},
};

export function birthDossier(over: Partial<DossierData> = {}): DossierData {
  return {
    id: '6890a1f2c3',
    code: 'H29.123-250805-0001',
    procedureCode: '1.001193.000.00.00.H29',
    procedureName: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    channel: 'in-person',
    submittedAt: '2025-08-05T08:10:00+07:00',
    status: 'Đã tiếp nhận',
    applicant: {
      fullName: 'Nguyễn Thị Ngọc Lan',
      idNumber: '079190012345',
      birthDate: '12/03/1990',
      gender: 'female',
      address: { street: '25 Võ Văn Ngân, Khu phố 3', ward: 'Phường Thủ Đức', province: 'Thành phố Hồ Chí Minh' },
      phone: '0912 345 678',
      email: 'ngoclan.nguyen@gmail.com',
    },
    components: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', files: ['to-khai-khai-sinh.pdf'] },
      { name: 'Giấy chứng sinh', files: ['giay-chung-sinh.pdf'] },
    ],
    receiveButtonPresent: false,
    ...over,
  };
}

export function hkdRecord(over: (r: HouseholdBusinessRecord) => void = () => {}): HouseholdBusinessRecord {
  const r = HouseholdBusinessRecordSchema.parse({
    procedure: 'register',
    owner: {
      fullName: 'TRẦN VĂN HÙNG', birthDate: '15/07/1985', gender: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam',
      docType: 'Căn cước', docNumber: '079085001234', docDate: '20/04/2021', docPlace: 'Cục Cảnh sát QLHC về TTXH',
      permanentAddress: { province: 'Thành phố Hồ Chí Minh', ward: 'Phường Thủ Đức', street: '12 Đặng Văn Bi' },
      contactAddress: { province: 'Thành phố Hồ Chí Minh', ward: 'Phường Thủ Đức', street: '12 Đặng Văn Bi' },
      phone: '0903 456 789',
    },
    business: {
      name: 'HỘ KINH DOANH PHỞ HÙNG',
      seat: { province: 'Thành phố Hồ Chí Minh', ward: 'Phường Thủ Đức', street: '48 Lê Văn Việt' },
      lines: [
        { name: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', code: '5610', main: true },
        { name: 'Bán lẻ đồ uống', main: false },
      ],
      capital: 150_000_000,
      employees: 3,
    },
    submitter: { kind: 'owner' },
  });
  over(r);
  return r;
}

export function hkdDossier(over: Partial<DossierData> = {}, record = hkdRecord()): DossierData {
  return birthDossier({
    code: 'H29.123-250805-0002',
    procedureCode: '1.001612',
    procedureName: 'Đăng ký thành lập hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    applicant: {
      fullName: 'Trần Văn Hùng', idNumber: '079085001234', birthDate: '15/07/1985', gender: 'male',
      address: { street: '12 Đặng Văn Bi', ward: 'Phường Thủ Đức', province: 'Thành phố Hồ Chí Minh' }, phone: '0903456789',
    },
    components: [{ name: 'Giấy đề nghị đăng ký hộ kinh doanh', files: ['mau-01.pdf'] }],
    householdBusiness: record,
    ...over,
  });
}

export function snapshot(dossier: DossierData = birthDossier(), over: Partial<ProcessingDetailSnapshot> = {}): ProcessingDetailSnapshot {
  return {
    system: 'processing',
    pageKind: 'dossier-detail',
    url: 'https://motcua.tphcm.gov.vn/vi/dossier/processing/6890a1f2c3?procedure=1.001193',
    account: { username: 'tn.hotich.thuduc', fullName: 'Phạm Minh Khoa' },
    dossier,
    evidence: {
      'dossier.field': { source: 'json', detail: 'procedure.sector.name' },
      'dossier.procedureCode': { source: 'json', detail: 'procedure.code' },
      'account.username': { source: 'token', detail: 'preferred_username' },
    },
    unreadable: [],
    ...over,
  };
}

export function ctx(snap: ProcessingDetailSnapshot = snapshot(), over: Partial<RuleContext> = {}): RuleContext {
  return { snapshot: snap, config: CONFIG, catalog: CATALOG, history: [], now: NOW, ...over };
}

export function row(over: Partial<ListRow> = {}): ListRow {
  return { code: 'H29.123-250805-0100', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', field: 'Hộ tịch', channel: 'in-person', status: 'Đã tiếp nhận', rowIndex: 0, ...over };
}

export function listCtx(over: Partial<ProcessingListSnapshot> = {}, config: RulesConfig = CONFIG): ListContext {
  const snap: ProcessingListSnapshot = {
    system: 'processing',
    pageKind: 'dossier-list',
    url: 'https://motcua.tphcm.gov.vn/vi/dossier/online-reception',
    account: { username: 'tn.hotich.thuduc' },
    rows: [],
    unreadable: [],
    ...over,
  };
  return { snapshot: snap, config, catalog: CATALOG, now: NOW };
}

/** Ids of the findings, for compact assertions. */
export const ids = (fs: ReadonlyArray<{ ruleId: string }>) => fs.map((f) => f.ruleId);

/** The findings one rule gives through the whole engine (interplay and config included). */
export async function findingsOf(ruleId: string, c: RuleContext) {
  const { evaluate } = await import('../evaluate');
  return evaluate(c).filter((f) => f.ruleId === ruleId);
}
