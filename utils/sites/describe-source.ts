/**
 * One-line description of a profile source, for evidence and `unreadable.tried`. Kept apart
 * from profile-schema.ts so the content scripts that read pages do not pull in zod.
 */
import type { Source } from './profile-schema';

export function describeSource(s: Source): string {
  if ('css' in s) return `selector ${s.css}${s.attr ? ` @${s.attr}` : ''}`;
  if ('label' in s) return `label ${s.label.join(' | ')}${s.section ? ` in section ${s.section.join(' | ')}` : ''}`;
  if ('json' in s) return `json ${s.json}`;
  if ('token' in s) return `token claim ${s.token}`;
  return 'header user menu';
}
