// Messages between the extension's contexts. Every message is validated with zod on receipt, and
// the background accepts messages only from this extension's own scripts (never from web pages:
// there is no externally_connectable, and sender.id is checked).
import { z } from 'zod';
import { ProcessingDetailSnapshotSchema, ProcessingListSnapshotSchema } from '@/utils/sites/snapshot';

export const FindingWireSchema = z.object({
  key: z.string(),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'review']),
  messageKey: z.string(),
  messageArgs: z.array(z.string()),
  facts: z.record(z.string(), z.unknown()),
  evidence: z.record(z.string(), z.object({ source: z.string(), detail: z.string() })),
  status: z.enum(['open', 'overridden', 'acknowledged', 'resolved']).optional(),
});
export type FindingWire = z.infer<typeof FindingWireSchema>;

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('check-detail'), snapshot: ProcessingDetailSnapshotSchema }),
  z.object({ type: z.literal('check-list'), snapshot: ProcessingListSnapshotSchema }),
  z.object({ type: z.literal('override'), dossierCode: z.string().min(1), reason: z.string().trim().min(10) }),
  z.object({ type: z.literal('tab-state') , tabId: z.number().int() }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const CheckDetailResponseSchema = z.object({ findings: z.array(FindingWireSchema), autofillEnabled: z.boolean().optional() });
export type CheckDetailResponse = z.infer<typeof CheckDetailResponseSchema>;

export const CheckListResponseSchema = z.object({
  rows: z.array(z.object({ rowIndex: z.number().int(), code: z.string(), findings: z.array(FindingWireSchema) })),
});
export type CheckListResponse = z.infer<typeof CheckListResponseSchema>;

export type ResponseFor<T extends Request['type']> = T extends 'check-detail'
  ? CheckDetailResponse
  : T extends 'check-list'
    ? CheckListResponse
    : { ok: true };

/** Wraps an answer so errors cross the boundary as data rather than as rejected promises. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };
