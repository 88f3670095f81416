/**
 * public/managed_schema.json (Chrome's policy-schema dialect) must stay in step with the zod
 * config schema: same keys at every level, compatible types, a title and description on every
 * property, enum values documented, and none of the keywords Chrome ignores (default, format).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema, defaultConfig, CONFIG_KEYS } from './schema';
import { RULE_IDS } from './rule-ids';

type Node = Record<string, unknown> & { type?: string; properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean; propertyNames?: { enum?: string[] }; enum?: string[] };

const managed = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as Node;
const zodJson = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Node;
const CHROME_TYPES = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);

function compare(zn: Node, cn: Node, path: string, problems: string[]): void {
  if (cn.type !== zn.type) problems.push(`${path}: type ${String(cn.type)} ≠ zod ${String(zn.type)}`);
  if (!CHROME_TYPES.has(String(cn.type))) problems.push(`${path}: type ${String(cn.type)} is not in Chrome's dialect`);
  for (const banned of ['default', 'format', '$schema']) if (banned in cn) problems.push(`${path}: "${banned}" is ignored by Chrome`);
  if (zn.enum) for (const v of zn.enum) if (!String(cn.description ?? '').includes(v)) problems.push(`${path}: description does not list "${v}"`);
  if (zn.type === 'array' && zn.items && cn.items) compare(zn.items, cn.items, `${path}[]`, problems);
  if (zn.type !== 'object') return;
  const zProps: Record<string, Node> = zn.properties ?? Object.fromEntries((zn.propertyNames?.enum ?? []).map((k) => [k, zn.additionalProperties as Node]));
  const cProps = cn.properties ?? {};
  if (Object.keys(zProps).length === 0) {
    if (!cn.additionalProperties && !cn.properties) problems.push(`${path}: free-form object needs additionalProperties`);
    return;
  }
  expect(Object.keys(cProps).sort(), `${path} keys`).toEqual(Object.keys(zProps).sort());
  for (const [k, child] of Object.entries(cProps)) {
    if (!child.title || !child.description) problems.push(`${path}.${k}: missing title or description`);
    if (zProps[k]) compare(zProps[k], child, `${path}.${k}`, problems);
  }
}

describe('managed_schema.json', () => {
  it('mirrors the zod config schema', () => {
    const problems: string[] = [];
    compare(zodJson, managed, 'config', problems);
    expect(problems).toEqual([]);
  });
  it('covers every config key and every rule id', () => {
    expect(Object.keys(managed.properties!).sort()).toEqual([...CONFIG_KEYS].sort());
    expect(Object.keys(managed.properties!.rules!.properties!).sort()).toEqual([...RULE_IDS].sort());
  });
  it('the defaults satisfy the schema', () => {
    expect(configSchema.parse(defaultConfig)).toEqual(defaultConfig);
  });
});
