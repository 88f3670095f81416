/**
 * A reader that cannot find a required value throws this; the content script turns it into an
 * `adapter/unreadable` finding naming the site, the value and every source tried.
 */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  constructor(
    readonly site: string,
    readonly field: string,
    readonly tried: string[],
  ) {
    super(`[${site}] không đọc được "${field}"; đã thử: ${tried.join('; ') || '(không có nguồn nào)'}`);
  }
}

/** Throw AdapterError for the first needed value that is unreadable. */
export function assertReadable(site: string, unreadable: { value: string; tried: string[] }[]): void {
  const first = unreadable[0];
  if (first) throw new AdapterError(site, first.value, first.tried);
}
