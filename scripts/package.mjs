// npm run package — store zips for the Chrome Web Store and Edge Add-ons, a signed CRX3 and
// update.xml for self-hosting, and the policy templates with the real update URL.
//   --key <path> | MOTCUA_CRX_KEY=<path> | MOTCUA_CRX_KEY_PEM=<pem text>   RSA private key (never committed)
//   --base-url <https://…> | MOTCUA_UPDATE_BASE_URL                       where the .crx and update.xml are served
//   --no-build | MOTCUA_SKIP_BUILD=1                                       package the existing .output/chrome-mv3
//   --out <dir>                                                            default .output/package
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPackages, collectFiles, crxFileName, normaliseBaseUrl } from '../utils/deploy/package-extension.mjs';
import { writePolicyTemplates } from '../utils/deploy/policy-templates.mjs';

const { values: args } = parseArgs({
  options: { key: { type: 'string' }, 'base-url': { type: 'string' }, 'no-build': { type: 'boolean' }, out: { type: 'string' } },
});

function fail(message) {
  console.error(`\npackage: ${message}`);
  process.exit(1);
}

function readKey() {
  if (process.env.MOTCUA_CRX_KEY_PEM) return process.env.MOTCUA_CRX_KEY_PEM;
  const path = args.key ?? process.env.MOTCUA_CRX_KEY;
  if (!path) return undefined;
  if (!existsSync(path)) fail(`private key file not found: ${path}`);
  return readFileSync(path, 'utf8');
}

const root = resolve(import.meta.dirname, '..');
const buildDir = join(root, '.output/chrome-mv3');
const outDir = resolve(args.out ?? join(root, '.output/package'));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

if (!args['no-build'] && !process.env.MOTCUA_SKIP_BUILD) execSync('npx wxt build', { cwd: root, stdio: 'inherit', env: { ...process.env, MOTCUA_NO_KEY: '' } });
if (!existsSync(join(buildDir, 'manifest.json'))) fail(`no build in ${buildDir}: run \`npm run build\` first`);

const privateKeyPem = readKey();
const baseUrlInput = args['base-url'] ?? process.env.MOTCUA_UPDATE_BASE_URL;
let result;
try {
  result = buildPackages({ files: collectFiles(buildDir), privateKeyPem, version, baseUrl: baseUrlInput });
} catch (err) {
  fail(err.message);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, `motcua-assist-${version}-chrome-web-store.zip`), result.chromeStoreZip);
writeFileSync(join(outDir, `motcua-assist-${version}-edge-addons.zip`), result.edgeStoreZip);
console.log(`package: store zips written to ${outDir}`);

if (!privateKeyPem) {
  fail('no signing key for the self-hosted CRX: pass --key <path to key.pem>, or set MOTCUA_CRX_KEY (path) or MOTCUA_CRX_KEY_PEM (contents). The key is never stored in the repository (docs/IT.md, "Packaging").');
}
if (!baseUrlInput) fail('no update base URL: pass --base-url https://your-server/motcua-assist or set MOTCUA_UPDATE_BASE_URL (docs/IT.md).');
let baseUrl;
try {
  baseUrl = normaliseBaseUrl(baseUrlInput);
} catch (err) {
  fail(err.message);
}
writeFileSync(join(outDir, crxFileName(version)), result.crx);
writeFileSync(join(outDir, 'update.xml'), result.updateXml);
const policies = writePolicyTemplates({ outDir: join(outDir, 'policies'), updateUrl: `${baseUrl}/update.xml` });
console.log(`package: ${crxFileName(version)} (id ${result.id}) and update.xml for ${baseUrl}/; policy templates: ${policies.length} files in ${join(outDir, 'policies')}`);
