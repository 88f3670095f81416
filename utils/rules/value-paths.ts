/**
 * Value paths name what a verdict rests on ("dossier.field", "dossier.applicant.idNumber",
 * "account.username"). The snapshot keys its evidence and its `unreadable` list by the same paths.
 * Adapters may write them with or without the leading "dossier." (list columns with or without
 * "row."/"rows.") — both compare equal here.
 */
import type { FindingEvidence } from './finding';

export function normalizePath(path: string): string {
  return path.trim().replace(/^(?:dossier|rows?)\./, '');
}

/** True when one path is the other or contains it ("applicant" covers "applicant.idNumber"). */
export function pathsOverlap(a: string, b: string): boolean {
  const x = normalizePath(a);
  const y = normalizePath(b);
  return x === y || x.startsWith(`${y}.`) || y.startsWith(`${x}.`);
}

export function anyOverlap(paths: readonly string[], others: readonly string[]): boolean {
  return paths.some((p) => others.some((o) => pathsOverlap(p, o)));
}

/**
 * The evidence entries for the paths a finding used: the entry of the path itself, of the parts
 * of a used container ("applicant" shows each applicant value's source) and of its container.
 */
export function evidenceFor(
  paths: readonly string[],
  evidence: Readonly<Record<string, FindingEvidence>>,
): Record<string, FindingEvidence> {
  const out: Record<string, FindingEvidence> = {};
  for (const [key, value] of Object.entries(evidence)) {
    if (paths.some((p) => pathsOverlap(key, p))) out[key] = value;
  }
  return out;
}
