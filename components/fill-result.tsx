// HkdOnline result page (or typed by the officer): the household-business code and certificate
// number/date to carry back to System A, and which captured dossier they belong to. Pure.
import { useState } from 'preact/hooks';
import type { HkdResult } from '@/utils/sites/snapshot';
import { t } from '@/utils/i18n';

export interface FillResultProps {
  read?: HkdResult;
  dossierCodes: string[];
  defaultDossier?: string;
  sentFor?: string;
  onSend(dossierCode: string, result: HkdResult): void;
}

export function FillResult({ read, dossierCodes, defaultDossier, sentFor, onSend }: FillResultProps) {
  const [code, setCode] = useState(read?.code ?? '');
  const [cert, setCert] = useState(read?.certificateNumber ?? '');
  const [date, setDate] = useState(read?.date ?? '');
  const [dossier, setDossier] = useState(defaultDossier ?? dossierCodes[0] ?? '');
  const ready = Boolean(dossier && code.trim() && cert.trim() && /^\d{2}\/\d{2}\/\d{4}$/.test(date.trim()));
  const input = (value: string, set: (v: string) => void, id: string, label: string) => (
    <label>{label}<input data-testid={id} value={value} onInput={(e) => set((e.target as HTMLInputElement).value)} /></label>
  );
  return (
    <div class="fill-result" data-testid="fill-result">
      <h3>{t('autofill_resultTitle')}</h3>
      {input(code, setCode, 'fill-result-code', t('autofill_resultCode'))}
      {input(cert, setCert, 'fill-result-certificate', t('autofill_resultCertificate'))}
      {input(date, setDate, 'fill-result-date', t('autofill_resultDate'))}
      <label>{t('autofill_resultDossier')}
        <select data-testid="fill-result-dossier" value={dossier} onChange={(e) => setDossier((e.target as HTMLSelectElement).value)}>
          {dossierCodes.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <button type="button" data-testid="fill-result-send" disabled={!ready} onClick={() => onSend(dossier, { code: code.trim(), certificateNumber: cert.trim(), date: date.trim() })}>{t('autofill_resultSend')}</button>
      {sentFor && <p role="status" data-testid="fill-result-sent">{t('autofill_resultSaved', [sentFor])}</p>}
    </div>
  );
}
