/**
 * The canonical household-business record (hộ kinh doanh): what Mẫu số 01, Phụ lục II,
 * Thông tư 68/2025/TT-BTC carries (RESEARCH-NOTES §2.2). Both the System A reader (e-form JSON
 * or the rendered form) and the HkdOnline fill plan speak this shape, so neither side knows
 * the other's field names. Leaves are optional: a captured dossier may have gaps, and the
 * capture preview flags them instead of inventing values.
 */
import { z } from 'zod';

/** Two-level address after the July 2025 reform (no district line). */
export const HkdAddressSchema = z.object({
  province: z.string().optional(),
  ward: z.string().optional(),
  street: z.string().optional(),
});
export type HkdAddress = z.infer<typeof HkdAddressSchema>;

export const GenderSchema = z.enum(['male', 'female']);

export const HkdOwnerSchema = z.object({
  fullName: z.string().optional(),
  /** dd/MM/yyyy as written on the form. */
  birthDate: z.string().optional(),
  gender: GenderSchema.optional(),
  ethnicity: z.string().optional(),
  nationality: z.string().optional(),
  /** "Mã số thuế cá nhân (nếu có)". */
  taxCode: z.string().optional(),
  docType: z.string().optional(),
  docNumber: z.string().optional(),
  docDate: z.string().optional(),
  docPlace: z.string().optional(),
  permanentAddress: HkdAddressSchema.default({}),
  contactAddress: HkdAddressSchema.default({}),
  phone: z.string().optional(),
  email: z.string().optional(),
});
export type HkdOwner = z.infer<typeof HkdOwnerSchema>;

export const BusinessLineSchema = z.object({
  name: z.string(),
  /** VSIC code; level 4 (4 digits) is required for the main line only. */
  code: z.string().optional(),
  main: z.boolean(),
});
export type BusinessLine = z.infer<typeof BusinessLineSchema>;

export const BusinessLocationSchema = z.object({
  name: z.string(),
  address: HkdAddressSchema.default({}),
  startDate: z.string().optional(),
});

export const TaxNoticeAddressSchema = HkdAddressSchema.extend({
  phone: z.string().optional(),
  email: z.string().optional(),
});

export const HkdBusinessSchema = z.object({
  name: z.string().optional(),
  seat: HkdAddressSchema.default({}),
  phone: z.string().optional(),
  email: z.string().optional(),
  fax: z.string().optional(),
  website: z.string().optional(),
  lines: z.array(BusinessLineSchema).default([]),
  /** Whole VND. */
  capital: z.number().int().nonnegative().optional(),
  employees: z.number().int().nonnegative().optional(),
  /** dd/MM/yyyy; absent when activity starts on the certificate date. */
  startDate: z.string().optional(),
  /** Only when different from the seat (Mẫu 01 item 5.1). */
  taxNoticeAddress: TaxNoticeAddressSchema.optional(),
  /** Only when different from the seat (Mẫu 01 item 5.4). */
  locations: z.array(BusinessLocationSchema).default([]),
});
export type HkdBusiness = z.infer<typeof HkdBusinessSchema>;

export const HkdMemberSchema = z.object({
  fullName: z.string(),
  birthDate: z.string().optional(),
  gender: GenderSchema.optional(),
  nationality: z.string().optional(),
  ethnicity: z.string().optional(),
  permanentAddress: z.string().optional(),
  contactAddress: z.string().optional(),
  /** "Số, ngày cấp, cơ quan cấp" as one text, the way the form's table asks for it. */
  docInfo: z.string().optional(),
});
export type HkdMember = z.infer<typeof HkdMemberSchema>;

export const SubmitterSchema = z.object({
  kind: z.enum(['owner', 'authorised']),
  fullName: z.string().optional(),
  docNumber: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
});
export type Submitter = z.infer<typeof SubmitterSchema>;

export const HkdProcedureKindSchema = z.enum(['register', 'change', 'suspend', 'terminate', 'reissue']);
export type HkdProcedureKind = z.infer<typeof HkdProcedureKindSchema>;

export const HouseholdBusinessRecordSchema = z.object({
  procedure: HkdProcedureKindSchema.default('register'),
  owner: HkdOwnerSchema.default({ permanentAddress: {}, contactAddress: {} }),
  business: HkdBusinessSchema.default({ seat: {}, lines: [], locations: [] }),
  foundingSubject: z.enum(['individual', 'household']).optional(),
  members: z.array(HkdMemberSchema).default([]),
  submitter: SubmitterSchema.default({ kind: 'owner' }),
  /** For change / suspend / terminate / reissue: the registration being acted on. */
  existing: z
    .object({
      householdCode: z.string().optional(),
      taxCode: z.string().optional(),
      certificateNumber: z.string().optional(),
    })
    .optional(),
});
export type HouseholdBusinessRecord = z.infer<typeof HouseholdBusinessRecordSchema>;

// Plain helpers live in record-helpers.ts so content scripts can use them without zod.
export { emptyHouseholdRecord, mainLines, withRecordDefaults } from './record-helpers';
