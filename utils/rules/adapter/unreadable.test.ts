import { describe, expect, it } from 'vitest';
import { birthDossier, ctx, findingsOf, snapshot } from '../__fixtures__/context';

const ID = 'adapter/unreadable';

describe(ID, () => {
  it('reports each unreadable value once, with what was tried', async () => {
    const snap = snapshot(birthDossier({ channel: undefined }), {
      unreadable: [
        { value: 'dossier.channel', tried: ['json applyMethod.name', 'label Hình thức nộp'] },
        { value: 'dossier.applicant.birthPlace', tried: [] },
      ],
    });
    const found = await findingsOf(ID, ctx(snap));
    expect(found.map((f) => [f.severity, f.messageArgs])).toEqual([
      ['review', ['dossier.applicant.birthPlace', '—']],
      ['review', ['@rule_value_channel', 'json applyMethod.name; label Hình thức nộp']],
    ]);
  });
  it('gives nothing when everything was read', async () => {
    expect(await findingsOf(ID, ctx())).toEqual([]);
  });
  it('reports an online dossier whose submission time is missing (late-reception needs it)', async () => {
    const d = birthDossier({ channel: 'online', receiveButtonPresent: true, submittedAt: undefined, components: [{ name: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh', files: ['e.json'] }, { name: 'Giấy chứng sinh', files: ['g.pdf'] }] });
    const [f] = await findingsOf(ID, ctx(snapshot(d)));
    expect(f?.messageArgs[0]).toBe('@rule_value_submittedAt');
  });
});
