// The catalog in use (bundled / imported file / downloaded from catalogUrl), the last download
// error, and the import of a catalog file (JSON) with every row/column error of a rejected file.
import { t } from '@/utils/i18n';
import type { CatalogStatus } from '@/utils/service/catalog-service';

/** What the background records about the catalog in use (type only: no browser code here). */
export type CatalogStatusView = CatalogStatus;

export interface CatalogProps {
  status?: CatalogStatusView;
  importedName?: string;
  importErrors: string[];
  importDone?: string;
  locked: boolean;
  formatTime: (ms: number) => string;
  onImport: (file: File) => void;
  onRemoveImport: () => void;
}

const SOURCE = { bundled: 'opt_catalogBundled', imported: 'opt_catalogImported', downloaded: 'opt_catalogDownloaded' } as const;

export function CatalogPanel({ status, importedName, importErrors, importDone, locked, formatTime, onImport, onRemoveImport }: CatalogProps) {
  return (
    <section aria-labelledby="opt-catalog-title" data-testid="opt-catalog">
      <h2 id="opt-catalog-title">{t('opt_catalogTitle')}</h2>
      {status ? (
        <dl data-testid="opt-catalog-status" data-source={status.source}>
          <dt>{t('opt_catalogSource')}</dt>
          <dd>{t(SOURCE[status.source])}</dd>
          <dt>{t('opt_catalogVersion')}</dt>
          <dd>{t('opt_catalogVersionValue', [status.version, String(status.procedures)])}</dd>
          {status.url ? (<><dt>{t('opt_catalogUrl')}</dt><dd><code>{status.url}</code></dd></>) : null}
          {status.fetchedAt ? (<><dt>{status.source === 'imported' ? t('opt_catalogImportedAt') : t('opt_catalogFetchedAt')}</dt><dd>{formatTime(status.fetchedAt)}</dd></>) : null}
          {status.checkedAt ? (<><dt>{t('opt_catalogCheckedAt')}</dt><dd>{formatTime(status.checkedAt)}</dd></>) : null}
        </dl>
      ) : null}
      {status?.lastError ? (
        <p role="alert" class="error" data-testid="opt-catalog-error">
          {t('opt_catalogLastError', [formatTime(status.lastError.at), status.lastError.message])}
        </p>
      ) : null}
      <fieldset disabled={locked}>
        <legend>{t('opt_catalogImportTitle')}</legend>
        <p class="help">{t('opt_catalogImportHelp')}</p>
        <label>
          {t('opt_catalogImportLabel')}{' '}
          <input type="file" accept=".json,application/json" data-testid="opt-catalog-import" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) onImport(f); }} />
        </label>
        {importedName ? (
          <p>
            {t('opt_catalogImportedFile', importedName)}{' '}
            <button type="button" onClick={onRemoveImport}>{t('opt_remove')}</button>
          </p>
        ) : null}
      </fieldset>
      {importDone ? <p role="status" data-testid="opt-catalog-import-done">{importDone}</p> : null}
      {importErrors.length ? (
        <div role="alert" data-testid="opt-catalog-import-errors">
          <p>{t('opt_catalogImportRejected', String(importErrors.length))}</p>
          <ul>{importErrors.map((e, i) => <li key={i}>{e}</li>)}</ul>
        </div>
      ) : null}
    </section>
  );
}
