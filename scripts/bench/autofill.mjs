// Auto-fill: fill the whole HkdOnline registration wizard from a captured dossier (no faults) and
// report the extension's own time (elapsed minus the replica's server time) and what it replaced.
import { launchBrowser, routeReplicas, extensionWorker } from '../lib/browser.mjs';
import { row, stats } from './report.mjs';
import { A, signInA, signInB } from '../lib/host-actions.mjs';

const inAssist = (page, sel) => page.locator(`motcua-assist ${sel}`);
/** A person types 200 characters per minute; each click or choice takes about 1.5 s. */
const TYPING_CPM = 200;
const SECONDS_PER_CLICK = 1.5;

async function fillOnce(sites, dossier) {
  await fetch(`${sites.urls.hkd}/HkdOnline/__replica/reset`, { method: 'POST' });
  const context = await launchBrowser();
  try {
    await routeReplicas(context, sites.urls);
    const worker = await extensionWorker(context);
    await worker.evaluate((o) => chrome.storage.local.set({ options: o }), { unit: sites.seed.unit, fieldAssignments: sites.seed.fieldAssignments });
    const page = await context.newPage();
    await signInA(page, 'hkd01');
    await page.goto(`${A}/vi/dossier/search/${dossier.id}`);
    await inAssist(page, '[data-testid="autofill-capture"]').click();
    await inAssist(page, '[data-testid="capture-confirm"]').click();
    await inAssist(page, '[data-testid="capture-stored"]').waitFor();
    await signInB(page);
    await inAssist(page, `[data-testid="autofill-item"][data-dossier-code="${dossier.code}"]`).click();
    await inAssist(page, '[data-testid="autofill-start"]').click();
    await inAssist(page, '[data-testid="fill-confirm"]').click();
    const done = await page.waitForFunction(() => {
      const el = document.querySelector('motcua-assist')?.shadowRoot?.querySelector('[data-testid="fill-status"][data-state="done"]');
      return el ? { ...el.dataset } : null;
    }, undefined, { timeout: 120_000 });
    return await done.jsonValue();
  } finally {
    await context.close();
  }
}

export async function measureAutofill(sites, { runs = 3 } = {}) {
  const ids = sites.seed.scenarios['clean-hkd-registration'];
  const dossier = sites.seed.dossiers.find((d) => ids.includes(d.id) && d.eForm.data.foundingSubject === 'Cá nhân' && d.eForm.data.submitter?.isOwner);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await fillOnce(sites, dossier));
  const own = stats(samples.map((s) => Number(s.elapsedMs) - Number(s.serverMs)));
  const total = stats(samples.map((s) => Number(s.elapsedMs)));
  const last = samples[samples.length - 1];
  const chars = Number(last.chars), clicks = Number(last.clicks) + Number(last.controls);
  const personSeconds = (chars / TYPING_CPM) * 60 + clicks * SECONDS_PER_CLICK;
  return [
    row('auto-fill', `whole registration wizard, extension time (elapsed − host page loads), median of ${runs}`, own.median / 1000, 's', 2),
    row('auto-fill', `whole wizard elapsed incl. ${last.loads} page loads, median`, total.median / 1000, 's', null),
    row('auto-fill', `replaced: ${chars} characters typed, ${clicks} clicks/choices`, personSeconds, 's of a person', null, { note: `${TYPING_CPM} cpm, ${SECONDS_PER_CLICK} s/click` }),
    row('auto-fill', 'time saved: person ÷ auto-fill elapsed', personSeconds / (total.median / 1000), '×', 5, { higherIsBetter: true }),
  ];
}
