// A cookie-keeping HTTP client that drives the HkdOnline replica the way a browser would:
// it serializes `form#aspnetForm` (hidden WebForms fields included), sets __EVENTTARGET for
// __doPostBack events, posts a clicked submit button, and follows redirects. For tests and
// scripts only (needs happy-dom, a dev dependency); the replica itself does not use it.
import { Window } from 'happy-dom';

/** The posted value of a parsed <select> (happy-dom's select.value ignores a parsed `selected`). */
function selectedValue(select) {
  const option = select.querySelector('option[selected]') ?? select.querySelector('option');
  return option ? (option.getAttribute('value') ?? option.textContent) : '';
}

export class HkdClient {
  /** @param {string} origin e.g. http://127.0.0.1:4202 */
  constructor(origin, cookies = {}) {
    this.origin = origin;
    this.cookies = new Map(Object.entries(cookies));
  }

  setCookie(name, value) {
    this.cookies.set(name, value);
  }

  #cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
  }

  #keepCookies(res) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const expired = attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, decodeURIComponent(pair.slice(i + 1).trim()));
    }
  }

  /** Request and follow redirects; returns a page { status, url, html, doc, redirects }. */
  async request(path, { method = 'GET', body } = {}) {
    let url = new URL(path, this.origin).href;
    const redirects = [];
    for (let hop = 0; hop < 10; hop += 1) {
      const res = await fetch(url, {
        method, body, redirect: 'manual',
        headers: { cookie: this.#cookieHeader(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      });
      this.#keepCookies(res);
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get('location') ?? '/', url).href;
        redirects.push(url);
        method = 'GET';
        body = undefined;
        continue;
      }
      const html = await res.text();
      const window = new Window({ url });
      const doc = new window.DOMParser().parseFromString(html, 'text/html');
      return { status: res.status, url, html, doc, redirects, text: (sel) => doc.querySelector(sel)?.textContent?.trim() ?? null };
    }
    throw new Error(`too many redirects from ${path}`);
  }

  get(path) {
    return this.request(path);
  }

  /** The name → values a browser would post for form#aspnetForm, before any event fields. */
  static serialize(doc) {
    const form = doc.getElementById('aspnetForm');
    if (!form) throw new Error('page has no form#aspnetForm');
    const pairs = [];
    for (const el of form.elements) {
      if (!el.name || el.disabled) continue;
      if (['submit', 'button', 'image', 'reset'].includes(el.type)) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      pairs.push([el.name, el.tagName === 'SELECT' ? selectedValue(el) : el.value]);
    }
    return pairs;
  }

  /**
   * Post the page's form. `set`: field name → value (or values, for checkbox lists; null removes);
   * `click`: a submit button name; `target`/`arg`: a __doPostBack event.
   */
  async postBack(page, { set = {}, click, target = '', arg = '' } = {}) {
    let pairs = HkdClient.serialize(page.doc).filter(([n]) => !(n in set));
    for (const [name, value] of Object.entries(set)) {
      if (value === null) continue;
      for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v]);
    }
    pairs = pairs.map(([n, v]) => [n, n === '__EVENTTARGET' ? target : n === '__EVENTARGUMENT' ? arg : v]);
    if (click) pairs.push([click, 'x']);
    const action = page.doc.getElementById('aspnetForm').getAttribute('action') ?? page.url;
    return this.request(new URL(action, page.url).href, { method: 'POST', body: new URLSearchParams(pairs).toString() });
  }

  async login(username = 'hkd01', password = '123456') {
    const page = await this.get('/HkdOnline/');
    return this.postBack(page, {
      set: { ctl00$C$txtUserName: username, ctl00$C$txtPassword: password }, click: 'ctl00$C$btnLogin',
    });
  }
}
