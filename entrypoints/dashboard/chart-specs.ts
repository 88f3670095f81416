// The five charts with their Vietnamese titles, legends and summaries, from the filtered records.
import type { WarningRecord } from '@/utils/db/types';
import type { ChartSpec } from '@/components/dashboard-charts';
import { findingsPerDay, lateReceptions, misReceived, missingByProcedure, overrides } from '@/utils/review/chart-data';
import { ruleLabel } from '@/utils/review/labels';
import { t } from '@/utils/i18n';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

export function chartSpecs(records: readonly WarningRecord[]): ChartSpec[] {
  const perDay = findingsPerDay(records);
  const mis = misReceived(records);
  const over = overrides(records);
  const missing = missingByProcedure(records);
  const late = lateReceptions(records);
  const total = (d: { series: { data: number[] }[] }) => String(sum(d.series.flatMap((s) => s.data)));
  return [
    {
      id: 'per-day', kind: 'stacked-bar', title: t('dash_chart_perDay'), summary: t('dash_chart_perDaySummary', [total(perDay), String(perDay.labels.length)]),
      data: { labels: perDay.labels.map(shortDay), series: perDay.series.map((s) => ({ ...s, label: ruleLabel(s.label) })) },
    },
    {
      id: 'mis-received', kind: 'stacked-bar', title: t('dash_chart_misReceived'), summary: t('dash_chart_misReceivedSummary', [total(mis), String(mis.labels.length)]),
      data: mis,
    },
    {
      id: 'overrides', kind: 'stacked-bar', title: t('dash_chart_overrides'),
      summary: t('dash_chart_overridesSummary', [String(over.overridden), String(over.errors), over.share.toLocaleString('vi-VN')]),
      data: {
        labels: over.labels.map(ruleLabel),
        series: over.series.map((s) => ({ ...s, label: s.label === 'overridden' ? t('dash_chart_overridden') : t('dash_chart_notOverridden') })),
      },
    },
    {
      id: 'missing', kind: 'horizontal-bar', title: t('dash_chart_missing'), summary: t('dash_chart_missingSummary', [total(missing), missing.labels[0] ?? '—']),
      data: { labels: missing.labels, series: missing.series.map((s) => ({ ...s, label: t('dash_chart_missingSeries') })) },
    },
    {
      id: 'late', kind: 'stacked-bar', title: t('dash_chart_late'), summary: t('dash_chart_lateSummary', [String(sum(late.series[0]?.data ?? [])), String(sum(late.series[1]?.data ?? []))]),
      data: { labels: late.labels.map(shortDay), series: late.series.map((s) => ({ ...s, label: s.label === 'late' ? t('dash_chart_lateLate') : t('dash_chart_lateSoon') })) },
    },
  ];
}
