// The security review (docs/SECURITY.md) as tests that fail when a protection is removed:
// - no page data reaches an HTML sink: no innerHTML & co. anywhere in product code;
// - no remote or dynamic code: no eval, new Function, string timers, remote imports or scripts;
// - the router answers only this extension's own scripts and only zod-valid messages, and its
//   log line never carries the message's values.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { installRouter } from '@/utils/service/router';
import { handleAutofillMessage } from '@/utils/autofill/background';

const root = process.cwd();
function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) return /^(node_modules|__fixtures__)$/.test(name) ? [] : files(rel, ext);
    return ext.test(name) && !/\.(test|fuzz\.test)\.tsx?$/.test(name) && !/test-(pages|source)\.ts$/.test(name) ? [rel] : [];
  });
}
const PRODUCT = [...files('entrypoints', /\.(ts|tsx|html)$/), ...files('components', /\.tsx?$/), ...files('utils', /\.(ts|tsx)$/)];

const SINKS: [string, RegExp][] = [
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\s*=|\b(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['document.write', /document\.write/],
  ['createContextualFragment', /createContextualFragment/],
  ['srcdoc', /\bsrcdoc\b/],
];
const DYNAMIC_CODE: [string, RegExp][] = [
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['remote import', /import\s*\(\s*['"`]https?:/],
  ['importScripts', /importScripts\s*\(/],
  ['remote script tag', /<script[^>]+src=["']?(https?:)?\/\//i],
  ['javascript: URL written by us', /(href|src)\s*=\s*['"`]javascript:/],
];

export function offenders(paths: string[], rules: [string, RegExp][], read = (p: string) => readFileSync(join(root, p), 'utf8')): string[] {
  return paths.flatMap((p) => {
    const text = read(p).replace(/^\s*(\/\/|\/?\*).*$/gm, ''); // comments may name the sinks they avoid
    return rules.filter(([, re]) => re.test(text)).map(([name]) => `${p}: ${name}`);
  });
}

describe('static: no HTML sinks, no dynamic or remote code', () => {
  it('scans the whole product (the scan sees the files)', () => {
    expect(PRODUCT.length).toBeGreaterThan(150);
    expect(PRODUCT).toContain('entrypoints/motcua.content/panel.tsx');
  });
  it('no page data can reach an HTML sink', () => expect(offenders(PRODUCT, SINKS)).toEqual([]));
  it('no eval, Function, string timers, remote imports or remote scripts', () => expect(offenders(PRODUCT, DYNAMIC_CODE)).toEqual([]));
  it('the scan catches each sink and each form of dynamic code (it can fail)', () => {
    const bad = ['el.innerHTML = v', "x.insertAdjacentHTML('beforeend', v)", '<div dangerouslySetInnerHTML={{ __html: v }} />', 'eval(code)', "setTimeout('go()', 1)", "import('https://cdn.example/x.js')", '<script src="https://cdn.example/a.js"></script>'];
    expect(offenders(bad.map((_, i) => String(i)), [...SINKS, ...DYNAMIC_CODE], (p) => bad[Number(p)]!)).toHaveLength(bad.length);
  });
});

describe('router: own scripts only, validated messages, no values in logs', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    installRouter([handleAutofillMessage]);
  });
  afterEach(() => vi.restoreAllMocks());

  const SECRET = '079203001245 Nguyễn Thị Mai';
  const own = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 }, url: 'https://motcua.tphcm.gov.vn/vi/dossier/search/1' }) as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

  it('ignores every message from another extension, whatever it says', async () => {
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state', tabId: 3 }, { id: 'another-extension-id' });
    expect(answers.filter((a: unknown) => a !== undefined)).toEqual([]);
    const erase = await fakeBrowser.runtime.onMessage.trigger({ type: 'autofill_erase', dossierCode: 'X' }, { id: 'another-extension-id' });
    expect(erase.filter((a: unknown) => a !== undefined)).toEqual([]);
  });

  it('rejects malformed and unknown messages as data, without echoing their values', async () => {
    const malformed = [
      { type: 'override', dossierCode: SECRET, reason: 'short' },
      { type: 'check-detail', snapshot: { applicant: SECRET } },
      { type: 'autofill_capture', source: { owner: SECRET } },
      { type: 'no-such-type', value: SECRET },
      SECRET,
      null,
    ];
    for (const message of malformed) {
      const [answer] = (await fakeBrowser.runtime.onMessage.trigger(message, own())) as unknown as { ok: boolean; error: string }[];
      expect(answer).toMatchObject({ ok: false });
      expect(answer!.error).not.toContain('079203001245');
    }
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/079203001245|Nguyễn/);
  });
});
