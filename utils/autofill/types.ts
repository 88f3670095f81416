/**
 * Fill plans and fill state: zod schemas, because both cross the message boundary and live in
 * storage.session between page loads (every HkdOnline postback reloads the content script).
 */
import { z } from 'zod';
import { StepIdSchema, HkdResultSchema } from '@/utils/sites/snapshot';

/** How a written value is compared with what the page shows after it settles. */
export const EquivSchema = z.enum(['exact', 'digits', 'upper']);

const base = { name: z.string(), label: z.string(), section: z.string().optional() };

export const FieldOpSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), ...base, value: z.string(), equiv: EquivSchema.default('exact') }),
  /** `value` is the wanted option's text (or its value); matched by normalised name. */
  z.object({ kind: z.literal('select'), ...base, value: z.string(), postback: z.boolean().default(false) }),
  z.object({ kind: z.literal('radio'), ...base, value: z.string(), display: z.string() }),
  z.object({ kind: z.literal('checkboxes'), ...base, values: z.array(z.string()), postback: z.boolean().default(false) }),
]);
export type FieldOp = z.infer<typeof FieldOpSchema>;

export const LineRowSchema = z.object({ name: z.string(), code: z.string().default(''), main: z.boolean() });
export type LineRow = z.infer<typeof LineRowSchema>;

export const LocationRowSchema = z.object({
  name: z.string(), province: z.string(), ward: z.string(), street: z.string(), startDate: z.string().default(''),
});
export type LocationRow = z.infer<typeof LocationRowSchema>;

export const PlanStepSchema = z.object({
  /** Unique within the plan: the wizard step or `block:<KEY>`. */
  id: z.string(),
  page: StepIdSchema,
  title: z.string(),
  /** Data blocks: the side-menu text used to move to this block. */
  menu: z.string().optional(),
  fields: z.array(FieldOpSchema),
  lines: z.array(LineRowSchema).optional(),
  locations: z.array(LocationRowSchema).optional(),
  /** Submitter block: press "Sao chép thông tin đăng ký tài khoản" first. */
  copyAccount: z.boolean().optional(),
  /** Wizard steps: the button that finishes the step; data blocks are saved instead. */
  nextButton: z.string().optional(),
  /** Search step: press this before the next button, until the household is found. */
  searchButton: z.string().optional(),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const PlanSchema = z.object({
  dossierCode: z.string(),
  procedure: z.enum(['register', 'change', 'suspend', 'terminate', 'reissue']),
  registrationType: z.string(),
  typeTitle: z.string(),
  steps: z.array(PlanStepSchema).min(1),
  /** Values the plan could not place (e.g. a change it does not understand): shown, never guessed. */
  notes: z.array(z.string()).default([]),
});
export type Plan = z.infer<typeof PlanSchema>;

export const FillStatusSchema = z.enum(['running', 'paused', 'done', 'stopped', 'error']);
export type FillStatus = z.infer<typeof FillStatusSchema>;

export const StepTimingSchema = z.object({
  id: z.string(), startedAt: z.number(), endedAt: z.number().optional(),
  loads: z.number().int().default(0), serverMs: z.number().default(0),
});

export const MetricsSchema = z.object({
  startedAt: z.number(),
  endedAt: z.number().optional(),
  /** Characters the fill typed (what the officer would have typed). */
  chars: z.number().int().default(0),
  /** Controls set (selects, radios, checkboxes, text boxes). */
  controls: z.number().int().default(0),
  /** Clicks replaced: buttons, links, postbacks. */
  clicks: z.number().int().default(0),
  /** Time the server spent answering the pages of this fill (navigation timing). */
  serverMs: z.number().default(0),
  loads: z.number().int().default(0),
  errorsRecovered: z.number().int().default(0),
  expiries: z.number().int().default(0),
  steps: z.array(StepTimingSchema).default([]),
});
export type Metrics = z.infer<typeof MetricsSchema>;

export const FillStateSchema = z.object({
  dossierCode: z.string(),
  plan: PlanSchema,
  index: z.number().int().nonnegative(),
  /** 'saving' once Save was pressed on the current block and its answer not yet seen. */
  phase: z.enum(['enter', 'saving']).default('enter'),
  status: FillStatusSchema,
  pauseReason: z.enum(['login']).optional(),
  /** i18n key and substitutions of the last message shown to the officer. */
  message: z.object({ key: z.string(), args: z.array(z.string()).default([]) }).optional(),
  /** Navigation attempts made for the current step (guards against loops). */
  attempts: z.number().int().default(0),
  /** Saves pressed per step id: the audit of "no block saved twice". */
  saves: z.record(z.string(), z.number().int()).default({}),
  account: z.string().optional(),
  metrics: MetricsSchema,
  result: HkdResultSchema.optional(),
});
export type FillState = z.infer<typeof FillStateSchema>;
