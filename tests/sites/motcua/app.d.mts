// Types of Replica A (iGate) for TypeScript tests (the replica itself is plain ESM).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Seed } from '../seed/seed.mjs';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface MotcuaOptions {
  /** API answer delay in ms (default 200; 0 allowed). */
  delayMs?: number;
  /** Lifetime of issued tokens in seconds (default 8 h). */
  tokenTtlSec?: number;
}

export function createMotcuaApi(seed: Seed, options?: MotcuaOptions): Handler;
export function createMotcuaApp(options: { apiBase: string } & MotcuaOptions): Handler;
