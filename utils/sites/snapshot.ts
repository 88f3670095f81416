/**
 * Snapshots: what a content script sends to the background after reading a host page.
 * zod-validated at both ends. Every value read carries evidence (which source produced it);
 * every value a check needs but could not be read is listed in `unreadable` with what was
 * tried — never a guess, never silently missing.
 */
import { z } from 'zod';
import { HouseholdBusinessRecordSchema } from '@/utils/hkd/record';

export const EvidenceSchema = z.object({
  source: z.enum(['json', 'selector', 'label', 'token', 'menu']),
  detail: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const UnreadableSchema = z.object({ value: z.string(), tried: z.array(z.string()) });
export type Unreadable = z.infer<typeof UnreadableSchema>;

export const AccountSchema = z.object({
  username: z.string().optional(),
  fullName: z.string().optional(),
});
export type Account = z.infer<typeof AccountSchema>;

export const ChannelSchema = z.enum(['online', 'in-person', 'post']);
export type Channel = z.infer<typeof ChannelSchema>;

export const AddressSchema = z.object({
  street: z.string().optional(),
  ward: z.string().optional(),
  province: z.string().optional(),
});

export const ApplicantSchema = z.object({
  fullName: z.string().optional(),
  idNumber: z.string().optional(),
  /** dd/MM/yyyy as shown (zero-padded when it parses; verbatim otherwise). */
  birthDate: z.string().optional(),
  gender: z.enum(['male', 'female']).optional(),
  /** The person the applicant submits for (iGate's ownerFullname), only when someone else. */
  onBehalfOf: z.string().optional(),
  address: AddressSchema,
  phone: z.string().optional(),
  email: z.string().optional(),
});
export type Applicant = z.infer<typeof ApplicantSchema>;

export const ComponentSchema = z.object({ name: z.string(), files: z.array(z.string()) });
export type DossierComponent = z.infer<typeof ComponentSchema>;

export const DossierSchema = z.object({
  id: z.string().optional(),
  code: z.string().optional(),
  procedureCode: z.string().optional(),
  procedureName: z.string().optional(),
  field: z.string().optional(),
  channel: ChannelSchema.optional(),
  /** ISO 8601 in Vietnamese time, minute precision: 2025-08-01T09:15:00+07:00. */
  submittedAt: z.string().optional(),
  status: z.string().optional(),
  applicant: ApplicantSchema,
  components: z.array(ComponentSchema).optional(),
  householdBusiness: HouseholdBusinessRecordSchema.optional(),
  receiveButtonPresent: z.boolean(),
});
export type DossierData = z.infer<typeof DossierSchema>;

export const ProcessingDetailSnapshotSchema = z.object({
  system: z.literal('processing'),
  pageKind: z.literal('dossier-detail'),
  url: z.string(),
  account: AccountSchema,
  dossier: DossierSchema,
  evidence: z.record(z.string(), EvidenceSchema),
  unreadable: z.array(UnreadableSchema),
});
export type ProcessingDetailSnapshot = z.infer<typeof ProcessingDetailSnapshotSchema>;

export const ListRowSchema = z.object({
  code: z.string(),
  procedureCode: z.string().optional(),
  procedureName: z.string().optional(),
  field: z.string().optional(),
  channel: ChannelSchema.optional(),
  submittedAt: z.string().optional(),
  status: z.string().optional(),
  /** 0-based index among the table's data rows, so the UI can flag the row. */
  rowIndex: z.number().int().nonnegative(),
});
export type ListRow = z.infer<typeof ListRowSchema>;

export const ProcessingListSnapshotSchema = z.object({
  system: z.literal('processing'),
  pageKind: z.literal('dossier-list'),
  url: z.string(),
  account: AccountSchema,
  rows: z.array(ListRowSchema),
  /** Columns the list needs but whose header was not found. */
  unreadable: z.array(UnreadableSchema),
});
export type ProcessingListSnapshot = z.infer<typeof ProcessingListSnapshotSchema>;

export const HKD_STEPS = [
  'type',
  'search',
  'amendment',
  'confirm',
  'address',
  'lines',
  'name',
  'owner',
  'capital',
  'tax',
  'submitter',
  'suspension',
  'termination',
  'reissue',
  'attachments',
] as const;
export const StepIdSchema = z.enum(HKD_STEPS);
export type StepId = z.infer<typeof StepIdSchema>;

export const HkdPageKindSchema = z.enum(['wizard-step', 'result', 'error', 'login', 'menu', 'overview', 'other']);
export type HkdPageKind = z.infer<typeof HkdPageKindSchema>;

export const HkdResultSchema = z.object({
  /** Mã số hộ kinh doanh (= tax code). */
  code: z.string(),
  certificateNumber: z.string(),
  /** dd/MM/yyyy */
  date: z.string(),
});
export type HkdResult = z.infer<typeof HkdResultSchema>;

export const HkdStepSnapshotSchema = z.object({
  system: z.literal('household-business'),
  pageKind: HkdPageKindSchema,
  url: z.string(),
  step: StepIdSchema.optional(),
  account: AccountSchema.optional(),
  /** Control name → value; a select also gives `<name>#text` (the selected option's text). */
  values: z.record(z.string(), z.string()),
  result: HkdResultSchema.optional(),
});
export type HkdStepSnapshot = z.infer<typeof HkdStepSnapshotSchema>;
