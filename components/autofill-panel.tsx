// HkdOnline: the auto-fill panel — captured dossiers to choose from, the officer-is-submitter
// choice and the start button; the preview and the status are passed in as children. Pure.
import type { ComponentChildren } from 'preact';
import type { CaptureSummary } from '@/utils/autofill/capture-store';
import { t } from '@/utils/i18n';

export interface AutofillPanelProps {
  captures: CaptureSummary[];
  selected?: string;
  officerIsSubmitter: boolean;
  onSelect(dossierCode: string): void;
  onOfficerIsSubmitter(value: boolean): void;
  onStart(): void;
  children?: ComponentChildren;
}

export function AutofillPanel({ captures, selected, officerIsSubmitter, onSelect, onOfficerIsSubmitter, onStart, children }: AutofillPanelProps) {
  return (
    <section class="autofill-panel" data-testid="autofill-panel" aria-label={t('autofill_panelTitle')}>
      <h3>{t('autofill_panelTitle')}</h3>
      {captures.length === 0 && <p data-testid="autofill-empty">{t('autofill_noCaptures')}</p>}
      <ul class="captures">
        {captures.map((c) => (
          <li key={c.dossierCode}>
            <label data-testid="autofill-item" data-dossier-code={c.dossierCode} data-selected={String(selected === c.dossierCode)}>
              <input type="radio" name="autofill-capture" checked={selected === c.dossierCode} onChange={() => onSelect(c.dossierCode)} />
              {c.dossierCode} — {c.businessName}
            </label>
          </li>
        ))}
      </ul>
      {captures.length > 0 && (
        <>
          <label>
            <input type="checkbox" data-testid="fill-officer-submitter" checked={officerIsSubmitter} onChange={(e) => onOfficerIsSubmitter((e.target as HTMLInputElement).checked)} />
            {t('autofill_officerIsSubmitter')}
          </label>
          <button type="button" data-testid="autofill-start" disabled={!selected} onClick={onStart}>{t('autofill_start')}</button>
        </>
      )}
      {children}
    </section>
  );
}
