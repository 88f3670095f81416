// Packaging helpers shared by scripts/package.mjs and its tests: the files of a built extension,
// store variants of the manifest, the self-hosting update manifest, and the names of the outputs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createZip } from './zip.mjs';
import { createCrx3, extensionIdFromPublicKey } from './crx3.mjs';

/** Every file under the build directory, with "/" paths. */
export function collectFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

/** The stores assign the id themselves and refuse an upload that carries `key`. */
export function withoutKey(files) {
  return files.map((f) => {
    if (f.name !== 'manifest.json') return f;
    const manifest = JSON.parse(f.data.toString('utf8'));
    delete manifest.key;
    return { name: f.name, data: Buffer.from(JSON.stringify(manifest, null, 2)) };
  });
}

export function manifestOf(files) {
  const file = files.find((f) => f.name === 'manifest.json');
  if (!file) throw new Error('manifest.json missing from the build');
  return JSON.parse(file.data.toString('utf8'));
}

const escapeXml = (s) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);

/** Base URL check: https (loopback http allowed for testing), no query, no trailing slash kept. */
export function normaliseBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`update base URL is not a URL: ${baseUrl}`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw new Error(`update base URL must be https:// (got ${baseUrl})`);
  if (url.search || url.hash) throw new Error(`update base URL must not carry a query or fragment: ${baseUrl}`);
  return url.href.replace(/\/+$/, '');
}

export function crxFileName(version) {
  return `motcua-assist-${version}.crx`;
}

/** Google's update protocol 2.0 response, as Chrome and Edge read it for self-hosted extensions. */
export function updateXml({ id, version, baseUrl }) {
  const codebase = `${normaliseBaseUrl(baseUrl)}/${crxFileName(version)}`;
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${escapeXml(id)}'>
    <updatecheck codebase='${escapeXml(codebase)}' version='${escapeXml(version)}' />
  </app>
</gupdate>
`;
}

/**
 * All packages from one build: store zips (no key), the signed CRX3 and update.xml.
 * Throws when the signing key does not belong to manifest.key (the id would change on update).
 */
export function buildPackages({ files, privateKeyPem, version, baseUrl }) {
  const manifest = manifestOf(files);
  if (manifest.version !== version) throw new Error(`manifest version ${manifest.version} differs from package.json ${version}: rebuild first`);
  const storeZip = createZip(withoutKey(files));
  const out = { chromeStoreZip: storeZip, edgeStoreZip: storeZip };
  if (!privateKeyPem) return out;
  if (!manifest.key) throw new Error('the build has no manifest.key (built with MOTCUA_NO_KEY?): the CRX id would not be stable');
  const expectedId = extensionIdFromPublicKey(manifest.key);
  const { crx, id } = createCrx3(createZip(files), privateKeyPem);
  if (id !== expectedId) throw new Error(`the private key gives extension id ${id}, but manifest.key gives ${expectedId}: wrong key file`);
  return { ...out, crx, id, updateXml: baseUrl ? updateXml({ id, version, baseUrl }) : undefined };
}
