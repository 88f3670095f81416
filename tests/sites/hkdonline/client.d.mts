// Types of the cookie-keeping form client (client.mjs).
export interface HkdPage {
  status: number;
  url: string;
  html: string;
  doc: Document;
  redirects: string[];
  /** Trimmed textContent of the first match, or null. */
  text(selector: string): string | null;
}

export interface PostBackOptions {
  set?: Record<string, string | string[] | null>;
  click?: string;
  target?: string;
  arg?: string;
}

export class HkdClient {
  constructor(origin: string, cookies?: Record<string, string>);
  origin: string;
  cookies: Map<string, string>;
  setCookie(name: string, value: string): void;
  request(path: string, init?: { method?: string; body?: string }): Promise<HkdPage>;
  get(path: string): Promise<HkdPage>;
  static serialize(doc: Document): [string, string][];
  postBack(page: HkdPage, options?: PostBackOptions): Promise<HkdPage>;
  login(username?: string, password?: string): Promise<HkdPage>;
}
