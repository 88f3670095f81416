// The detail of one stored finding: what was found, the facts and which source produced each,
// the override, the supervisor's review, the history — and the form to mark it reviewed.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WarningRecord } from '@/utils/db/types';
import { t } from '@/utils/i18n';
import { dynamicText, ruleLabel, severityLabel, statusLabel } from '@/utils/review/labels';

const when = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' });
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export interface DetailProps {
  record: WarningRecord;
  message: string;
  onReview: (note: string) => Promise<void>;
  onClose: () => void;
}

function Facts({ record }: { record: WarningRecord }) {
  const entries = Object.entries(record.facts);
  const evidence = Object.entries(record.evidence);
  return (
    <>
      <h3>{t('dash_detail_facts')}</h3>
      {entries.length ? (
        <dl class="facts" data-testid="detail-facts">
          {entries.map(([k, v]) => [<dt key={`${k}-k`}>{k}</dt>, <dd key={`${k}-v`}>{show(v)}</dd>])}
        </dl>
      ) : <p>—</p>}
      <h3>{t('dash_detail_evidence')}</h3>
      {evidence.length ? (
        <table class="evidence" data-testid="detail-evidence">
          <thead>
            <tr><th scope="col">{t('dash_detail_value')}</th><th scope="col">{t('dash_detail_source')}</th><th scope="col">{t('dash_detail_where')}</th></tr>
          </thead>
          <tbody>
            {evidence.map(([path, e]) => (
              <tr key={path}><td>{path}</td><td>{e.source}</td><td>{e.detail}</td></tr>
            ))}
          </tbody>
        </table>
      ) : <p>—</p>}
    </>
  );
}

function ReviewForm({ record, onReview }: Pick<DetailProps, 'record' | 'onReview'>) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setNote(''), [record.id]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onReview(note.trim());
      setNote('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="review-form" onSubmit={submit}>
      <label for="review-note">{t('dash_review_note')}</label>
      <textarea id="review-note" data-testid="review-note" rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      <button type="submit" data-testid="review-submit" disabled={busy || !note.trim()}>
        {t('dash_review_submit')}
      </button>
    </form>
  );
}

export function DashboardDetail({ record, message, onReview, onClose }: DetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [record.id]);
  const r = record;
  return (
    <section class="detail" role="region" aria-labelledby="detail-title" data-testid="warning-detail" data-warning-id={r.id}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header>
        <h2 id="detail-title" tabIndex={-1} ref={heading}>{r.dossierCode}</h2>
        <button type="button" class="close" data-testid="detail-close" onClick={onClose} aria-label={t('dash_detail_close')}>×</button>
      </header>
      <p class="message" data-testid="detail-message">{message}</p>
      <dl class="summary">
        <dt>{t('dash_col_ruleId')}</dt><dd data-testid="detail-rule">{ruleLabel(r.ruleId)} <code>{r.ruleId}</code></dd>
        <dt>{t('dash_col_severity')}</dt><dd>{severityLabel(r.severity)}</dd>
        <dt>{t('dash_col_status')}</dt><dd data-testid="detail-status">{statusLabel(r.status)}</dd>
        <dt>{t('dash_col_account')}</dt><dd>{r.account}</dd>
        <dt>{t('dash_col_unit')}</dt><dd>{r.unit}</dd>
        <dt>{t('dash_col_field')}</dt><dd>{r.field ?? '—'}</dd>
        <dt>{t('dash_col_procedureName')}</dt><dd>{[r.procedureCode, r.procedureName].filter(Boolean).join(' — ') || '—'}</dd>
        <dt>{t('dash_col_firstSeenAt')}</dt><dd>{when.format(r.firstSeenAt)}</dd>
        <dt>{t('dash_col_lastSeenAt')}</dt><dd>{when.format(r.lastSeenAt)}</dd>
      </dl>
      <Facts record={r} />
      <h3>{t('dash_detail_override')}</h3>
      {r.override ? (
        <p data-testid="detail-override">
          {t('dash_detail_overrideBy', [r.override.account, when.format(r.override.at)])}: <q>{r.override.reason}</q>
        </p>
      ) : <p>—</p>}
      <h3>{t('dash_detail_review')}</h3>
      {r.review ? (
        <p data-testid="detail-review">
          {t('dash_detail_reviewedAt', [when.format(r.review.at)])}: <q>{r.review.note}</q>
        </p>
      ) : null}
      <ReviewForm record={r} onReview={onReview} />
      <h3>{t('dash_detail_history')}</h3>
      <ol class="history" data-testid="detail-history">
        {r.history.map((e, i) => (
          <li key={i}>
            <time>{when.format(e.at)}</time> {dynamicText(`dash_event_${e.event}`)}
            {e.account ? ` · ${e.account}` : ''}
            {e.note ? <> · <q>{e.note}</q></> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
