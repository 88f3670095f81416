// The dashboard's filter bar: every filter is a labelled control; changing one calls onChange with
// the whole new filter. Pure: options and labels come in as props.
import type { ReviewFilter } from '@/utils/review/filters';
import { t } from '@/utils/i18n';
import { ruleLabel, severityLabel, statusLabel } from '@/utils/review/labels';

export interface FilterOptions {
  accounts: string[];
  fields: string[];
  rules: string[];
  procedures: { code: string; name: string }[];
}

const VN = '+07:00';
const toDay = (t?: number) => (t === undefined ? '' : new Date(t + 7 * 3_600_000).toISOString().slice(0, 10));
const fromDay = (day: string, end: boolean) => (day ? Date.parse(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}${VN}`) : undefined);

function Select(props: { id: string; label: string; value?: string; options: [string, string][]; onChange: (v: string | undefined) => void }) {
  return (
    <label class="filter" for={props.id}>
      <span>{props.label}</span>
      <select id={props.id} data-testid={props.id} value={props.value ?? ''} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">{t('dash_filter_all')}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DashboardFilters({ filter, options, onChange }: { filter: ReviewFilter; options: FilterOptions; onChange: (f: ReviewFilter) => void }) {
  const set = (patch: Partial<ReviewFilter>) => onChange({ ...filter, ...patch });
  const same = (xs: string[]) => xs.map((x) => [x, x] as [string, string]);
  return (
    <form class="filters" role="search" aria-label={t('dash_filters')} onSubmit={(e) => e.preventDefault()}>
      <label class="filter" for="filter-code">
        <span>{t('dash_filter_code')}</span>
        <input id="filter-code" data-testid="filter-code" type="search" value={filter.code ?? ''} onInput={(e) => set({ code: (e.currentTarget as HTMLInputElement).value || undefined })} />
      </label>
      <label class="filter" for="filter-from">
        <span>{t('dash_filter_from')}</span>
        <input id="filter-from" data-testid="filter-from" type="date" value={toDay(filter.from)} onChange={(e) => set({ from: fromDay((e.currentTarget as HTMLInputElement).value, false) })} />
      </label>
      <label class="filter" for="filter-to">
        <span>{t('dash_filter_to')}</span>
        <input id="filter-to" data-testid="filter-to" type="date" value={toDay(filter.to)} onChange={(e) => set({ to: fromDay((e.currentTarget as HTMLInputElement).value, true) })} />
      </label>
      <Select id="filter-account" label={t('dash_col_account')} value={filter.account} options={same(options.accounts)} onChange={(account) => set({ account })} />
      <Select id="filter-field" label={t('dash_col_field')} value={filter.field} options={same(options.fields)} onChange={(field) => set({ field })} />
      <Select
        id="filter-procedure"
        label={t('dash_col_procedureCode')}
        value={filter.procedure}
        options={options.procedures.map((p) => [p.code, p.name ? `${p.code} — ${p.name}` : p.code])}
        onChange={(procedure) => set({ procedure })}
      />
      <Select id="filter-rule" label={t('dash_col_ruleId')} value={filter.rule} options={options.rules.map((r) => [r, ruleLabel(r)])} onChange={(rule) => set({ rule })} />
      <Select
        id="filter-severity"
        label={t('dash_col_severity')}
        value={filter.severity}
        options={['error', 'warning', 'review'].map((s) => [s, severityLabel(s)])}
        onChange={(severity) => set({ severity: severity as ReviewFilter['severity'] })}
      />
      <Select
        id="filter-status"
        label={t('dash_col_status')}
        value={filter.status}
        options={['open', 'overridden', 'acknowledged', 'resolved'].map((s) => [s, statusLabel(s)])}
        onChange={(status) => set({ status: status as ReviewFilter['status'] })}
      />
      <Select
        id="filter-review"
        label={t('dash_filter_review')}
        value={filter.review}
        options={[['reviewed', t('dash_filter_reviewed')], ['unreviewed', t('dash_filter_unreviewed')]]}
        onChange={(review) => set({ review: review as ReviewFilter['review'] })}
      />
      <button type="button" data-testid="filter-clear" onClick={() => onChange({})}>
        {t('dash_filter_clear')}
      </button>
    </form>
  );
}
