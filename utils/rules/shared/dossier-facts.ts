/**
 * Facts the catalog's component conditions ask about (utils/catalog/conditions KNOWN_FACTS),
 * derived from what the dossier itself says. A fact the data does not establish is left out:
 * the catalog then takes it as false, so a conditional paper is never demanded without evidence.
 */
import type { DossierData } from '@/utils/sites/snapshot';
import type { Facts } from '@/utils/catalog/conditions';
import { foldKey } from '@/utils/vn/text';

export function dossierFacts(dossier: DossierData): Facts {
  const facts: Record<string, boolean> = {};
  const hkd = dossier.householdBusiness;
  if (!hkd) {
    // Someone submits for another person (iGate's ownerFullname differs from the submitter).
    if (dossier.applicant.onBehalfOf) facts.authorisedRepresentative = true;
    return facts;
  }
  const owner = hkd.owner.fullName;
  const applicant = dossier.applicant.fullName;
  // The person who submitted is not the owner: the e-form says so, or the names differ.
  if (hkd.submitter.kind === 'authorised') facts.authorisedRepresentative = true;
  else if (owner && applicant) facts.authorisedRepresentative = foldKey(owner) !== foldKey(applicant);
  else facts.authorisedRepresentative = false;
  if (hkd.foundingSubject) facts.householdMembersFound = hkd.foundingSubject === 'household';
  else if (hkd.members.length > 1) facts.householdMembersFound = true;
  return facts;
}
