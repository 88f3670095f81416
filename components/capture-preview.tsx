// The capture preview on System A: the canonical record the extension will carry to HkdOnline,
// with the problems the domain rules flag. Pure: props in, callbacks out.
import type { HkdAddress } from '@/utils/hkd/record';
import type { CaptureSource } from '@/utils/autofill/source';
import type { Problem } from '@/utils/autofill/problems';
import { t, type MessageKey } from '@/utils/i18n';

export interface CapturePreviewProps {
  source: CaptureSource;
  problems: Problem[];
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const addr = (a?: HkdAddress) => [a?.street, a?.ward, a?.province].filter(Boolean).join(', ');

function Rows({ rows }: { rows: [string, string | number | undefined][] }) {
  const shown = rows.filter(([, v]) => v !== undefined && v !== '');
  return (
    <dl class="meta">
      {shown.map(([k, v]) => [<dt key={`${k}-t`}>{k}</dt>, <dd key={`${k}-d`}>{String(v)}</dd>])}
    </dl>
  );
}

function Notice({ source }: { source: CaptureSource }) {
  const n = source.notice;
  if (!n) return null;
  const rows: [string, string | undefined][] = [
    ...n.changes.map((c): [string, string] => [c.item, c.newValue]),
    ['Ngày bắt đầu tạm ngừng', n.suspension?.from], ['Ngày kết thúc tạm ngừng', n.suspension?.to], ['Lý do tạm ngừng', n.suspension?.reason],
    ['Ngày chấm dứt hoạt động', n.termination?.date], ['Lý do chấm dứt', n.termination?.reason], ['Lý do đề nghị cấp lại', n.reissue?.reason],
  ];
  return (<><h3>{t('autofill_sectionNotice')}</h3><Rows rows={rows} /></>);
}

export function CapturePreview({ source, problems, busy, onConfirm, onCancel }: CapturePreviewProps) {
  const { owner: o, business: b, members, submitter: s, existing: e } = source.record;
  return (
    <div class="capture-preview" data-testid="capture-preview" role="dialog" aria-label={t('autofill_capturePreviewTitle')}>
      <h3>{t('autofill_capturePreviewTitle')}</h3>
      {problems.length ? (
        <ul class="problems" data-testid="capture-problems">
          {problems.map((p, i) => <li key={i} data-problem-rule={p.ruleId}>{t(p.key as MessageKey, p.args)}</li>)}
        </ul>
      ) : <p data-testid="capture-no-problems">{t('autofill_noProblems')}</p>}
      <h3>{t('autofill_sectionOwner')}</h3>
      <Rows rows={[['Họ và tên', o.fullName], ['Sinh ngày', o.birthDate], ['Giới tính', o.gender === 'male' ? 'Nam' : o.gender === 'female' ? 'Nữ' : undefined],
        ['Dân tộc', o.ethnicity], ['Quốc tịch', o.nationality], ['Loại giấy tờ', o.docType], ['Số giấy tờ', o.docNumber], ['Ngày cấp', o.docDate], ['Nơi cấp', o.docPlace],
        ['Địa chỉ thường trú', addr(o.permanentAddress)], ['Địa chỉ liên lạc', addr(o.contactAddress)], ['Điện thoại', o.phone], ['Email', o.email]]} />
      <h3>{t('autofill_sectionBusiness')}</h3>
      <Rows rows={[['Mã số hộ kinh doanh', e?.householdCode ?? e?.taxCode], ['Tên hộ kinh doanh', b.name], ['Địa chỉ trụ sở', addr(b.seat)], ['Điện thoại', b.phone], ['Email', b.email],
        ['Vốn kinh doanh', b.capital?.toLocaleString('vi-VN')], ['Số lao động', b.employees], ['Ngày bắt đầu hoạt động', b.startDate], ['Địa chỉ nhận thông báo thuế', addr(b.taxNoticeAddress)]]} />
      {b.lines.length > 0 && (
        <ul class="lines" data-testid="capture-lines">
          {b.lines.map((l, i) => <li key={i}>{l.code ? `${l.code} – ` : ''}{l.name}{l.main ? ` (${t('autofill_mainLine')})` : ''}</li>)}
        </ul>
      )}
      {b.locations.map((l, i) => <p key={`loc${i}`}>{l.name}: {addr(l.address)}</p>)}
      {members.length > 0 && (<><h3>{t('autofill_sectionMembers')}</h3><ul>{members.map((m, i) => <li key={i}>{m.fullName} {m.birthDate ?? ''}</li>)}</ul></>)}
      <Notice source={source} />
      <h3>{t('autofill_sectionSubmitter')}</h3>
      <Rows rows={[['Người nộp', s.kind === 'owner' ? 'Chủ hộ kinh doanh' : 'Người được ủy quyền'], ['Họ và tên', s.fullName], ['Số giấy tờ', s.docNumber]]} />
      <div class="actions">
        <button type="button" data-testid="capture-confirm" disabled={busy} onClick={onConfirm}>{t('autofill_captureConfirm')}</button>
        <button type="button" data-testid="capture-cancel" onClick={onCancel}>{t('autofill_cancel')}</button>
      </div>
    </div>
  );
}
