// Signing in on the two host systems, as a person does it; shared by the demo and the benchmarks.
export const A = 'https://motcua.tphcm.gov.vn';
export const B = 'https://hokinhdoanh.dkkd.gov.vn/HkdOnline';
export const PASSWORD = '123456';

/** Sign in on the processing system as `username` (signing out whoever was signed in). */
export async function signInA(page, username) {
  await page.goto(`${A}/vi/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${A}/vi/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('button.login-button');
  await page.waitForURL(/\/vi\/dossier\//);
}

export async function signInB(page, username = 'hkd01') {
  await page.goto(`${B}/`);
  await page.fill('input[name="ctl00$C$txtUserName"]', username);
  await page.fill('input[name="ctl00$C$txtPassword"]', PASSWORD);
  await Promise.all([page.waitForLoadState('load'), page.click('[name="ctl00$C$btnLogin"]')]);
}
