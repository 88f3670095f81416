import { defineConfig } from 'wxt';
import { readFileSync } from 'node:fs';

// Public half of the signing key: gives every install the same extension id
// (egjglbnfmocnkelafdenielcmankokij). The private key is never in this repository.
const publicKey = readFileSync(new URL('./public-key.txt', import.meta.url), 'utf8').trim();

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    ...(process.env.MOTCUA_NO_KEY ? {} : { key: publicKey }),
    permissions: ['storage', 'scripting', 'tabs', 'alarms'],
    host_permissions: ['https://motcua.tphcm.gov.vn/*', 'https://hokinhdoanh.dkkd.gov.vn/HkdOnline/*'],
    optional_host_permissions: ['https://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '120' }),
  }),
});
