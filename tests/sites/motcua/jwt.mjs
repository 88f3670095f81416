// Unsigned-but-well-formed JWTs in the shape Keycloak (realm "digo") issues to iGate officers.
// The replica never verifies signatures; it only decodes the payload and checks `exp`.

const ISSUER = 'https://ssodvcmc.hochiminhcity.gov.vn/auth/realms/digo';
const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Access token for an account: header.payload.signature, base64url, RS256-looking header. */
export function makeToken(account, { nowSec = Math.floor(Date.now() / 1000), ttlSec = 8 * 3600 } = {}) {
  const [family, ...rest] = account.fullName.split(' ');
  const payload = {
    exp: nowSec + ttlSec, iat: nowSec, jti: `replica-${account.username}-${nowSec}`, iss: ISSUER,
    aud: 'account', sub: `user-${account.username}`, typ: 'Bearer', azp: 'web-motcua',
    preferred_username: account.username, name: account.fullName,
    given_name: rest.join(' '), family_name: family, email: `${account.username}@tphcm.gov.vn`,
  };
  return `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'replica-digo' })}.${b64url(payload)}.${b64url(`replica-signature:${account.username}`)}`;
}

/** Payload of a well-formed, unexpired token from an `Authorization: Bearer …` header, else null. */
export function readBearer(header, nowSec = Math.floor(Date.now() / 1000)) {
  const match = /^Bearer\s+([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
  if (!match) return null;
  try {
    const payload = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8'));
    if (typeof payload.exp !== 'number' || payload.exp <= nowSec) return null;
    return typeof payload.preferred_username === 'string' ? payload : null;
  } catch {
    return null;
  }
}
