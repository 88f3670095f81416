/**
 * Run a profile's sources for each value path: first source that yields a VALID value wins.
 * Sources that do not apply to the context (no JSON given, no DOM given) are skipped and not
 * reported as tried. Values listed in `profile.needed` that no source yields → `unreadable`.
 */
import type { Evidence, Unreadable } from './snapshot';
import type { SiteProfile, Source } from './profile-schema';
import { describeSource } from './describe-source';
import { createLabelIndex, type LabelIndex } from './labels/label-index';
import { findByLabel } from './labels/find-by-label';
import { valueOf } from './labels/dom-text';
import { getPath } from './json-path';
import { readHeaderUser } from './header-menu';

export interface ReadContext {
  doc?: ParentNode;
  json?: unknown;
  /** Decoded JWT claims of the page's own token. */
  token?: Record<string, unknown>;
}

/** How a value path turns raw material into a value; undefined = not a valid value. */
export interface ValueSpec {
  parse: (raw: unknown) => unknown;
  /** Structured values (lists, records) read by label with a dedicated reader. */
  fromLabel?: (index: LabelIndex, source: Extract<Source, { label: string[] }>) => unknown;
}

export interface Resolved {
  values: Record<string, unknown>;
  evidence: Record<string, Evidence>;
  unreadable: Unreadable[];
}

function applies(s: Source, ctx: ReadContext): boolean {
  if ('json' in s) return ctx.json !== undefined;
  if ('token' in s) return ctx.token !== undefined;
  return ctx.doc !== undefined;
}

function trySource(s: Source, spec: ValueSpec, ctx: ReadContext, index: () => LabelIndex): [unknown, Evidence] | null {
  if ('json' in s) {
    const v = spec.parse(getPath(ctx.json, s.json));
    return v === undefined ? null : [v, { source: 'json', detail: s.json }];
  }
  if ('token' in s) {
    const v = spec.parse(ctx.token?.[s.token]);
    return v === undefined ? null : [v, { source: 'token', detail: `userToken claim ${s.token}` }];
  }
  if ('css' in s) {
    const el = ctx.doc!.querySelector(s.css);
    if (!el) return null;
    const v = spec.parse(s.attr ? el.getAttribute(s.attr) : valueOf(el));
    return v === undefined ? null : [v, { source: 'selector', detail: s.css + (s.attr ? ` @${s.attr}` : '') }];
  }
  if ('label' in s) {
    if (spec.fromLabel) {
      const v = spec.fromLabel(index(), s);
      const parsed = v === undefined || v === null ? undefined : spec.parse(v);
      return parsed === undefined ? null : [parsed, { source: 'label', detail: describeSource(s) }];
    }
    const found = findByLabel(index(), s.label, { section: s.section, accept: (raw) => spec.parse(raw) !== undefined });
    return found ? [spec.parse(found.value), { source: 'label', detail: found.detail }] : null;
  }
  const user = readHeaderUser(ctx.doc!);
  const v = user ? spec.parse(user.text) : undefined;
  return v === undefined ? null : [v, { source: 'menu', detail: user!.detail }];
}

export function resolveValues(profile: SiteProfile, specs: Record<string, ValueSpec>, ctx: ReadContext, preset?: LabelIndex): Resolved {
  let cached: LabelIndex | undefined = preset;
  const index = () => (cached ??= createLabelIndex(ctx.doc!));
  const out: Resolved = { values: {}, evidence: {}, unreadable: [] };
  for (const [path, spec] of Object.entries(specs)) {
    const tried: string[] = [];
    for (const s of profile.values[path] ?? []) {
      if (!applies(s, ctx)) continue;
      tried.push(describeSource(s));
      const hit = trySource(s, spec, ctx, index);
      if (!hit) continue;
      out.values[path] = hit[0];
      out.evidence[path] = hit[1];
      break;
    }
    if (!(path in out.values) && profile.needed.includes(path)) out.unreadable.push({ value: path, tried });
  }
  return out;
}
