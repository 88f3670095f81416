// Small HTTP helpers for the HkdOnline replica: body and cookie parsing, responses, escaping.

/** Escape text for HTML element content and double-quoted attributes. */
export function esc(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escape text that goes inside a single-quoted JavaScript string inside an HTML attribute. */
export function escJs(value) {
  return esc(String(value ?? '').replace(/\\/g, '\\\\').replace(/'/g, "\\'"));
}

export function parseCookies(header) {
  const out = {};
  for (const part of String(header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const key = part.slice(0, i).trim();
    let value = part.slice(i + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      out[key] = decodeURIComponent(value);
    } catch {
      out[key] = value;
    }
  }
  return out;
}

/** Read an application/x-www-form-urlencoded body as a Map name → string[] (order kept). */
export async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    // A WebForms page never posts megabytes; refuse rather than buffer without bound.
    if (size > 2_000_000) throw new Error('request body too large');
    chunks.push(chunk);
  }
  const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  const form = new Map();
  for (const [key, value] of params) {
    if (!form.has(key)) form.set(key, []);
    form.get(key).push(value);
  }
  return form;
}

/** First value of a posted field, or undefined when the field was not posted at all. */
export function field(form, name) {
  return form.get(name)?.[0];
}

export function sendHtml(res, status, html, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'private, no-store',
    ...headers,
  });
  res.end(html);
}

export function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body, null, 2));
}

export function redirect(res, location, headers = {}) {
  res.writeHead(302, { location, 'cache-control': 'private, no-store', ...headers });
  res.end(`<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="${esc(location)}">here</a>.</h2></body></html>`);
}

export function sessionCookie(id) {
  return `ASP.NET_SessionId=${id}; Path=/; HttpOnly; SameSite=Lax`;
}

export function clearSessionCookie() {
  return 'ASP.NET_SessionId=; Path=/; HttpOnly; SameSite=Lax; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
