import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://motcua.tphcm.gov.vn/*'],
  main() {},
});
