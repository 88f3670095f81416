// iGate's own dossier JSON, fetched the way the page does (its token, its API), so the check
// does not depend on the layout. The API host per system host is data (IT may add more).
const API_BASES: Record<string, string> = {
  'motcua.tphcm.gov.vn': 'https://apigatewaydvcmc.hochiminhcity.gov.vn',
};

export async function fetchDossierJson(id: string, token: string | null, signal: AbortSignal): Promise<unknown | undefined> {
  const base = API_BASES[location.hostname];
  if (!base || !token) return undefined;
  try {
    const response = await fetch(`${base}/pa/dossier/${encodeURIComponent(id)}/--online`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal,
    });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined; // unreachable or aborted: the page's DOM is the fallback
  }
}
