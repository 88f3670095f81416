/** HkdOnline page → HkdStepSnapshot: page kind, wizard step, control values, result, account. */
import { HkdStepSnapshotSchema, type HkdStepSnapshot } from '@/utils/sites/snapshot';
import { detectHkdPageKind } from './detect-step';
import { readControlValues } from './read-control-values';
import { readResult } from './read-result';
import { readHkdAccount } from './read-account';

export function readHkdStep(doc: Document, url: string = doc.location?.href ?? ''): HkdStepSnapshot {
  const { pageKind, step } = detectHkdPageKind(url, doc);
  const result = pageKind === 'result' ? readResult(doc).result : undefined;
  return HkdStepSnapshotSchema.parse({
    system: 'household-business', pageKind, url, step,
    account: readHkdAccount(doc), values: readControlValues(doc), result,
  });
}
