/**
 * Captured dossiers (Dexie `captures`): encrypted canonical record + notice, a summary without
 * personal data for the HkdOnline list, and the registration result once it is known. Kept at
 * most 7 days; erased when the result has been carried back, or at once by the officer.
 */
import { db } from '@/utils/db/database';
import type { CaptureRecord } from '@/utils/db/types';
import type { HkdResult } from '@/utils/sites/snapshot';
import { CaptureSourceSchema, type CaptureSource } from './source';
import { seal, unseal } from './crypto-store';

export const CAPTURE_TTL_MS = 7 * 24 * 3600 * 1000;

export interface CaptureSummary {
  dossierCode: string;
  procedure: string;
  businessName: string;
  capturedAt: number;
  expiresAt: number;
  result?: HkdResult;
}

export async function saveCapture(source: CaptureSource, now: number, ttlMs = CAPTURE_TTL_MS): Promise<CaptureSummary> {
  const sealed = await seal(source);
  const record: CaptureRecord = {
    dossierCode: source.dossierCode, capturedAt: now, expiresAt: now + ttlMs, ...sealed,
    summary: { procedure: source.record.procedure, businessName: source.record.business.name ?? '' },
  };
  await db().captures.put(record);
  return summaryOf(record);
}

function summaryOf(r: CaptureRecord): CaptureSummary {
  return { dossierCode: r.dossierCode, procedure: r.summary.procedure, businessName: r.summary.businessName, capturedAt: r.capturedAt, expiresAt: r.expiresAt, result: r.result };
}

export async function listCaptures(now: number): Promise<CaptureSummary[]> {
  const rows = await db().captures.where('expiresAt').above(now).toArray();
  return rows.sort((a, b) => b.capturedAt - a.capturedAt).map(summaryOf);
}

export async function getCaptureSummary(dossierCode: string, now: number): Promise<CaptureSummary | undefined> {
  const r = await db().captures.get(dossierCode);
  return r && r.expiresAt > now ? summaryOf(r) : undefined;
}

export async function readCapture(dossierCode: string, now: number): Promise<CaptureSource | undefined> {
  const r = await db().captures.get(dossierCode);
  if (!r || r.expiresAt <= now) return undefined;
  return CaptureSourceSchema.parse(await unseal(r));
}

export async function setCaptureResult(dossierCode: string, result: HkdResult): Promise<boolean> {
  return (await db().captures.update(dossierCode, { result })) > 0;
}

export async function eraseCapture(dossierCode: string): Promise<boolean> {
  const had = Boolean(await db().captures.get(dossierCode));
  await db().captures.delete(dossierCode);
  return had;
}

/** Delete every capture past its expiry; returns how many. */
export async function purgeCaptures(now: number): Promise<number> {
  return db().captures.where('expiresAt').belowOrEqual(now).delete();
}
