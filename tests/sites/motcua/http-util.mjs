// Small HTTP helpers shared by the replica's API and app servers.

/** Read a request body (JSON or form-urlencoded) into an object; {} when empty or unparsable. */
export async function readBody(req, limit = 1_000_000) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/** CORS for any origin, Authorization allowed (the SPA lives on another origin than the API). */
export function corsHeaders(req) {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

export function sendJson(req, res, status, body) {
  res.writeHead(status, { ...corsHeaders(req), 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Vietnamese text folded for "contains" search: no diacritics, đ → d, lower case. */
export function fold(text) {
  return String(text ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
}
