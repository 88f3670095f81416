// Rules: turn each rule on or off and change its severity. Only differences from the defaults
// are kept in the configuration, so a later change of a default still reaches this installation.
import { t } from '@/utils/i18n';

export type SeverityName = 'error' | 'warning' | 'review';
export type RuleSettings = Partial<Record<string, { enabled?: boolean; severity?: SeverityName }>>;

export interface RulesProps {
  ruleIds: readonly string[];
  defaults: Readonly<Record<string, SeverityName>>;
  value: RuleSettings;
  onChange: (value: RuleSettings) => void;
}

const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', review: 'severityReview' } as const;

function normalise(id: string, entry: { enabled?: boolean; severity?: SeverityName }, defaults: RulesProps['defaults']) {
  const out: { enabled?: boolean; severity?: SeverityName } = {};
  if (entry.enabled === false) out.enabled = false;
  if (entry.severity && entry.severity !== defaults[id]) out.severity = entry.severity;
  return Object.keys(out).length ? out : undefined;
}

export function RulesTable({ ruleIds, defaults, value, onChange }: RulesProps) {
  const set = (id: string, patch: { enabled?: boolean; severity?: SeverityName }) => {
    const next = { ...value };
    const entry = normalise(id, { ...value[id], ...patch }, defaults);
    if (entry) next[id] = entry;
    else delete next[id];
    onChange(next);
  };
  return (
    <table class="rules" data-testid="opt-rules">
      <thead>
        <tr>
          <th scope="col">{t('opt_ruleId')}</th>
          <th scope="col">{t('opt_ruleEnabled')}</th>
          <th scope="col">{t('opt_ruleSeverity')}</th>
        </tr>
      </thead>
      <tbody>
        {ruleIds.map((id) => {
          const entry = value[id] ?? {};
          return (
            <tr key={id} data-rule={id}>
              <th scope="row">
                <code>{id}</code>
              </th>
              <td>
                <input type="checkbox" aria-label={t('opt_ruleEnabledOf', id)} checked={entry.enabled !== false} onChange={(e) => set(id, { enabled: e.currentTarget.checked })} />
              </td>
              <td>
                <select aria-label={t('opt_ruleSeverityOf', id)} value={entry.severity ?? defaults[id]} onChange={(e) => set(id, { severity: e.currentTarget.value as SeverityName })}>
                  {(['error', 'warning', 'review'] as const).map((s) => (
                    <option key={s} value={s}>
                      {t(SEVERITY_LABEL[s])}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
