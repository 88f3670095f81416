/**
 * Claims of a JWT as the page keeps it (iGate: localStorage.userToken). Only decoded, never
 * verified: the extension reads who the page says is signed in, it does not authenticate.
 * Some pages store the token JSON-quoted; both forms are accepted.
 */
export function decodeJwtClaims(token: string | null | undefined): Record<string, unknown> | undefined {
  if (!token) return undefined;
  const raw = token.trim().replace(/^"|"$/g, '').replace(/^Bearer\s+/i, '');
  const part = raw.split('.')[1];
  if (!part) return undefined;
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
