/**
 * Test helper: saved pages under tests/fixtures as Documents. DOMParser never runs the pages'
 * scripts, so a fixture is exactly the HTML that was saved. Used by DOM tests only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Vitest runs from the repository root (vitest.config.ts); happy-dom replaces import.meta.url.
const ROOT = join(process.cwd(), 'tests/fixtures/');

export function fixtureText(path: string): string {
  return readFileSync(ROOT + path, 'utf8');
}

/** Parse saved HTML. Stylesheet links are dropped: happy-dom would try (and fail) to fetch them. */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html.replace(/<link\b[^>]*rel="?stylesheet"?[^>]*>/gi, ''), 'text/html');
}

export function loadPage(path: string): Document {
  return parsePage(fixtureText(path));
}

export function loadJson<T = unknown>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}
