/** Readable problems (Vietnamese / English) from zod issues, for the options page and IT. */
import type { z } from 'zod';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'chuỗi / a string',
  number: 'số / a number',
  int: 'số nguyên / an integer',
  boolean: 'true/false',
  array: 'danh sách / a list',
  object: 'đối tượng / an object',
  record: 'đối tượng / an object',
};

/** "fieldAssignments[2].fields" from a key and an issue path. */
export function formatPath(key: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), key);
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const [vi, en] = expected.split(' / ');
      return `phải là ${vi} / must be ${en ?? vi}`;
    }
    case 'invalid_value':
      return `phải là một trong / must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `cần ít nhất ${String(issue.minimum)} phần tử / needs at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? 'không được để trống / must not be empty'
          : `phải ≥ ${String(issue.minimum)} / must be ≥ ${String(issue.minimum)}`;
    case 'too_big':
      return `phải ≤ ${String(issue.maximum)} / must be ≤ ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `khóa không được hỗ trợ / unknown keys: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'khóa không hợp lệ (không phải mã quy tắc đã biết) / invalid key (not a known rule id)';
    case 'invalid_format':
      return `sai định dạng / invalid format (${issue.format})`;
    default:
      return issue.message;
  }
}
