/**
 * How each value of a System A dossier is validated and normalised, whichever source it came
 * from. The same parse runs on JSON and on page text: that is what makes the two paths agree.
 * No zod here (content-script bundle): the background validates the snapshot it receives.
 */
import * as V from '@/utils/sites/values';
import type { ValueSpec } from '@/utils/sites/resolve';
import type { DossierComponent } from '@/utils/sites/snapshot';
import { readComponents } from '@/utils/sites/labels/read-components';
import { readHouseholdFormDetailed } from '@/utils/sites/labels/read-household-form';
import type { HouseholdBusinessRecord } from '@/utils/hkd/record';
import { recordFromEform } from './eform-record';

/** A named thing in JSON ({name}, {label}, {title}) or a plain string. */
const named = (raw: unknown): string | undefined => {
  if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    return V.text(o.name ?? o.label ?? o.title ?? o.fullname);
  }
  return V.text(raw);
};

/** iGate dossierFormFile[] (or already-read components) → components. */
export function componentsOf(raw: unknown): DossierComponent[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: DossierComponent[] = [];
  for (const item of raw as Record<string, unknown>[]) {
    if (!item || typeof item !== 'object') return undefined;
    const form = item.procedureForm as Record<string, unknown> | undefined;
    const name = V.text(form?.name ?? item.formName ?? item.name);
    if (!name) continue;
    const files = Array.isArray(item.file) ? item.file : Array.isArray(item.files) ? item.files : [];
    const names = files.map((f: unknown) => (typeof f === 'string' ? V.text(f) : V.text((f as Record<string, unknown>)?.filename ?? (f as Record<string, unknown>)?.name)));
    out.push({ name, files: names.filter((n): n is string => Boolean(n)) });
  }
  return out;
}

/** Records the form reader built (already canonical); anything else is an e-form payload to map. */
const readFromForm = new WeakSet<HouseholdBusinessRecord>();

function householdOf(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && readFromForm.has(raw as HouseholdBusinessRecord)) return raw;
  return recordFromEform(raw)?.record;
}

export const DETAIL_SPECS: Record<string, ValueSpec> = {
  'dossier.code': { parse: V.text },
  'dossier.procedureCode': { parse: V.procedureCode },
  'dossier.procedureName': { parse: named },
  'dossier.field': { parse: named },
  'dossier.channel': { parse: V.channelOf },
  'dossier.submittedAt': { parse: V.instant },
  'dossier.status': { parse: named },
  'dossier.applicant.fullName': { parse: V.text },
  'dossier.applicant.onBehalfOf': { parse: V.text },
  'dossier.applicant.idNumber': { parse: V.docNumber },
  'dossier.applicant.birthDate': { parse: V.dateAsShown },
  'dossier.applicant.gender': { parse: V.gender },
  'dossier.applicant.address.street': { parse: V.text },
  'dossier.applicant.address.ward': { parse: named },
  'dossier.applicant.address.province': { parse: named },
  'dossier.applicant.phone': { parse: V.text },
  'dossier.applicant.email': { parse: V.text },
  'dossier.components': { parse: componentsOf, fromLabel: (index, s) => readComponents(index, s.label) ?? undefined },
  'dossier.householdBusiness': {
    parse: householdOf,
    fromLabel: (index) => {
      const read = readHouseholdFormDetailed(index);
      if (!Object.keys(read.evidence).length) return undefined;
      readFromForm.add(read.record);
      return read.record;
    },
  },
};

export const ACCOUNT_SPECS: Record<string, ValueSpec> = {
  'account.username': { parse: (raw) => { const t = V.text(raw); return t && !/\s/.test(t) ? t : undefined; } },
  'account.fullName': { parse: V.text },
};
