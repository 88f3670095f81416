/**
 * System A dossier detail → ProcessingDetailSnapshot, from the page's own dossier JSON, from the
 * rendered page, or both (JSON first per value, the page for what JSON lacks). The account is
 * read separately (readAccount) and passed in, so both paths give the same snapshot.
 * Not zod-validated here (keeps zod out of the content script): the background validates every
 * message, and read-detail.schema.test.ts checks the readers' output against the schema.
 */
import { foldKey, sameName } from '@/utils/vn/text';
import type { HouseholdBusinessRecord } from '@/utils/hkd/record';
import { setPath } from '@/utils/sites/labels/read-household-form';
import { resolveValues, type ReadContext } from '@/utils/sites/resolve';
import type { SiteProfile } from '@/utils/sites/profile-schema';
import type { Account, ProcessingDetailSnapshot, DossierData } from '@/utils/sites/snapshot';
import { MOTCUA_PROFILE } from './profile';
import { DETAIL_SPECS } from './detail-specs';
import { hkdProcedureKind } from './eform-record';
import { findReceiveButtons } from './receive-button';

export interface DetailOptions {
  account?: Account;
  profile?: SiteProfile;
}

/** Dossier id from iGate's routes /vi/dossier/{processing|search}/{id}. */
export function dossierIdFromUrl(url: string): string | undefined {
  const path = new URL(url, 'https://host.invalid').pathname;
  return /\/dossier\/(?:processing|search|detail)\/([^/?#]+)/.exec(path)?.[1];
}

/**
 * Pages often show the applicant's address on one line ("12 Lê Lợi, Phường X, Thành phố Y")
 * while iGate's JSON keeps the street part alone: drop a trailing ward/province that were read
 * separately, so both paths give the same street.
 */
export function streetOnly(street: string, ward?: string, province?: string): string {
  let parts = street.split(',').map((p) => p.trim());
  for (const tail of [province, ward]) {
    if (tail && parts.length > 1 && foldKey(parts[parts.length - 1]!) === foldKey(tail)) parts = parts.slice(0, -1);
  }
  return parts.join(', ');
}

/** The record's procedure kind and submitter follow from the dossier itself, the same on both paths. */
function completeHousehold(record: HouseholdBusinessRecord, d: DossierData): HouseholdBusinessRecord {
  const a = d.applicant;
  const isOwner =
    (a.idNumber && record.owner.docNumber ? a.idNumber === record.owner.docNumber : false) ||
    (a.fullName && record.owner.fullName ? sameName(a.fullName, record.owner.fullName) : false);
  return {
    ...record,
    procedure: hkdProcedureKind(d.procedureCode) ?? record.procedure,
    submitter: { kind: isOwner ? 'owner' : 'authorised', fullName: a.fullName, docNumber: a.idNumber, phone: a.phone, email: a.email },
  };
}

function build(ctx: ReadContext, url: string, opts: DetailOptions, receive: boolean): ProcessingDetailSnapshot {
  const r = resolveValues(opts.profile ?? MOTCUA_PROFILE, DETAIL_SPECS, ctx);
  const draft: Record<string, unknown> = { applicant: { address: {} } };
  for (const [path, v] of Object.entries(r.values)) setPath(draft, path.replace(/^dossier\./, ''), v);
  const jsonId = ctx.json && typeof ctx.json === 'object' ? (ctx.json as { id?: unknown }).id : undefined;
  draft.id = dossierIdFromUrl(url) ?? (typeof jsonId === 'string' ? jsonId : undefined);
  draft.receiveButtonPresent = receive;
  const dossier = draft as unknown as DossierData;
  const addr = dossier.applicant.address;
  if (addr.street) addr.street = streetOnly(addr.street, addr.ward, addr.province) || undefined;
  // iGate's JSON repeats the applicant as owner when they submit for themselves; pages say nothing.
  const a = dossier.applicant;
  if (a.onBehalfOf && a.fullName && sameName(a.onBehalfOf, a.fullName)) delete a.onBehalfOf;
  if (dossier.householdBusiness) dossier.householdBusiness = completeHousehold(dossier.householdBusiness, dossier);
  return {
    system: 'processing', pageKind: 'dossier-detail', url, account: { ...opts.account },
    dossier, evidence: r.evidence, unreadable: r.unreadable,
  };
}

/** From iGate's dossier JSON (GET /pa/dossier/{id}/--online). `doc` only tells whether the receive button is shown. */
export function readDetailFromJson(dossierJson: unknown, url: string, opts: DetailOptions & { doc?: ParentNode } = {}): ProcessingDetailSnapshot {
  return build({ json: dossierJson }, url, opts, opts.doc ? findReceiveButtons(opts.doc).length > 0 : false);
}

/** From the rendered page only (labels; no selectors on dossier data). */
export function readDetailFromDom(doc: ParentNode, url: string, opts: DetailOptions = {}): ProcessingDetailSnapshot {
  return build({ doc }, url, opts, findReceiveButtons(doc).length > 0);
}

const CODE_SPECS = { 'dossier.code': DETAIL_SPECS['dossier.code']! };

/**
 * The dossier code the page shows, or undefined: the cheap "has the dossier rendered yet?"
 * probe run on page changes while loading (one value, no snapshot, no validation).
 */
export function readDossierCodeFromDom(doc: ParentNode, profile: SiteProfile = MOTCUA_PROFILE): string | undefined {
  const code = resolveValues(profile, CODE_SPECS, { doc }).values['dossier.code'];
  return typeof code === 'string' ? code : undefined;
}

/** Both: per value the profile's order decides (JSON sources come first in the built-in profile). */
export function readDetail(doc: ParentNode, url: string, opts: DetailOptions & { json?: unknown } = {}): ProcessingDetailSnapshot {
  return build({ doc, json: opts.json }, url, opts, findReceiveButtons(doc).length > 0);
}
