// Types of the shared seed for TypeScript tests (the seed itself is plain ESM, see README.md).

export interface SeedAddress { province: string; ward: string; street: string }
export interface SeedAgency { id: string; code: string; name: string; parent?: { id: string; code: string; name: string } }
export interface SeedAccount { username: string; password: string; fullName: string; agency: SeedAgency }
export interface SeedFieldAssignment { account: string; fields: string[] }

export interface SeedApplicantData {
  fullname: string; ownerFullname: string; identityNumber: string; birthday: string; gender: 'Nam' | 'Nữ';
  nationality: string; province: string; ward: string; address: string; phoneNumber: string; email: string;
  noidungyeucaugiaiquyet: string;
}

export interface SeedFormFile {
  id: string; procedureFormId: string; formName: string; procedureForm: { id: string; name: string };
  requirement: { typeId: number; typeName: string; quantity: number };
  file: { id: string; uuid: string; filename: string; size: number }[];
}

export interface SeedDossier {
  id: string; code: string; nationCode: string | null;
  procedure: {
    id: string; code: string; nationCode: string; translate: { languageId: number; name: string }[];
    sector: { id: string; code: string; name: string };
  };
  agency: { code: string; name: string };
  applyMethod: { id: number; name: 'Trực tuyến' | 'Trực tiếp' | 'Bưu chính' };
  appliedDate: string; acceptedDate: string | null; appointmentDate: string | null;
  dossierStatus: { id: number; name: string };
  currentTask: { id: string; name: string }[];
  applicant: { eformId: string; data: SeedApplicantData };
  /** Household-business procedures: Mẫu 01 (formCode HKD_MAU01) or a notice (HKD_TBTD, HKD_TNKD, HKD_CDHD, HKD_CLGCN). */
  eForm: { id: string; data: Record<string, any> };
  dossierFormFile: SeedFormFile[];
  /** Only on household-business dossiers. */
  result?: { code: string; certificateNumber: string; date: string } | null;
}

export interface SeedHousehold {
  code: string; name: string; ownerName: string; ownerDocNumber: string; certificateNumber: string;
  ward: string; province: string; street: string; registeredDate: string;
  mainLine: { name: string; code: string }; status: string;
}

export interface Seed {
  accounts: SeedAccount[];
  fieldAssignments: SeedFieldAssignment[];
  unit: { name: string; province: string };
  dossiers: SeedDossier[];
  /** scenario name → dossier ids (README.md lists the names). */
  scenarios: Record<string, string[]>;
  registeredHouseholds: SeedHousehold[];
  provinces: { name: string; code: string; wards: string[] }[];
}

export interface SeedProcedure {
  code: string; field: string; processingDays: number | null; name: string;
  documents: { kind: string; required: boolean; name: string }[];
}

export const SEED: number;
export const STATUSES: { id: number; name: string }[];
export const PROCEDURES: SeedProcedure[];
export const UNKNOWN_PROCEDURES: SeedProcedure[];
export const HKD_CODES: string[];
export function buildSeed(options?: { now?: Date }): Seed;
