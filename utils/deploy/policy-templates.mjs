// Enterprise policy templates from one example configuration (example-config.json, validated by
// the zod schema in policy-templates.test.ts): Windows .reg for Chrome and Edge, JSON policy files
// for Linux Chrome / Chromium / Edge, and a macOS configuration profile. Each template force-installs
// the extension from the self-hosted update URL and sets its 3rdparty (managed storage) policy.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extensionIdFromPublicKey } from './crx3.mjs';

const root = join(import.meta.dirname, '..', '..');
export const PLACEHOLDER_UPDATE_URL = 'https://may-chu-cntt.example/motcua-assist/update.xml';
/** The Chrome Web Store's update URL, for installations from the store instead of self-hosting. */
export const WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';

export function extensionId() {
  return extensionIdFromPublicKey(readFileSync(join(root, 'public-key.txt'), 'utf8').trim());
}

export function loadExampleConfig() {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'example-config.json'), 'utf8'));
}

function extensionSettings(id, updateUrl) {
  return { [id]: { installation_mode: 'force_installed', update_url: updateUrl, toolbar_pin: 'force_pinned' } };
}

// ---- Windows registry (.reg, UTF-16LE with BOM, CRLF: what regedit expects for non-ASCII text) ----

const regString = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Booleans and integers are REG_DWORD; strings REG_SZ; lists and objects REG_SZ holding JSON (Chrome parses them against the schema). */
function regValue(value) {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (Number.isInteger(value) && value >= 0) return `dword:${value.toString(16).padStart(8, '0')}`;
  if (typeof value === 'string') return regString(value);
  return regString(JSON.stringify(value));
}

export function windowsReg({ vendorKey, id, updateUrl, config }) {
  const lines = ['Windows Registry Editor Version 5.00', ''];
  lines.push(`[HKEY_LOCAL_MACHINE\\${vendorKey}]`, `"ExtensionSettings"=${regString(JSON.stringify(extensionSettings(id, updateUrl)))}`, '');
  // Remove what an older template set, so a key deleted from the configuration disappears too.
  lines.push(`[-HKEY_LOCAL_MACHINE\\${vendorKey}\\3rdparty\\extensions\\${id}\\policy]`, '');
  lines.push(`[HKEY_LOCAL_MACHINE\\${vendorKey}\\3rdparty\\extensions\\${id}\\policy]`);
  for (const [key, value] of Object.entries(config)) lines.push(`${regString(key)}=${regValue(value)}`);
  lines.push('');
  const text = lines.join('\r\n');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

// ---- Linux JSON policy files ----

export function linuxJson({ id, updateUrl, config }) {
  return `${JSON.stringify({ ExtensionSettings: extensionSettings(id, updateUrl), '3rdparty': { extensions: { [id]: config } } }, null, 2)}\n`;
}

// ---- macOS configuration profile ----

const xml = (s) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]);

function plist(value, indent) {
  const pad = '  '.repeat(indent);
  if (typeof value === 'boolean') return `${pad}<${value}/>`;
  if (Number.isInteger(value)) return `${pad}<integer>${value}</integer>`;
  if (typeof value === 'number') return `${pad}<real>${value}</real>`;
  if (typeof value === 'string') return `${pad}<string>${xml(value)}</string>`;
  if (Array.isArray(value)) return [`${pad}<array>`, ...value.map((v) => plist(v, indent + 1)), `${pad}</array>`].join('\n');
  const entries = Object.entries(value).flatMap(([k, v]) => [`${pad}  <key>${xml(k)}</key>`, plist(v, indent + 1)]);
  return [`${pad}<dict>`, ...entries, `${pad}</dict>`].join('\n');
}

/** Stable UUIDs: the same configuration gives the same profile, so MDM sees an update, not a new profile. */
function uuidFor(name) {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

function payload(type, displayName, content) {
  const identifier = `vn.motcua-assist.policy.${type}`;
  return { PayloadType: type, PayloadVersion: 1, PayloadIdentifier: identifier, PayloadUUID: uuidFor(identifier), PayloadDisplayName: displayName, PayloadEnabled: true, ...content };
}

export function macMobileconfig({ id, updateUrl, config }) {
  const settings = { ExtensionSettings: extensionSettings(id, updateUrl) };
  const profile = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: 'vn.motcua-assist.policy',
    PayloadUUID: uuidFor('vn.motcua-assist.policy'),
    PayloadDisplayName: 'Một Cửa Assist',
    PayloadDescription: 'Cài đặt bắt buộc và cấu hình tiện ích Một Cửa Assist cho Chrome và Edge / Force-installs and configures Một Cửa Assist for Chrome and Edge',
    PayloadScope: 'System',
    PayloadContent: [
      payload('com.google.Chrome', 'Google Chrome: Một Cửa Assist', settings),
      payload(`com.google.Chrome.extensions.${id}`, 'Google Chrome: cấu hình Một Cửa Assist', config),
      payload('com.microsoft.Edge', 'Microsoft Edge: Một Cửa Assist', settings),
      payload(`com.microsoft.Edge.extensions.${id}`, 'Microsoft Edge: cấu hình Một Cửa Assist', config),
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
${plist(profile, 0)}
</plist>
`;
}

/** Every template, as { path (relative), data }. */
export function generatePolicyTemplates({ config = loadExampleConfig(), updateUrl = PLACEHOLDER_UPDATE_URL, id = extensionId() } = {}) {
  const args = { id, updateUrl, config };
  const json = linuxJson(args);
  return [
    { path: 'windows/chrome.reg', data: windowsReg({ ...args, vendorKey: 'SOFTWARE\\Policies\\Google\\Chrome' }) },
    { path: 'windows/edge.reg', data: windowsReg({ ...args, vendorKey: 'SOFTWARE\\Policies\\Microsoft\\Edge' }) },
    { path: 'linux/chrome/motcua-assist.json', data: json },
    { path: 'linux/chromium/motcua-assist.json', data: json },
    { path: 'linux/edge/motcua-assist.json', data: json },
    { path: 'macos/motcua-assist.mobileconfig', data: macMobileconfig(args) },
  ];
}

export function writePolicyTemplates({ outDir, ...options }) {
  const files = generatePolicyTemplates(options);
  for (const file of files) {
    mkdirSync(dirname(join(outDir, file.path)), { recursive: true });
    writeFileSync(join(outDir, file.path), file.data);
  }
  return files.map((f) => join(outDir, f.path));
}
