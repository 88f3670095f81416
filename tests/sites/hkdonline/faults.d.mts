export interface Faults { error: number; expire: number; slow: number; seed: number }
export function parseFaults(text: string | undefined | null): Partial<Faults>;
export function effectiveFaults(serverFaults: string | undefined, cookieText: string | undefined): Faults;
export function hashString(text: string): number;
export function createRng(seed: number): () => number;
