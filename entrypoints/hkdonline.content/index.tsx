// System B (HkdOnline): every save and AutoPostBack reloads the page, so this script starts
// afresh on each load; it detects the wizard step by its controls and shows it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountAssist } from '@/utils/ui/mount-assist';
import { AssistPanel } from '@/components/assist-panel';
import { t } from '@/utils/i18n';
import { classifyHkdPage, readHkdAccountName } from './page';

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
    mount.render(<AssistPanel pageKindLabel={label} account={readHkdAccountName(document)} />);
    ctx.onInvalidated(() => mount.remove());
  },
});
