// "Erase all citizen data" (options page): the officer's or the ward's right to wipe every
// citizen's personal value this installation holds, at once, without losing the work record.
// Deleted: every auto-fill capture and every fill in progress (their plans carry the values).
// Removed from each seen dossier: the applicant's identity number, name and birth date (the code,
// procedure, ward and business name stay, so the naming rule keeps working). Masked in each stored
// warning: the personal facts, message arguments and identity-number runs in its id, exactly as an
// export without personal data shows them. Warnings, overrides, reviews and the audit trail stay.
// Reports already queued for central collection hold what policy chose to send and are left alone.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { exportRecord } from '@/utils/review/personal';
import { db, type AssistDatabase } from './database';
import type { SeenDossier, WarningRecord } from './types';

export const EraseCitizenDataRequestSchema = z.object({ type: z.literal('erase-citizen-data'), confirm: z.literal(true) });

export interface EraseReport {
  captures: number;
  fills: number;
  seen: number;
  warnings: number;
}

const PERSONAL_SEEN = ['applicantIdNumber', 'applicantName', 'applicantBirthDate'] as const satisfies readonly (keyof SeenDossier)[];
const CHUNK = 500;

/** A record still holding a value that an export without personal data would mask. */
function holdsPersonal(record: WarningRecord, masked: WarningRecord): boolean {
  const changed = (a: unknown, b: unknown) => typeof a === 'string' && a !== b && !a.includes('*');
  if (changed(record.id, masked.id) && /\d{9,}/.test(record.id)) return true;
  if (record.messageArgs.some((a, i) => changed(a, masked.messageArgs[i]))) return true;
  return Object.keys(record.facts).some((k) => JSON.stringify(record.facts[k]) !== JSON.stringify(masked.facts[k]) && !JSON.stringify(record.facts[k]).includes('*'));
}

/** Warnings are masked in chunks of 500, each chunk its own transaction (no long lock on a big store). */
async function maskWarnings(database: AssistDatabase): Promise<number> {
  let count = 0;
  const keys = (await database.warnings.toCollection().primaryKeys()) as string[];
  for (let i = 0; i < keys.length; i += CHUNK) {
    count += await database.transaction('rw', database.warnings, async () => {
      const rows = (await database.warnings.bulkGet(keys.slice(i, i + CHUNK))).filter((r): r is WarningRecord => !!r);
      const changed = rows.map((r) => [r, exportRecord(r, false)] as const).filter(([r, m]) => holdsPersonal(r, m));
      await database.warnings.bulkDelete(changed.filter(([r, m]) => r.id !== m.id).map(([r]) => r.id));
      await database.warnings.bulkPut(changed.map(([, m]) => m));
      return changed.length;
    });
  }
  return count;
}

async function eraseFills(): Promise<number> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const keys = Object.keys(all).filter((k) => k.startsWith('autofill:'));
  if (keys.length) await browser.storage.session.remove(keys);
  return keys.filter((k) => /^autofill:tab:\d+$/.test(k)).length;
}

export async function eraseCitizenData(now: number, database: AssistDatabase = db()): Promise<EraseReport> {
  const fills = await eraseFills();
  const captures = await database.transaction('rw', database.captures, async () => {
    const n = await database.captures.count();
    await database.captures.clear();
    return n;
  });
  const seen = await database.seen
    .filter((row) => PERSONAL_SEEN.some((k) => row[k] !== undefined))
    .modify((row: SeenDossier) => PERSONAL_SEEN.forEach((k) => delete row[k]));
  const warnings = await maskWarnings(database);
  const report = { captures, fills, seen, warnings };
  await database.audit.add({ at: now, kind: 'erase', detail: { scope: 'all-citizen-data', ...report } });
  return report;
}

/**
 * Router handler: answers only `erase-citizen-data` with `confirm: true`, and only from the
 * extension's own pages (options, popup) — never from a content script, which a hostile host page
 * could try to drive. Declines (undefined) every other message.
 */
export function handleEraseMessage(message: unknown, sender: { url?: string }): Promise<EraseReport> | undefined {
  if ((message as { type?: unknown } | null)?.type !== 'erase-citizen-data') return undefined;
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return Promise.reject(new Error('erase-citizen-data: only from an extension page'));
  const parsed = EraseCitizenDataRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.reject(new Error('erase-citizen-data: confirmation missing'));
  return eraseCitizenData(Date.now());
}
