/**
 * Which document components a dossier must carry, given its submission channel and the facts its
 * data establishes. Pure; the rule engine (completeness/*) calls it.
 *
 * Status meanings:
 *   required            — must be attached;
 *   one-of              — the channel is unknown and this is one of a paper/e-form pair: one of
 *                         the group is required (see `oneOf`);
 *   present-only        — shown at the counter, not uploaded;
 *   optional            — may be attached, never demanded;
 *   not-required        — its channel or condition does not apply to this dossier;
 *   not-required-by-law — demanding it would break the law (e.g. ID-card copy for HKD registration).
 */
import type { Channel, Component, Procedure } from './schema';
import { evaluateCondition, type Facts } from './conditions';

export type ComponentStatus = 'required' | 'one-of' | 'present-only' | 'optional' | 'not-required' | 'not-required-by-law';

export interface ExpectedComponent {
  component: Component;
  status: ComponentStatus;
  /** Facts (or 'channel') that were not supplied and were taken as false. */
  assumed: string[];
}

export interface Expectation {
  components: ExpectedComponent[];
  /** Components with status 'required'. */
  required: Component[];
  /** Groups of which at least one must be attached (channel unknown). */
  oneOf: Component[][];
  /** Union of all assumptions. */
  assumed: string[];
}

export interface DossierContext {
  channel?: Channel | null | undefined;
  facts?: Facts | undefined;
}

function statusOf(c: Component, ctx: DossierContext): { status: ComponentStatus; assumed: string[] } {
  if (c.presentOnly) return { status: 'present-only', assumed: [] };
  const notNeeded: ComponentStatus = c.notRequiredByLaw ? 'not-required-by-law' : 'not-required';
  const channel = ctx.channel ?? undefined;
  switch (c.required) {
    case 'always':
      return { status: 'required', assumed: [] };
    case 'optional':
      return { status: c.notRequiredByLaw ? 'not-required-by-law' : 'optional', assumed: [] };
    case 'paper-channels':
    case 'online': {
      if (!channel) return { status: c.alternativeGroup ? 'one-of' : notNeeded, assumed: ['channel'] };
      const applies = c.required === 'online' ? channel === 'online' : channel !== 'online';
      return { status: applies ? 'required' : notNeeded, assumed: [] };
    }
    case 'conditional': {
      const r = evaluateCondition(c.condition!, { channel, facts: ctx.facts });
      return { status: r.value ? 'required' : notNeeded, assumed: r.assumed };
    }
  }
}

export function expectedComponents(procedure: Procedure, ctx: DossierContext = {}): Expectation {
  const components = procedure.components.map((component) => ({ component, ...statusOf(component, ctx) }));
  const groups = new Map<string, Component[]>();
  for (const e of components) {
    if (e.status !== 'one-of') continue;
    const key = e.component.alternativeGroup!;
    groups.set(key, [...(groups.get(key) ?? []), e.component]);
  }
  return {
    components,
    required: components.filter((e) => e.status === 'required').map((e) => e.component),
    oneOf: [...groups.values()],
    assumed: [...new Set(components.flatMap((e) => e.assumed))],
  };
}
