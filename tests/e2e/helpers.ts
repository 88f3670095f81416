// Small actions a person does on the host systems, shared by the end-to-end specs.
import type { Page } from '@playwright/test';
import { URLS } from './fixtures';

export const PASSWORD = '123456';

/** Sign in on the processing system (replica A) and land on `path` (default: the list). */
export async function signInMotcua(page: Page, username: string, path = '/vi/dossier/processing') {
  await page.goto(`${URLS.motcua}/vi/login?returnUrl=${encodeURIComponent(path)}`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('button.login-button');
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}

/** Sign in on HkdOnline (replica B). */
export async function signInHkd(page: Page, username = 'hkd01') {
  await page.goto(`${URLS.hkd}/`);
  await page.fill('input[name="ctl00$C$txtUserName"]', username);
  await page.fill('input[name="ctl00$C$txtPassword"]', PASSWORD);
  await Promise.all([page.waitForLoadState('load'), page.click('[name="ctl00$C$btnLogin"]')]);
}

/** Text inside the extension's shadow root (Playwright pierces open shadow roots). */
export function inAssist(page: Page, selector: string) {
  return page.locator(`motcua-assist ${selector}`);
}
