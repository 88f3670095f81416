/**
 * The signed-in officer on System A: the page's own token claims first (iGate keeps the
 * Keycloak token in localStorage.userToken), then labels, then the header user menu.
 */
import { decodeJwtClaims } from '@/utils/sites/jwt';
import { resolveValues } from '@/utils/sites/resolve';
import type { SiteProfile } from '@/utils/sites/profile-schema';
import type { Account, Evidence, Unreadable } from '@/utils/sites/snapshot';
import { MOTCUA_PROFILE } from './profile';
import { ACCOUNT_SPECS } from './detail-specs';

export interface AccountRead {
  account: Account;
  evidence: Record<string, Evidence>;
  /** `account.username` when neither token, label nor menu gave one. */
  unreadable: Unreadable[];
}

export function readAccount(doc: ParentNode, storage: { userToken?: string | null }, profile: SiteProfile = MOTCUA_PROFILE): AccountRead {
  const token = decodeJwtClaims(storage.userToken);
  const r = resolveValues(profile, ACCOUNT_SPECS, { doc, token });
  const account: Account = {};
  if (typeof r.values['account.username'] === 'string') account.username = r.values['account.username'];
  if (typeof r.values['account.fullName'] === 'string') account.fullName = r.values['account.fullName'];
  // Field assignments may name the officer by full name: with one, the account is known.
  const unreadable = account.fullName ? r.unreadable.filter((u) => u.value !== 'account.username') : r.unreadable;
  return { account, evidence: r.evidence, unreadable };
}
