// `npm run sites`: serve the replicas alone on localhost for manual exploration.
import { startSites } from './server.mjs';

const sites = await startSites({
  ports: { motcua: 4200, api: 4201, hkd: 4202 },
  hkd: { faults: process.env.HKD_FAULTS ?? '' },
});
console.log(`Replica A (xử lý hồ sơ, iGate):   ${sites.urls.motcua}/vi/`);
console.log(`Replica A API:                     ${sites.urls.api}/pa/dossier/search`);
console.log(`Replica B (HkdOnline):             ${sites.urls.hkd}/HkdOnline/`);
console.log('Ctrl+C để dừng / to stop.');
