// The in-page panel: what the extension sees on this page. Pure: props in, callbacks out.
// Collapsing hides the body visually but keeps every finding in the shadow DOM; the header keeps
// a one-line summary so a collapsed panel still says what matters.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export interface AssistPanelProps {
  pageKindLabel: string;
  account?: string;
  /** Short text shown in the header, e.g. "1 lỗi" — visible even when collapsed. */
  summary?: string;
  summaryTone?: 'error' | 'warning' | 'ok';
  defaultCollapsed?: boolean;
  children?: ComponentChildren;
}

export function AssistPanel({ pageKindLabel, account, summary, summaryTone, defaultCollapsed = false, children }: AssistPanelProps) {
  const [collapsed, setCollapsed] = useState(defaultCollapsed);
  return (
    <section class={`panel${collapsed ? ' collapsed' : ''}`} aria-label={t('extName')} data-testid="assist-panel">
      <header>
        <h2>{t('extName')}</h2>
        {summary ? <span class={`summary ${summaryTone ?? ''}`} data-testid="panel-summary">{summary}</span> : null}
        <button
          type="button"
          aria-expanded={!collapsed}
          aria-controls="motcua-assist-body"
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? t('panelExpand') : t('panelCollapse')}
        </button>
      </header>
      <div class="body" id="motcua-assist-body" hidden={collapsed}>
        <dl class="meta">
          <dt>{t('pageKind')}</dt>
          <dd data-testid="page-kind">{pageKindLabel}</dd>
          <dt>{t('account')}</dt>
          <dd data-testid="account">{account ?? t('accountUnknown')}</dd>
        </dl>
        {children}
      </div>
    </section>
  );
}
