import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://hokinhdoanh.dkkd.gov.vn/HkdOnline/*'],
  main() {},
});
