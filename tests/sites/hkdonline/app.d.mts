// Types of the HkdOnline replica for TypeScript tests (the replica itself is plain ESM).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HkdSeed {
  provinces: { name: string; code?: string | number; wards: (string | { name: string })[] }[];
  registeredHouseholds?: {
    code: string; name: string; ownerName: string; ownerDocNumber: string; certificateNumber: string;
    ward: string; province: string;
  }[];
  accounts?: Record<string, unknown>[];
}

export interface HkdOptions {
  /** "error=0.3,expire=12,slow=800,seed=7" */
  faults?: string;
  secret?: string;
  now?: () => Date;
}

export function createHkdApp(seed: HkdSeed, options?: HkdOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
