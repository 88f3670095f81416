// System B (HkdOnline): every save and AutoPostBack reloads the page, so this script starts
// afresh on each load: it shows the page kind and account, and the auto-fill panel continues
// a running fill from the state the background keeps for this tab.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountAssist } from '@/utils/ui/mount-assist';
import { AssistPanel } from '@/components/assist-panel';
import { t } from '@/utils/i18n';
import { readResult } from '@/utils/sites/hkdonline/read-result';
import { classifyHkdPage, readHkdAccountName } from './page';
import { AutofillApp } from './autofill-app';

export default defineContentScript({
  matches: ['https://hokinhdoanh.dkkd.gov.vn/HkdOnline/*'],
  runAt: 'document_idle',
  main(ctx) {
    const mount = mountAssist();
    const page = classifyHkdPage(document);
    mount.host.dataset.pageKind = page.kind;
    const label =
      page.kind === 'wizard-step'
        ? t('pageKindWizardStep', page.step)
        : page.kind === 'error'
          ? t('pageKindHkdError')
          : page.kind === 'result'
            ? t('pageKindHkdResult')
            : t('pageKindHkdOther');
    const account = readHkdAccountName(document);
    const result = page.kind === 'result' ? readResult(document).result : undefined;
    mount.render(
      <AssistPanel pageKindLabel={label} account={account}>
        <AutofillApp account={account} result={result} />
      </AssistPanel>,
    );
    ctx.onInvalidated(() => mount.remove());
  },
});
