/**
 * Which HkdOnline page this is. One URL serves every wizard step, so the step comes from the
 * controls present (HKD_STEP_RULES); error, sign-in and result pages from their content.
 */
import { foldKey } from '@/utils/vn/text';
import type { HkdPageKind, StepId } from '@/utils/sites/snapshot';
import { readResult } from './read-result';
import { HKD_STEP_RULES, HKDONLINE_PROFILE, type StepRule } from './profile';

const ERROR_TITLES = ['loi he thong', 'da xay ra loi', 'system error', 'server error in'];

function controlNames(doc: ParentNode): string[] {
  return Array.from(doc.querySelectorAll('[name]'), (el) => el.getAttribute('name') ?? '');
}

export function detectStep(doc: ParentNode, rules: StepRule[] = HKD_STEP_RULES): StepId | undefined {
  const names = controlNames(doc);
  if (doc.querySelector('input[type=file]') && !names.some((n) => rules.some((r) => r.names.some((m) => n.includes(m))))) return 'attachments';
  return rules.find((r) => names.some((n) => r.names.some((m) => n.includes(m))))?.step;
}

export function isErrorPage(doc: ParentNode): boolean {
  const heads = Array.from(doc.querySelectorAll('title, h1, h2, h3, legend, [role=heading]'), (e) => foldKey(e.textContent ?? ''));
  return heads.some((h) => ERROR_TITLES.some((t) => h.startsWith(t)));
}

export function detectHkdPageKind(url: string, doc: ParentNode): { pageKind: HkdPageKind; step?: StepId } {
  if (isErrorPage(doc)) return { pageKind: 'error' };
  if (doc.querySelector('input[type=password]')) return { pageKind: 'login' };
  const step = detectStep(doc);
  if (step) return { pageKind: 'wizard-step', step };
  if (readResult(doc).result) return { pageKind: 'result' };
  const u = new URL(url, 'https://host.invalid');
  const target = u.pathname + u.search;
  const rule = HKDONLINE_PROFILE.pageKinds.find((r) => r.kind !== 'login' && new RegExp(r.urlPattern).test(target));
  if (rule?.kind === 'overview' || rule?.kind === 'menu') return { pageKind: rule.kind };
  return { pageKind: 'other' };
}
