import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { createCatalogIndex } from './catalog-index';
import { evaluateCondition } from './conditions';
import { expectedComponents } from './expected-components';

const index = createCatalogIndex(bundledCatalog());
const proc = (code: string) => index.byCode(code)!.procedure;
const ids = (cs: Array<{ id: string }>) => cs.map((c) => c.id);
const status = (code: string, ctx: Parameters<typeof expectedComponents>[1], id: string) =>
  expectedComponents(proc(code), ctx).components.find((e) => e.component.id === id)!.status;

describe('expectedComponents — channel-aware alternatives', () => {
  it('khai sinh in person: paper declaration + birth certificate', () => {
    expect(ids(expectedComponents(proc('1.001193'), { channel: 'in-person' }).required)).toEqual(['to-khai', 'giay-chung-sinh']);
  });
  it('khai sinh online: e-form replaces the paper declaration', () => {
    expect(ids(expectedComponents(proc('1.001193'), { channel: 'online' }).required)).toEqual(['e-form', 'giay-chung-sinh']);
  });
  it('by post counts as a paper channel and adds certified copies for kết hôn', () => {
    const e = expectedComponents(proc('1.000894'), { channel: 'post' });
    expect(ids(e.required)).toEqual(['to-khai', 'ban-sao-qua-buu-chinh']);
    expect(status('1.000894', { channel: 'in-person' }, 'ban-sao-qua-buu-chinh')).toBe('not-required');
  });
  it('unknown channel: one of the pair, and says it assumed the channel', () => {
    const e = expectedComponents(proc('1.001193'), {});
    expect(ids(e.required)).toEqual(['giay-chung-sinh']);
    expect(e.oneOf.map(ids)).toEqual([['to-khai', 'e-form']]);
    expect(e.assumed).toContain('channel');
  });
});

describe('expectedComponents — facts', () => {
  it('conditional papers follow the facts, unknown facts count as false and are reported', () => {
    expect(status('1.001193', { channel: 'online' }, 'bien-ban-bo-roi')).toBe('not-required');
    expect(status('1.001193', { channel: 'online', facts: { childAbandoned: true } }, 'bien-ban-bo-roi')).toBe('required');
    expect(status('1.001193', { channel: 'online', facts: { authorisedRepresentative: true } }, 'uy-quyen')).toBe('required');
    expect(expectedComponents(proc('1.001193'), { channel: 'online' }).assumed).toEqual(expect.arrayContaining(['childAbandoned', 'authorisedRepresentative']));
  });
  it('identity papers are presented, not uploaded', () => {
    expect(status('1.001193', { channel: 'in-person' }, 'giay-to-tuy-than')).toBe('present-only');
    expect(status('1.000894', { channel: 'online' }, 'giay-to-tuy-than')).toBe('present-only');
  });
  it('HKD registration: ID-card copy is not required by law unless the population DB was unavailable', () => {
    expect(status('1.001612', { channel: 'in-person' }, 'ban-sao-giay-to-phap-ly')).toBe('not-required-by-law');
    expect(status('1.001612', { channel: 'in-person', facts: { populationDataUnavailable: true } }, 'ban-sao-giay-to-phap-ly')).toBe('required');
    expect(status('1.001612', { facts: { householdMembersFound: true } }, 'bien-ban-hop-gia-dinh')).toBe('required');
  });
  it('khai tử: death notice, or the proof of death when there is none', () => {
    expect(ids(expectedComponents(proc('1.000656'), { channel: 'in-person' }).required)).toEqual(['to-khai', 'giay-bao-tu']);
    expect(ids(expectedComponents(proc('1.000656'), { channel: 'in-person', facts: { noDeathNotice: true } }).required)).toEqual(['to-khai', 'chung-cu-su-kien-chet']);
  });
  it('valued facts: kind of guardianship', () => {
    const appointed = expectedComponents(proc('1.004837'), { channel: 'online', facts: { guardianshipKind: 'appointed' } });
    expect(ids(appointed.required)).toEqual(['e-form', 'van-ban-cu-giam-ho']);
  });
  it('change of HKD owner needs the family meeting minutes (any-of condition)', () => {
    expect(status('2.000720', { facts: { ownerChange: true } }, 'bien-ban-hop-gia-dinh')).toBe('required');
    expect(status('2.000720', { facts: { ownerChange: false, householdMembersFound: false } }, 'bien-ban-hop-gia-dinh')).toBe('not-required');
  });
});

describe('evaluateCondition', () => {
  it('combines all/any/not and collects assumptions', () => {
    const c = { kind: 'all', of: [{ kind: 'channel', channels: ['online'] }, { kind: 'not', of: { kind: 'fact', fact: 'x' } }] } as const;
    expect(evaluateCondition(c as never, { channel: 'online' })).toEqual({ value: true, assumed: ['x'] });
    expect(evaluateCondition(c as never, { channel: 'post', facts: { x: false } })).toEqual({ value: false, assumed: [] });
  });
});
