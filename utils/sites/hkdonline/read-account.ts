/** The signed-in HkdOnline account, from the header's labelled user box or its user menu. */
import { resolveValues } from '@/utils/sites/resolve';
import type { SiteProfile } from '@/utils/sites/profile-schema';
import type { Account } from '@/utils/sites/snapshot';
import { ACCOUNT_SPECS } from '@/utils/sites/motcua/detail-specs';
import { HKDONLINE_PROFILE } from './profile';

export function readHkdAccount(doc: ParentNode, profile: SiteProfile = HKDONLINE_PROFILE): Account | undefined {
  const r = resolveValues(profile, ACCOUNT_SPECS, { doc });
  const account: Account = {};
  if (typeof r.values['account.username'] === 'string') account.username = r.values['account.username'];
  if (typeof r.values['account.fullName'] === 'string') account.fullName = r.values['account.fullName'];
  return account.username || account.fullName ? account : undefined;
}
