/**
 * What a capture holds: the canonical household-business record plus, for notices (change,
 * suspension, termination, re-issue), the notice's own content, which the Mẫu 01 record has no
 * place for. Encrypted at rest as one JSON document.
 */
import { z } from 'zod';
import { HouseholdBusinessRecordSchema } from '@/utils/hkd/record';

export const NoticeSchema = z.object({
  /** "Nội dung đăng ký thay đổi": item and the new value, as written. */
  changes: z.array(z.object({ item: z.string(), oldValue: z.string().optional(), newValue: z.string() })).default([]),
  suspension: z.object({ from: z.string().optional(), to: z.string().optional(), reason: z.string().optional() }).optional(),
  termination: z.object({ date: z.string().optional(), reason: z.string().optional() }).optional(),
  reissue: z.object({ reason: z.string().optional() }).optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const CaptureSourceSchema = z.object({
  dossierCode: z.string().min(1),
  procedureCode: z.string().optional(),
  record: HouseholdBusinessRecordSchema,
  notice: NoticeSchema.optional(),
});
export type CaptureSource = z.infer<typeof CaptureSourceSchema>;
