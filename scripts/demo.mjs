// `npm run demo`: builds the extension, starts both replicas, opens Chromium with the extension
// in a fresh profile, the real hostnames routed to the replicas, signed in on both systems.
// With a display it stays open for you; without one it walks a short tour and saves screenshots.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startSites } from '../tests/sites/server.mjs';
import { launchBrowser, routeReplicas, extensionWorker } from './lib/browser.mjs';
import { A, B, signInA, signInB } from './lib/host-actions.mjs';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');

const checked = (page) => page.locator('motcua-assist [data-testid="check-status"]:not([data-state="checking"])').waitFor({ timeout: 30_000 });

async function tour(context, page, sites, dir) {
  let n = 0;
  const shot = async (name) => {
    const path = join(dir, `${String(++n).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path });
    console.log(`  📸 ${path}`);
  };
  const { scenarios } = sites.seed;
  await signInA(page, 'hotich01');
  await page.goto(`${A}/vi/dossier/search?size=20`);
  await page.locator('motcua-flag').first().waitFor({ timeout: 30_000 });
  await shot('danh-sach-ho-so-co-danh-dau');
  await page.goto(`${A}/vi/dossier/processing/${scenarios['wrong-field'][0]}`);
  await checked(page);
  await shot('ho-so-sai-linh-vuc');
  await page.click('button.btn-accept');
  await page.locator('motcua-assist [data-testid="receive-guard"]').waitFor();
  await shot('chan-tiep-nhan');
  await page.click('motcua-assist [data-testid="override-cancel"]');
  await page.goto(`${A}/vi/dossier/processing/${scenarios['missing-paper-form'][0]}`);
  await checked(page);
  await shot('ho-so-thieu-thanh-phan');
  await page.goto(`${A}/vi/dossier/processing/${scenarios['clean-ho-tich'][0]}`);
  await checked(page);
  await shot('ho-so-hop-le');
  await signInA(page, 'hkd01');
  await page.goto(`${A}/vi/dossier/processing/${scenarios['clean-hkd-registration'][0]}`);
  await checked(page);
  await shot('ho-so-ho-kinh-doanh');
  await signInB(page);
  await page.getByRole('link', { name: 'Đăng ký hộ kinh doanh', exact: true }).first().click();
  await page.waitForURL(/Registration\.aspx/);
  await shot('hkdonline-chon-loai-dang-ky');
}

const started = Date.now();
execSync('npx wxt build', { stdio: 'inherit' });
const sites = await startSites({ ports: headless ? {} : { motcua: 4200, api: 4201, hkd: 4202 } });
const context = await launchBrowser({ headless });
await routeReplicas(context, sites.urls);
const worker = await extensionWorker(context);
await worker.evaluate((o) => chrome.storage.local.set({ options: o }), { unit: sites.seed.unit, fieldAssignments: sites.seed.fieldAssignments });
const page = context.pages()[0] ?? (await context.newPage());

if (headless) {
  const dir = resolve('demo-screenshots', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(dir, { recursive: true });
  console.log(`Không có màn hình: chạy tham quan tự động, ảnh chụp lưu ở / no display: scripted tour, screenshots in\n  ${dir}`);
  try {
    await tour(context, page, sites, dir);
  } finally {
    await context.close();
    await sites.close();
  }
  console.log(`Xong / done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else {
  await signInB(page);
  await signInA(page, 'hotich01');
  console.log('Chromium đã mở, đã đăng nhập cả hai hệ thống (hotich01 / hkd01, mật khẩu 123456). Ctrl+C để dừng.');
  console.log('Chromium is open and signed in on both systems. Ctrl+C to stop.');
  context.on('close', async () => {
    await sites.close();
    process.exit(0);
  });
}
