// Request bodies for the two wire formats. NDJSON: one document per line. Elasticsearch /
// OpenSearch `_bulk`: an `index` action with `_id` = the document id before each document, so a
// redelivered document overwrites itself instead of duplicating.
export type ReportFormat = 'ndjson' | 'bulk';

export const DEFAULT_INDEX = 'motcua-assist-findings';

/** `_index` is needed only when the endpoint does not name the index (`…/_bulk` at the root). */
export function bulkIndexFor(endpoint: string): string | undefined {
  const path = new URL(endpoint).pathname.replace(/\/+$/, '');
  return path === '/_bulk' || path === '' ? DEFAULT_INDEX : undefined;
}

export function requestBody(docs: readonly { id: string }[], format: ReportFormat, endpoint: string): string {
  if (format === 'ndjson') return docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const index = bulkIndexFor(endpoint);
  const lines: string[] = [];
  for (const d of docs) {
    const { id, ...source } = d;
    lines.push(JSON.stringify({ index: index ? { _index: index, _id: id } : { _id: id } }), JSON.stringify({ id, ...source }));
  }
  return lines.join('\n') + '\n';
}

/**
 * Which documents of a `_bulk` response must be retried: items that failed with 429 or 5xx.
 * Other item errors (a mapping conflict, 400) would fail forever; they are dropped and counted.
 */
export function bulkOutcome(response: unknown, ids: readonly string[]): { retry: Set<string>; rejected: Set<string> } {
  const retry = new Set<string>();
  const rejected = new Set<string>();
  const body = response as { errors?: boolean; items?: Record<string, { status?: number }>[] } | null;
  if (!body?.errors || !Array.isArray(body.items)) return { retry, rejected };
  body.items.forEach((item, i) => {
    const status = Object.values(item)[0]?.status ?? 0;
    const id = ids[i];
    if (id === undefined || (status >= 200 && status < 300)) return;
    (status === 429 || status >= 500 ? retry : rejected).add(id);
  });
  return { retry, rejected };
}
