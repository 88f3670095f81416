/**
 * Page kind from the URL (pathname + search) and the profile's rules, first match wins; a rule
 * with `requires` also needs its selector to match (e.g. a password field on a sign-in page).
 */
import type { SiteProfile } from '@/utils/sites/profile-schema';
import { MOTCUA_PROFILE } from './profile';

export type ProcessingPageKind = 'dossier-list' | 'dossier-detail' | 'login' | 'other';
const KINDS: readonly string[] = ['dossier-list', 'dossier-detail', 'login'];

export function detectPageKind(url: string, doc: ParentNode, profile: SiteProfile = MOTCUA_PROFILE): ProcessingPageKind {
  const u = new URL(url, 'https://host.invalid');
  const target = u.pathname + u.search;
  for (const rule of profile.pageKinds) {
    if (!new RegExp(rule.urlPattern).test(target)) continue;
    if (rule.requires && !doc.querySelector(rule.requires)) continue;
    if (KINDS.includes(rule.kind)) return rule.kind as ProcessingPageKind;
  }
  return 'other';
}
