import type { ProcedureInput } from '../schema';

/** Authoring types for bundled data: the zod input shapes (defaults may be omitted). */
export type { ProcedureInput };
export type ComponentInput = NonNullable<ProcedureInput['components']>[number];
