// Shared seed data of the replica systems (DESIGN "The replica systems"). Deterministic: one
// mulberry32 stream with a constant seed; only dates depend on `now`. See README.md for the
// scenario list and the contract other replicas and tests rely on.
import { buildAccounts, buildFieldAssignments } from './accounts.mjs';
import { createDossierFactory } from './dossiers.mjs';
import { buildProvinces, HCMC, HOME_WARD } from './geo.mjs';
import { createRandom } from './random.mjs';
import { civilSpecs } from './scenarios-civil.mjs';
import { hkdSpecs } from './scenarios-hkd.mjs';

export const SEED = 0x4d43_2025; // "MC" 2025: change it and every id changes.

export { STATUSES, APPLY_METHODS, procedureObject } from './dossiers.mjs';
export { PROCEDURES, UNKNOWN_PROCEDURES, HKD_CODES } from './procedures.mjs';

/**
 * Build the whole seed. Returns fresh objects on each call (callers may mutate them).
 * @param {{ now?: Date }} [options]
 */
export function buildSeed({ now = new Date() } = {}) {
  const rand = createRandom(SEED);
  const specs = [];
  const add = (names, spec) => specs.push({ names, spec });
  civilSpecs(rand, add);
  const registeredHouseholds = hkdSpecs(rand, add, now);
  const makeDossier = createDossierFactory({ rand, now });
  const dossiers = [];
  const scenarios = {};
  for (const { names, spec } of specs) {
    const dossier = makeDossier(spec);
    dossiers.push(dossier);
    for (const name of names) (scenarios[name] ??= []).push(dossier.id);
  }
  // Newest first, as the officer's list shows them.
  dossiers.sort((a, b) => Date.parse(b.appliedDate) - Date.parse(a.appliedDate));
  return {
    accounts: buildAccounts(),
    fieldAssignments: buildFieldAssignments(),
    unit: { name: HOME_WARD, province: HCMC },
    dossiers,
    scenarios,
    registeredHouseholds,
    provinces: buildProvinces(),
  };
}
