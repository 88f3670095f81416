// Builds the extension once before the end-to-end suite, so tests always run the current code.
import { execSync } from 'node:child_process';
import { findBrowser } from '../../scripts/find-browser.mjs';

export default async function globalSetup() {
  await findBrowser();
  if (process.env.MOTCUA_SKIP_BUILD) return;
  execSync('npx wxt build', { stdio: 'inherit' });
}
