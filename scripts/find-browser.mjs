// Finds a Chromium that can load unpacked extensions (branded Chrome 137+ ignores
// --load-extension). Order: MOTCUA_CHROMIUM env var, Playwright's own Chromium, Debian's package.
// When none is present and we are root on Debian, installs Debian's `chromium` and says so.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function canInstallDebianPackage() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** Returns the browser path, installing Debian's chromium when allowed; throws a one-line error. */
export async function findBrowser({ install = true, log = console.log } = {}) {
  const fromEnv = process.env.MOTCUA_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`MOTCUA_CHROMIUM=${fromEnv} does not exist. Point it at a Chromium binary.`);
  }
  const found = (await playwrightChromium()) ?? CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (install && canInstallDebianPackage()) {
    log('No Chromium found: installing Debian packages "chromium" and "chromium-l10n" (apt-get)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-l10n'], { stdio: 'inherit' });
    const installed = CANDIDATES.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium that can load extensions was found. Install one (Debian: `sudo apt-get install chromium`; ' +
      'elsewhere: `npx playwright install chromium`) or set MOTCUA_CHROMIUM=/path/to/chromium.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  findBrowser()
    .then((p) => console.log(p))
    .catch((e) => {
      console.error(e.message);
      process.exit(1);
    });
}
