/**
 * The people a dossier names whose identity data can be checked: the applicant (người nộp /
 * người yêu cầu) and, on a household-business dossier, the owner (chủ hộ). Each comes with the
 * value paths its data was read from, so findings can cite evidence and respect `unreadable`.
 */
import type { DossierData } from '@/utils/sites/snapshot';
import { foldKey } from '@/utils/vn/text';

export interface PersonToCheck {
  /** Stable discriminator part: "applicant" or "owner". */
  role: 'applicant' | 'owner';
  name?: string;
  idNumber?: string;
  birthDate?: string;
  gender?: 'male' | 'female';
  paths: { idNumber: string; birthDate: string; gender: string; name: string };
}

const OWNER = 'dossier.householdBusiness.owner';

/** Documents that are not Vietnamese identity numbers (passport, other) are not checked as such. */
function isVietnameseIdDoc(docType: string | undefined): boolean {
  if (!docType) return true;
  const k = foldKey(docType);
  return !(k.includes('ho chieu') || k.includes('khac') || k.includes('passport'));
}

export function peopleToCheck(dossier: DossierData): PersonToCheck[] {
  const a = dossier.applicant;
  const people: PersonToCheck[] = [
    {
      role: 'applicant',
      name: a.fullName,
      idNumber: a.idNumber,
      birthDate: a.birthDate,
      gender: a.gender,
      paths: {
        idNumber: 'dossier.applicant.idNumber',
        birthDate: 'dossier.applicant.birthDate',
        gender: 'dossier.applicant.gender',
        name: 'dossier.applicant.fullName',
      },
    },
  ];
  const owner = dossier.householdBusiness?.owner;
  if (owner && isVietnameseIdDoc(owner.docType)) {
    people.push({
      role: 'owner',
      name: owner.fullName,
      idNumber: owner.docNumber,
      birthDate: owner.birthDate,
      gender: owner.gender,
      paths: {
        idNumber: `${OWNER}.docNumber`,
        birthDate: `${OWNER}.birthDate`,
        gender: `${OWNER}.gender`,
        name: `${OWNER}.fullName`,
      },
    });
  }
  return people;
}

/** The name to show for a person in a message: the name read, or the role's label key. */
export function personLabel(p: PersonToCheck): string {
  return p.name?.trim() || (p.role === 'owner' ? '@rule_label_owner' : '@rule_label_applicant');
}
