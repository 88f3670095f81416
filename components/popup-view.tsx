// The toolbar popup: what the extension found on one tab (findings, the signed-in account and
// its assigned fields) and the way to the dashboard and the options. Pure: props in, nothing out
// but links, so the extension page decides where they go.
import { t } from '@/utils/i18n';
import type { FindingWire } from '@/utils/messaging';
import type { TabState } from '@/utils/service/tab-state';
import { FindingsList, type FindingView } from './findings-list';

export interface PopupViewProps {
  /** undefined while loading; null when the extension has not checked anything on this tab. */
  state: TabState | null | undefined;
  /** A finding's text in the UI language (messageFor with the extension's i18n). */
  describe(finding: FindingWire): string;
  dashboardUrl: string;
  optionsUrl: string;
  /** Set when the tab state could not be read. */
  error?: string;
}

function toView(f: FindingWire, describe: (f: FindingWire) => string): FindingView {
  return { key: f.key, ruleId: f.ruleId, severity: f.severity, message: describe(f), overridden: f.status === 'overridden' };
}

function Summary({ state, describe }: { state: TabState; describe(f: FindingWire): string }) {
  const views = state.findings.map((f) => toView(f, describe));
  const openErrors = views.filter((f) => f.severity === 'error' && !f.overridden).length;
  return (
    <>
      <dl class="facts">
        <dt>{t('popup_account')}</dt>
        <dd data-testid="popup-account">{state.account || t('popup_accountUnknown')}</dd>
        <dt>{t('popup_fields')}</dt>
        <dd>
          {state.assignedFields.length ? (
            <ul data-testid="popup-fields">
              {state.assignedFields.map((field) => (
                <li key={field}>{field}</li>
              ))}
            </ul>
          ) : (
            <span data-testid="popup-fields">{t('popup_noFields')}</span>
          )}
        </dd>
        {state.dossierCode ? (
          <>
            <dt>{t('popup_dossier')}</dt>
            <dd data-testid="popup-dossier">{state.dossierCode}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="popup-findings-title" data-testid="popup-findings" data-open-errors={openErrors}>
        <h2 id="popup-findings-title">{t('popup_findings', String(views.length))}</h2>
        {views.length ? <FindingsList findings={views} /> : <p class="clear" role="status">{t('popup_noFindings')}</p>}
      </section>
    </>
  );
}

export function PopupView({ state, describe, dashboardUrl, optionsUrl, error }: PopupViewProps) {
  const body =
    error !== undefined ? (
      <p class="problem" role="alert" data-testid="popup-error">{t('popup_error', error)}</p>
    ) : state === undefined ? (
      <p role="status" data-testid="popup-loading">{t('popup_loading')}</p>
    ) : state === null ? (
      <p role="status" data-testid="popup-empty">{t('popup_notChecked')}</p>
    ) : (
      <Summary state={state} describe={describe} />
    );
  return (
    <main class="popup" data-testid="popup">
      <h1>{t('extName')}</h1>
      {body}
      <nav aria-label={t('popup_links')}>
        <a href={dashboardUrl} target="_blank" rel="noopener" data-testid="popup-dashboard">
          {t('popup_openDashboard')}
        </a>
        <a href={optionsUrl} target="_blank" rel="noopener" data-testid="popup-options">
          {t('popup_openOptions')}
        </a>
      </nav>
    </main>
  );
}
