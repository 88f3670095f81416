// The in-page panel: what the extension sees on this page. Pure: props in, callbacks out.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export interface AssistPanelProps {
  pageKindLabel: string;
  account?: string;
  children?: ComponentChildren;
}

export function AssistPanel({ pageKindLabel, account, children }: AssistPanelProps) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <section class="panel" aria-label={t('extName')} data-testid="assist-panel">
      <header>
        <h2>{t('extName')}</h2>
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
