import { describe, expect, it } from 'vitest';
import { ctx, findingsOf, hkdDossier, snapshot } from '../__fixtures__/context';

const ID = 'completeness/not-required-document';
const account = { account: { username: 'x', fullName: 'Lê Thị Thu Hà' } };

describe(ID, () => {
  it('flags an ID-card copy carried by a household-business registration (review)', async () => {
    const d = hkdDossier({ components: [{ name: 'Giấy đề nghị đăng ký hộ kinh doanh', files: ['mau-01.pdf'] }, { name: 'Bản sao CCCD', files: ['cccd.jpg'] }] });
    const [f] = await findingsOf(ID, ctx(snapshot(d, account)));
    expect(f).toMatchObject({ severity: 'review', messageArgs: ['Bản sao CCCD'], key: 'H29.123-250805-0002|completeness/not-required-document|ban-sao-giay-to-phap-ly' });
  });
  it('flags the row even without a file: the dossier demands it', async () => {
    const d = hkdDossier({ components: [{ name: 'Giấy đề nghị đăng ký hộ kinh doanh', files: ['mau-01.pdf'] }, { name: 'Bản sao giấy tờ pháp lý của cá nhân', files: [] }] });
    expect(await findingsOf(ID, ctx(snapshot(d, account)))).toHaveLength(1);
  });
  it('does not fire for a dossier with only the required papers', async () => {
    expect(await findingsOf(ID, ctx(snapshot(hkdDossier(), account)))).toEqual([]);
  });
});
