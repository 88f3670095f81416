/**
 * Auto-fill messages between the content scripts and the background (all types start with
 * `autofill_`). Validated with zod on receipt; the background answers undefined for others.
 */
import { z } from 'zod';
import { HkdResultSchema } from '@/utils/sites/snapshot';
import { CaptureSourceSchema } from './source';
import { FillStateSchema } from './types';

const code = z.string().min(1);

export const AutofillMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('autofill_capture'), source: CaptureSourceSchema, account: z.string().optional() }),
  z.object({ type: z.literal('autofill_list') }),
  z.object({ type: z.literal('autofill_get'), dossierCode: code }),
  z.object({ type: z.literal('autofill_plan'), dossierCode: code, officerIsSubmitter: z.boolean().default(false) }),
  z.object({ type: z.literal('autofill_start'), dossierCode: code, officerIsSubmitter: z.boolean().default(false), account: z.string().optional() }),
  z.object({ type: z.literal('autofill_state_get') }),
  z.object({ type: z.literal('autofill_state_put'), state: FillStateSchema }),
  z.object({ type: z.literal('autofill_stop') }),
  z.object({ type: z.literal('autofill_resume') }),
  z.object({ type: z.literal('autofill_result'), dossierCode: code, result: HkdResultSchema, account: z.string().optional() }),
  z.object({ type: z.literal('autofill_result_done'), dossierCode: code, account: z.string().optional() }),
  z.object({ type: z.literal('autofill_erase'), dossierCode: code, account: z.string().optional() }),
]);
export type AutofillMessage = z.infer<typeof AutofillMessageSchema>;

export function isAutofillMessage(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('autofill_');
}
