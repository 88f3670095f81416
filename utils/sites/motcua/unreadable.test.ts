// @vitest-environment happy-dom
/** A changed layout (labels renamed) must give `unreadable` entries, never a crash or a guess. */
import { describe, expect, it } from 'vitest';
import { fixtureText, loadJson, parsePage } from '@/utils/sites/test-pages';
import { AdapterError, assertReadable } from '@/utils/sites/errors';
import { readDetailFromDom, readDetailFromJson } from './read-detail';

const { url } = loadJson<{ url: string }>('pages/motcua/hkd-family.json');

function renamed(): Document {
  const html = fixtureText('pages/motcua/hkd-family.html')
    .replace(/Lĩnh vực/g, 'Nhóm nghiệp vụ')
    .replace(/Mã thủ tục/g, 'Ký hiệu TT')
    .replace(/Thành phần hồ sơ/g, 'Tài liệu')
    .replace(/Số CCCD/g, 'Giấy tờ');
  return parsePage(html);
}

describe('renamed labels', () => {
  it('lists what could not be read and what was tried', () => {
    const snap = readDetailFromDom(renamed(), url);
    const missing = snap.unreadable.map((u) => u.value);
    expect(missing).toEqual(['dossier.procedureCode', 'dossier.field', 'dossier.applicant.idNumber', 'dossier.components']);
    expect(snap.dossier.field).toBeUndefined();
    const field = snap.unreadable.find((u) => u.value === 'dossier.field')!;
    expect(field.tried.join(' ')).toContain('Lĩnh vực');
    expect(snap.dossier.code).toBeTruthy();
  });

  it('AdapterError names site, field and tries', () => {
    const snap = readDetailFromDom(renamed(), url);
    expect(() => assertReadable('motcua', snap.unreadable)).toThrowError(AdapterError);
    try {
      assertReadable('motcua', snap.unreadable);
    } catch (e) {
      expect(e).toMatchObject({ site: 'motcua', field: 'dossier.procedureCode' });
      expect((e as AdapterError).tried.length).toBeGreaterThan(0);
    }
  });

  it('an empty page and a malformed JSON give unreadable entries, not exceptions', () => {
    document.body.innerHTML = '';
    expect(readDetailFromDom(document, url).unreadable.length).toBeGreaterThan(5);
    const fromJson = readDetailFromJson({ code: null, procedure: 'x', dossierFormFile: 'nope' }, url);
    expect(fromJson.unreadable.map((u) => u.value)).toContain('dossier.code');
    expect(fromJson.unreadable.map((u) => u.value)).toContain('dossier.components');
  });
});
