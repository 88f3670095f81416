/**
 * The household-business e-form (Mẫu 01) as rendered on a page → the canonical record.
 * Scalar values by label (section-aware), business lines / members / locations by table
 * headers. Nothing is inferred: a value not shown stays absent.
 */
import { foldKey } from '@/utils/vn/text';
import type { HouseholdBusinessRecord, HkdAddress } from '@/utils/hkd/record';
import { withRecordDefaults, type DraftRecord } from '@/utils/hkd/record-helpers';
import * as V from '@/utils/sites/values';
import { createLabelIndex, isLabelIndex, type LabelIndex } from './label-index';
import { findByLabel } from './find-by-label';
import { isTicked, textOf } from './dom-text';
import { findTables } from './tables';
import { sectionChain, sectionRank } from './sections';
import { labelKey } from './normalize';
import {
  FOUNDING_SUBJECT,
  HOUSEHOLD_FORM_FIELDS,
  LINE_COLUMNS,
  LOCATION_COLUMNS,
  MEMBER_COLUMNS,
  type FieldKind,
} from './household-form-labels';

export interface HouseholdFormRead {
  record: HouseholdBusinessRecord;
  /** Record path → how it was found. */
  evidence: Record<string, string>;
}

const PARSE: Record<FieldKind, (raw: string) => unknown> = {
  text: V.text,
  date: V.dateAsShown,
  gender: V.gender,
  doc: V.docNumber,
  money: V.money,
  int: V.integer,
};

export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    if (typeof cur[p] !== 'object' || cur[p] === null) cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** "12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh" → parts, when it has three or more. */
export function splitAddress(s: string): HkdAddress {
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3) return { street: s.trim() || undefined };
  return { province: parts.at(-1), ward: parts.at(-2), street: parts.slice(0, -2).join(', ') };
}

function readLines(root: ParentNode): HouseholdBusinessRecord['business']['lines'] {
  const [table] = findTables(root, LINE_COLUMNS, ['name', 'code']);
  if (!table) return [];
  return table.rows
    .map((r) => ({
      name: textOf(r.cells.name!),
      code: r.cells.code ? textOf(r.cells.code).replace(/\s/g, '') || undefined : undefined,
      main: r.cells.main ? isTicked(r.cells.main) : false,
    }))
    .filter((l) => l.name);
}

function readMembers(root: ParentNode): HouseholdBusinessRecord['members'] {
  const tables = findTables(root, MEMBER_COLUMNS, ['fullName', 'birthDate']);
  const table = tables.find((t) => sectionRank(sectionChain(t.table), [labelKey('thành viên')]) >= 0);
  if (!table) return [];
  return table.rows.flatMap((r) => {
    const cell = (k: keyof typeof MEMBER_COLUMNS) => (r.cells[k] ? V.text(textOf(r.cells[k]!)) : undefined);
    const fullName = cell('fullName');
    if (!fullName) return [];
    const g = cell('gender');
    return [{
      fullName,
      birthDate: V.dateAsShown(cell('birthDate')),
      gender: g ? (V.gender(g) as 'male' | 'female' | undefined) : undefined,
      nationality: cell('nationality'),
      ethnicity: cell('ethnicity'),
      permanentAddress: cell('permanentAddress'),
      contactAddress: cell('contactAddress'),
      docInfo: cell('docInfo'),
    }];
  });
}

function readLocations(root: ParentNode): HouseholdBusinessRecord['business']['locations'] {
  const [table] = findTables(root, LOCATION_COLUMNS, ['name']);
  if (!table) return [];
  return table.rows.flatMap((r) => {
    const name = r.cells.name ? V.text(textOf(r.cells.name)) : undefined;
    if (!name) return [];
    const address = r.cells.address ? splitAddress(textOf(r.cells.address)) : {};
    return [{ name, address, startDate: r.cells.startDate ? V.dateAsShown(textOf(r.cells.startDate)) : undefined }];
  });
}

/** The ticked option's text in a radio/checkbox group following a label or heading. */
function tickedChoice(index: LabelIndex, labels: string[]): string | undefined {
  for (const l of labels) {
    for (const c of index.byKey.get(labelKey(l)) ?? []) {
      if (c.kind !== 'element') continue;
      let box: Element | null = (c.node as Element).parentElement;
      for (let i = 0; box && i < 2; i++, box = box.parentElement) {
        const ticked = box.querySelector('input[type=radio]:checked, input[type=checkbox]:checked') as HTMLInputElement | null;
        if (!ticked) continue;
        const label = ticked.id ? box.querySelector(`label[for="${ticked.id}"]`) : ticked.closest('label');
        return V.text(label ? textOf(label) : ticked.value);
      }
    }
  }
  return undefined;
}

function foundingSubject(index: LabelIndex): 'individual' | 'household' | undefined {
  const v = tickedChoice(index, FOUNDING_SUBJECT) ?? findByLabel(index, FOUNDING_SUBJECT)?.value;
  const k = foldKey(v ?? '');
  const household = k.includes('thanh vien') || k.includes('ho gia dinh');
  const individual = k.includes('ca nhan');
  return household === individual ? undefined : household ? 'household' : 'individual';
}

export function readHouseholdFormDetailed(root: ParentNode | LabelIndex): HouseholdFormRead {
  const index = isLabelIndex(root) ? root : createLabelIndex(root);
  const draft: Record<string, unknown> = {};
  const evidence: Record<string, string> = {};
  for (const f of HOUSEHOLD_FORM_FIELDS) {
    if (evidence[f.path]) continue;
    const parse = PARSE[f.kind];
    const found = findByLabel(index, f.labels, { section: f.section, accept: (v) => parse(v) !== undefined });
    if (!found) continue;
    setPath(draft, f.path, parse(found.value));
    evidence[f.path] = found.detail;
  }
  const page = index.root;
  const tables: [string, string, unknown[]][] = [
    ['business.lines', 'table Tên ngành | Mã ngành', readLines(page)],
    ['members', 'table Họ và tên | Ngày sinh (thành viên)', readMembers(page)],
    ['business.locations', 'table Tên địa điểm kinh doanh', readLocations(page)],
  ];
  for (const [path, how, rows] of tables) {
    if (!rows.length) continue;
    setPath(draft, path, rows);
    evidence[path] = how;
  }
  const subject = foundingSubject(index);
  if (subject) {
    draft.foundingSubject = subject;
    evidence.foundingSubject = `label ${FOUNDING_SUBJECT[0]}`;
  }
  return { record: withRecordDefaults(draft as DraftRecord), evidence };
}

export function readHouseholdForm(root: ParentNode | LabelIndex): HouseholdBusinessRecord {
  return readHouseholdFormDetailed(root).record;
}
