/**
 * Which fields the signed-in account is assigned. An assignment names the account by username
 * (case-insensitive) or by full name (case- and diacritic-insensitive, DESIGN "Configuration").
 * "Not configured" rests on every account value: if one of them could not be read, the engine
 * drops the verdict (its `uses` overlap the unreadable path) instead of guessing.
 */
import type { Account } from '@/utils/sites/snapshot';
import { foldKey } from '@/utils/vn/text';
import type { Assignment } from '../context';
import type { RulesConfig } from '../rules-config';

const USERNAME = 'account.username';
const FULL_NAME = 'account.fullName';

function fieldsFor(config: RulesConfig, matches: (account: string) => boolean): string[] {
  const fields = new Set<string>();
  for (const a of config.fieldAssignments ?? []) {
    if (matches(a.account)) for (const f of a.fields) fields.add(f);
  }
  return [...fields];
}

export function resolveAssignment(config: RulesConfig, account: Account): Assignment {
  const username = account.username?.trim() ?? '';
  const fullName = account.fullName?.trim() ?? '';
  if (!username && !fullName) return { state: 'unknown', uses: [USERNAME, FULL_NAME] };
  if (username) {
    const fields = fieldsFor(config, (a) => foldKey(a) === foldKey(username));
    if (fields.length) return { state: 'assigned', account: username, fields, uses: [USERNAME] };
  }
  if (fullName) {
    const fields = fieldsFor(config, (a) => foldKey(a) === foldKey(fullName));
    if (fields.length) return { state: 'assigned', account: fullName, fields, uses: [FULL_NAME] };
  }
  return { state: 'not-configured', account: username || fullName, uses: [USERNAME, FULL_NAME] };
}
