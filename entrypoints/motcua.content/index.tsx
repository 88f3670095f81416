// System A (VNPT iGate): detect the page kind, read the account, show them in <motcua-assist>.
// Re-runs on in-app navigation (the SPA changes the URL without reloading).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountAssist } from '@/utils/ui/mount-assist';
import { AssistPanel } from '@/components/assist-panel';
import { t } from '@/utils/i18n';
import { classifyMotcuaUrl, readAccountName } from './page';

const KIND_LABEL = {
  'dossier-list': 'pageKindDossierList',
  'dossier-detail': 'pageKindDossierDetail',
  login: 'pageKindLogin',
  other: 'pageKindOther',
} as const;

export default defineContentScript({
  matches: ['https://motcua.tphcm.gov.vn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const mount = mountAssist();
    const show = () => {
      const kind = classifyMotcuaUrl(new URL(location.href));
      mount.host.dataset.pageKind = kind;
      mount.render(<AssistPanel pageKindLabel={t(KIND_LABEL[kind])} account={readAccountName(window.localStorage)} />);
    };
    show();
    ctx.addEventListener(window, 'wxt:locationchange', show);
    ctx.onInvalidated(() => mount.remove());
  },
});
