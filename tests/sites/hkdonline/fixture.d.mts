import type { HkdOptions, HkdSeed } from './app.mjs';

export const FIXTURE_SEED: HkdSeed;
export function startHkd(options?: HkdOptions, seed?: HkdSeed): Promise<{ origin: string; close: () => Promise<void> }>;
