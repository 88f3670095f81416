// Minimal page classification used until the site adapters land.
export type MotcuaPageKind = 'dossier-list' | 'dossier-detail' | 'login' | 'other';

export function classifyMotcuaUrl(url: URL): MotcuaPageKind {
  const path = url.pathname;
  if (/^\/vi\/dossier\/(search|processing)\/[^/]+\/?$/.test(path)) return 'dossier-detail';
  if (/^\/vi\/dossier\//.test(path)) return 'dossier-list';
  if (/^\/vi\/login/.test(path)) return 'login';
  return 'other';
}

export function readAccountName(storage: Storage): string | undefined {
  const token = storage.getItem('userToken');
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof json.preferred_username === 'string' ? json.preferred_username : undefined;
  } catch {
    return undefined;
  }
}
