// Display names for rule ids, severities and statuses (message keys `dash_rule_*`, `dash_sev_*`,
// `dash_status_*`), so tables, charts and CSV headers read in the UI language.
import { t, type MessageKey } from '@/utils/i18n';

const keyOf = (prefix: string, id: string) => `${prefix}${id.replace(/[^A-Za-z0-9]+/g, '_')}` as MessageKey;

function label(prefix: string, id: string): string {
  const key = keyOf(prefix, id);
  const text = t(key);
  return text === key ? id : text;
}

export const ruleLabel = (ruleId: string) => label('dash_rule_', ruleId);
export const severityLabel = (severity: string) => label('dash_sev_', severity);
export const statusLabel = (status: string) => label('dash_status_', status);
export const columnLabel = (column: string) => label('dash_col_', column);
/** A message key built at run time (e.g. `dash_reject_${reason}`); unknown keys fall back to the key. */
export const dynamicText = (key: string, subs?: string[]) => t(key as MessageKey, subs);
