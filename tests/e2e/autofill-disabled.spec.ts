// `autofillEnabled: false` has effect: no capture button on a household-business dossier, and the
// background refuses to start auto-fill work, while the checks still run.
import { test, expect, URLS } from './fixtures';
import { inAssist, setOptions, seedOptions, signInMotcua } from './helpers';

declare const chrome: any;

test('auto-fill turned off: no capture offered, capture refused, checks still shown', async ({ page, worker, sites }) => {
  const id = (sites.seed.scenarios['clean-hkd-registration'] as string[])[0]!;
  await setOptions(worker, { ...seedOptions(sites), autofillEnabled: false });
  await signInMotcua(page, 'hkd01', `/vi/dossier/search/${id}`);
  await page.goto(`${URLS.motcua}/vi/dossier/search/${id}`);
  await expect(inAssist(page, '[data-testid="check-status"][data-state="all-clear"]')).toBeVisible();
  await expect(inAssist(page, '[data-testid="autofill-capture"]')).toHaveCount(0);
  const extensionPage = await page.context().newPage();
  await extensionPage.goto(worker.url().replace('background.js', 'popup.html'));
  const refused = await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'autofill_list' }));
  expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('Auto-fill is turned off') });

  await setOptions(worker, { ...seedOptions(sites), autofillEnabled: true });
  await page.goto(`${URLS.motcua}/vi/dossier/search/${id}`);
  await expect(inAssist(page, '[data-testid="autofill-capture"]')).toBeVisible();
});
