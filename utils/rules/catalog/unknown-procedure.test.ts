import { describe, expect, it } from 'vitest';
import { birthDossier, ctx, findingsOf, snapshot } from '../__fixtures__/context';

const ID = 'catalog/unknown-procedure';

describe(ID, () => {
  it('fires for a code and name the catalog does not know', async () => {
    const d = birthDossier({ procedureCode: '1.012345.000.00.00.H29', procedureName: 'Cấp phép biển hiệu quảng cáo', components: [] });
    const [f] = await findingsOf(ID, ctx(snapshot(d)));
    expect(f).toMatchObject({ severity: 'warning', messageArgs: ['1.012345.000.00.00.H29', 'Cấp phép biển hiệu quảng cáo'] });
    expect(f?.key.endsWith('|1.012345')).toBe(true);
  });
  it('finds a local code by its national prefix, and a former/variant code', async () => {
    expect(await findingsOf(ID, ctx(snapshot(birthDossier({ procedureCode: '1.001193.000.00.00.H29' }))))).toEqual([]);
    expect(await findingsOf(ID, ctx(snapshot(birthDossier({ procedureCode: '2.000986' }))))).toEqual([]);
  });
  it('fires for an unknown code whose name only resembles a catalog procedure', async () => {
    const d = birthDossier({ procedureCode: '2.001016.000.00.00.H29', procedureName: 'Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở', components: [] });
    expect(await findingsOf(ID, ctx(snapshot(d)))).toHaveLength(1);
  });
  it('finds the procedure by name when there is no code', async () => {
    expect(await findingsOf(ID, ctx(snapshot(birthDossier({ procedureCode: undefined, procedureName: 'Thủ tục đăng ký khai sinh' }))))).toEqual([]);
  });
  it('gives no verdict when the code is unreadable', async () => {
    const d = birthDossier({ procedureCode: undefined, procedureName: 'Thủ tục lạ' });
    const snap = snapshot(d, { unreadable: [{ value: 'dossier.procedureCode', tried: ['label Mã thủ tục'] }] });
    expect(await findingsOf(ID, ctx(snap))).toEqual([]);
  });
});
