/**
 * The procedure catalog as typed data (zod 4). One procedure = one administrative procedure (TTHC)
 * with its national code, local codes, former codes and its document components (thành phần hồ sơ).
 * Conditions are machine-readable (see conditions.ts); prose stays in `note` for people only.
 */
import { z } from 'zod';
import { conditionSchema } from './conditions';

/** National code X.NNNNNN (RESEARCH-NOTES §1.1). */
export const NATIONAL_CODE = /^\d\.\d{6}$/;
/** Local instance X.NNNNNN.000.00.00.Hnn, optionally with a service-variant suffix (.02). */
export const LOCAL_CODE = /^\d\.\d{6}\.\d{3}\.\d{2}\.\d{2}\.H\d{2}(?:\.\d{2})?$/;

export const channelSchema = z.enum(['in-person', 'post', 'online']);
export type Channel = z.infer<typeof channelSchema>;

/**
 * always          — every dossier must carry it;
 * paper-channels  — only when submitted in person or by post (the paper declaration);
 * online          — only when submitted online (the interactive e-form);
 * conditional     — when `condition` holds for the dossier;
 * optional        — never demanded (supporting papers "nếu có", papers only presented at the counter).
 */
export const requirementSchema = z.enum(['always', 'paper-channels', 'online', 'conditional', 'optional']);
export type Requirement = z.infer<typeof requirementSchema>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case slug');

export const componentSchema = z
  .object({
    id: slug,
    name: z.string().min(3),
    /** Other names systems use for the same paper (HkdOnline attachment types, portal rows). */
    aliases: z.array(z.string().min(3)).optional(),
    required: requirementSchema,
    condition: conditionSchema.optional(),
    /** Components sharing a group are alternatives (paper declaration vs e-form): one is needed. */
    alternativeGroup: slug.optional(),
    /** Identity papers shown at the counter, not uploaded (data exploited from CSDLQGVDC). */
    presentOnly: z.boolean().optional(),
    /** The law no longer requires it in the normal case (e.g. ID-card copy for HKD, NĐ 168/2025). */
    notRequiredByLaw: z.boolean().optional(),
    note: z.string().optional(),
  })
  .refine((c) => (c.required === 'conditional') === (c.condition !== undefined), {
    message: 'condition is required exactly when required = "conditional"',
    path: ['condition'],
  });
export type Component = z.infer<typeof componentSchema>;

export const aliasSchema = z.object({
  code: z.string().regex(NATIONAL_CODE),
  /** former = re-coded; portal-route = code a portal routes by; variant = combined (liên thông) variant. */
  kind: z.enum(['former', 'portal-route', 'variant']),
  note: z.string().optional(),
});

export const fieldSchema = z.object({ name: z.string().min(2), slug });

export const procedureSchema = z
  .object({
    code: z.string().regex(NATIONAL_CODE, 'mã TTHC phải có dạng X.NNNNNN'),
    localCodes: z.array(z.string().regex(LOCAL_CODE, 'mã địa phương phải có dạng X.NNNNNN.000.00.00.Hnn')).default([]),
    aliases: z.array(aliasSchema).default([]),
    name: z.string().min(3),
    /** Other official or system spellings of the name. */
    nameVariants: z.array(z.string().min(3)).default([]),
    field: fieldSchema,
    components: z.array(componentSchema).default([]),
    /** Working days from receipt of a complete dossier; 0 = same day; null = not established. */
    processingDays: z.number().int().min(0).nullable(),
    fee: z.string().nullable().default(null),
    nonGeographic: z.boolean().nullable(),
    online: z.enum(['toan-trinh', 'mot-phan']).nullable(),
    source: z.string().min(1),
    confidence: z.enum(['high', 'med', 'low']).optional(),
    notes: z.string().optional(),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.components.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate component id "${c.id}"`, path: ['components', i, 'id'] });
      ids.add(c.id);
    });
    for (const l of p.localCodes) {
      if (!l.startsWith(p.code + '.')) ctx.addIssue({ code: 'custom', message: `local code ${l} does not extend ${p.code}`, path: ['localCodes'] });
    }
  });
export type Procedure = z.infer<typeof procedureSchema>;
export type ProcedureInput = z.input<typeof procedureSchema>;

export const catalogSchema = z
  .object({
    version: z.string().min(1),
    procedures: z.array(procedureSchema),
  })
  .superRefine((cat, ctx) => {
    // Every code (national, local, alias) must identify one procedure only.
    const owner = new Map<string, number>();
    cat.procedures.forEach((p, i) => {
      const codes = [p.code, ...p.localCodes, ...p.aliases.map((a) => a.code)];
      for (const code of codes) {
        const prev = owner.get(code);
        if (prev !== undefined && prev !== i) {
          ctx.addIssue({ code: 'custom', message: `code ${code} also belongs to procedure #${prev + 1}`, path: ['procedures', i, 'code'] });
        }
        owner.set(code, i);
      }
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;
