/**
 * Whether the value a control shows is the value the plan wrote. HkdOnline rewrites some
 * values on save (strips non-digits from phone, fax and capital; name fields in capitals), so
 * an equivalent value counts as written and is not typed again.
 */
import { collapseSpaces, nfc } from '@/utils/vn/text';
import type { FieldOp } from './types';
import { isSameOption } from './match-option';

const clean = (s: string) => collapseSpaces(nfc(s));

export function sameText(actual: string, wanted: string, equiv: 'exact' | 'digits' | 'upper'): boolean {
  if (equiv === 'digits') return actual.replace(/\D/g, '') === wanted.replace(/\D/g, '');
  if (equiv === 'upper') return clean(actual).toLocaleUpperCase('vi') === clean(wanted).toLocaleUpperCase('vi');
  return clean(actual) === clean(wanted);
}

/** `values` = readControlValues output (a select also gives `<name>#text`). */
export function isFieldDone(op: FieldOp, values: Record<string, string>): boolean {
  const actual = values[op.name] ?? '';
  switch (op.kind) {
    case 'text':
      return sameText(actual, op.value, op.equiv);
    case 'select':
      return isSameOption({ value: actual, text: values[`${op.name}#text`] ?? '' }, op.value);
    case 'radio':
      return actual === op.value;
    case 'checkboxes': {
      const have = new Set(actual.split(',').filter(Boolean));
      return op.values.length === have.size && op.values.every((v) => have.has(v));
    }
  }
}
