// Deterministic synthetic warnings for tests and the benchmark (100,000 rows): realistic shapes
// (rule facts, evidence, overrides, reviews, identity numbers inside keys) from one seeded stream.
// Not used by the extension at run time.
import type { Severity, WarningRecord, WarningStatus } from '@/utils/db/types';

const RULES: [string, Severity][] = [
  ['routing/field-not-assigned', 'error'],
  ['routing/account-not-configured', 'warning'],
  ['routing/outside-jurisdiction', 'warning'],
  ['catalog/unknown-procedure', 'warning'],
  ['completeness/missing-document', 'error'],
  ['completeness/not-required-document', 'review'],
  ['data/invalid-id-number', 'error'],
  ['data/invalid-value', 'warning'],
  ['hkd/business-name', 'error'],
  ['hkd/main-business-line', 'error'],
  ['dossier/duplicate', 'warning'],
  ['dossier/late-reception', 'warning'],
  ['adapter/unreadable', 'review'],
];
const PROCEDURES: [string, string, string][] = [
  ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch'],
  ['1.000894', 'Đăng ký kết hôn', 'Hộ tịch'],
  ['2.000908', 'Chứng thực bản sao từ bản chính', 'Chứng thực'],
  ['2.000815', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực'],
  ['1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Hộ kinh doanh'],
  ['2.000720', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Hộ kinh doanh'],
  ['1.003005', 'Xác nhận tình trạng hôn nhân', 'Hộ tịch'],
  ['1.002335', 'Đăng ký biến động đất đai', 'Đất đai'],
];
const ACCOUNTS = ['hotich01', 'chungthuc01', 'hkd01', 'dat01', 'tonghop01', 'moi01'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Võ Minh Đức'];
const DAY = 86_400_000;

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function factsFor(ruleId: string, pick: <T>(xs: readonly T[]) => T, n: number, proc: [string, string, string], account: string) {
  const idNumber = `079${String(200000000 + (n % 99999999)).padStart(9, '0')}`;
  switch (ruleId) {
    case 'routing/field-not-assigned':
      return { key: 'rule_fieldNotAssigned', discriminator: proc[2], facts: { field: proc[2], account, assignedFields: ['Chứng thực'] }, args: [proc[2], account, 'Chứng thực'] };
    case 'completeness/missing-document':
      return { key: 'rule_missingDocument', discriminator: 'tp1', facts: { component: 'tp1', name: 'Tờ khai đăng ký', channel: 'online' }, args: ['Tờ khai đăng ký'] };
    case 'data/invalid-id-number':
      return { key: 'rule_idNumber_birthYear', discriminator: `${idNumber}:birth-year`, facts: { role: 'applicant', idNumber, problem: 'birth-year', birthDate: '12/03/1990' }, args: ['@rule_label_applicant', idNumber, '90', '1991'] };
    case 'hkd/business-name': {
      const name = `Hộ kinh doanh ${pick(NAMES)}`;
      return { key: 'rule_hkdName_duplicate', discriminator: 'duplicate', facts: { name, existing: [name] }, args: [name] };
    }
    case 'dossier/late-reception':
      return { key: 'rule_synthetic', discriminator: n % 3 ? 'soon' : 'late', facts: { waitedWorkingDays: n % 3 ? 0.8 : 1.4 }, args: [] };
    default:
      return { key: 'rule_synthetic', discriminator: 'x', facts: { note: 'synthetic' }, args: [] };
  }
}

/** `n` warnings, newest first when sorted by lastSeenAt; same `seed` and `now` → same records. */
export function makeWarnings(n: number, { seed = 42, now = Date.UTC(2026, 0, 15, 3) } = {}): WarningRecord[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const out: WarningRecord[] = [];
  for (let i = 0; i < n; i++) {
    const [ruleId, severity] = pick(RULES);
    const proc = pick(PROCEDURES);
    const account = pick(ACCOUNTS);
    const firstSeenAt = now - Math.floor(random() * 60 * DAY);
    const lastSeenAt = Math.min(now, firstSeenAt + Math.floor(random() * 2 * DAY));
    const dossierCode = `000.00.12.H29-${new Date(firstSeenAt).toISOString().slice(2, 10).replace(/-/g, '')}-${String(i).padStart(6, '0')}`;
    const { key, discriminator, facts, args } = factsFor(ruleId, pick, i, proc, account);
    const roll = random();
    const status: WarningStatus = severity === 'error' && roll < 0.3 ? 'overridden' : roll < 0.5 ? 'resolved' : roll < 0.55 ? 'acknowledged' : 'open';
    const record: WarningRecord = {
      id: `${dossierCode}|${ruleId}|${discriminator}`,
      dossierCode,
      ruleId,
      severity,
      status,
      account,
      unit: 'Phường Thủ Đức',
      procedureCode: proc[0],
      procedureName: proc[1],
      field: proc[2],
      messageKey: key,
      messageArgs: args,
      facts,
      evidence: { 'dossier.field': { source: 'json', detail: 'procedure.sector.name' } },
      firstSeenAt,
      lastSeenAt,
      history: [{ at: firstSeenAt, event: 'opened', account }],
    };
    if (status === 'overridden') {
      record.override = { reason: 'Công dân bổ sung bản giấy tại quầy', at: lastSeenAt, account };
      record.history.push({ at: lastSeenAt, event: 'overridden', account, note: record.override.reason });
    }
    if (status === 'resolved') {
      record.resolvedAt = lastSeenAt;
      record.history.push({ at: lastSeenAt, event: 'resolved' });
    }
    out.push(record);
  }
  return out;
}
