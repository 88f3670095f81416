/**
 * What rules get. `RuleContext` is what the caller (the background) supplies; `RuleInput` adds
 * what the engine derives once per evaluation so no rule repeats it: the catalog procedure
 * (one indexed lookup) and the account's field assignment.
 */
import type { CatalogIndex } from '@/utils/catalog/catalog-index';
import type { Procedure } from '@/utils/catalog/schema';
import type {
  DossierData,
  ListRow,
  ProcessingDetailSnapshot,
  ProcessingListSnapshot,
  Unreadable,
} from '@/utils/sites/snapshot';
import type { RulesConfig } from './rules-config';

/** A dossier this installation has seen before (structurally the db's SeenDossier). */
export interface HistoryEntry {
  dossierCode: string;
  procedureCode?: string;
  applicantIdNumber?: string;
  applicantName?: string;
  /** As written (dd/MM/yyyy); compared as a date. */
  applicantBirthDate?: string;
  /** Epoch milliseconds. */
  seenAt: number;
  businessName?: string;
  ward?: string;
}

export interface RuleContext {
  snapshot: ProcessingDetailSnapshot;
  config: RulesConfig;
  catalog: CatalogIndex;
  history: readonly HistoryEntry[];
  /** Household-business names registered in this ward (e.g. imported from HkdOnline results). */
  registeredBusinessNames?: readonly string[];
  now: Date;
}

export interface ListContext {
  snapshot: ProcessingListSnapshot;
  config: RulesConfig;
  catalog: CatalogIndex;
  now: Date;
}

export type Assignment =
  /** The account has assigned fields; `uses` = the account value that matched. */
  | { state: 'assigned'; account: string; fields: readonly string[]; uses: string[] }
  /** The account was read and no assignment names it. */
  | { state: 'not-configured'; account: string; uses: string[] }
  /** The account could not be read (fully), so nothing can be said about it. */
  | { state: 'unknown'; uses: string[] };

export interface RuleInput {
  ctx: RuleContext;
  dossier: DossierData;
  procedure: Procedure | undefined;
  assignment: Assignment;
  /** Unreadable values: the snapshot's, plus (for adapter/unreadable) those rules found missing. */
  unreadable: readonly Unreadable[];
}

export interface RowInput {
  ctx: ListContext;
  row: ListRow;
  procedure: Procedure | undefined;
  assignment: Assignment;
}

export interface PageInput {
  ctx: ListContext;
  assignment: Assignment;
  unreadable: readonly Unreadable[];
}
