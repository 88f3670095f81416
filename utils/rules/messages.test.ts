import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { messageFor, type Translate } from './messages';
import { birthDossier, ctx, hkdDossier, hkdRecord, snapshot, NOW } from './__fixtures__/context';

function translator(lang: 'vi' | 'en'): Translate {
  const path = fileURLToPath(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url));
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  // Chrome's getMessage: '' for an unknown key, $n replaced by the n-th substitution.
  return (key, subs = []) => (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** A dossier that breaks almost every rule at once. */
function everythingWrong() {
  const record = hkdRecord((r) => {
    r.owner.docNumber = '079285001234';
    r.owner.phone = '12345';
    r.owner.taxCode = '0312345678';
    r.business.name = 'Công ty Phở Hùng';
    r.business.lines = [{ name: 'Bán lẻ', code: '47', main: true }];
    r.business.seat = { province: 'Tỉnh Đồng Nai', ward: 'Phường Trấn Biên' };
    r.submitter = { kind: 'authorised' };
  });
  const d = hkdDossier({ channel: 'online', receiveButtonPresent: true, submittedAt: '2025-08-01T08:00:00+07:00', components: [{ name: 'Bản sao CCCD', files: ['cccd.jpg'] }] }, record);
  const snap = snapshot(d, { account: { username: 'nv.moi', fullName: 'Đỗ Hoài Nam' }, unreadable: [{ value: 'dossier.applicant.email', tried: ['label Email'] }] });
  const history = [{ dossierCode: 'H29.123-250730-0009', procedureCode: '1.001612', applicantIdNumber: '079085001234', seenAt: NOW.getTime() - 6 * 86_400_000 }];
  return evaluate(ctx(snap, { history }));
}

describe('messageFor', () => {
  it('translates label arguments and substitutes them, in both languages', () => {
    const f = { messageKey: 'rule_invalidValue_phone', messageArgs: ['@rule_label_applicantPhone', '091234567'] };
    expect(messageFor(f, translator('vi'))).toMatch(/^Giá trị số điện thoại của người nộp “091234567” không phải/);
    expect(messageFor(f, translator('en'))).toMatch(/^The applicant's phone number “091234567” is not/);
  });
  it('renders every finding of a badly wrong dossier fully, with no key or placeholder left', () => {
    const found = everythingWrong();
    expect(new Set(found.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(9);
    for (const lang of ['vi', 'en'] as const) {
      for (const f of found) {
        const text = messageFor(f, translator(lang));
        expect(text, `${lang} ${f.messageKey}`).not.toMatch(/\$\d|@rule_|^$/);
      }
    }
  });
  it('renders the clean fixtures to no message at all', () => {
    expect(evaluate(ctx(snapshot(birthDossier())))).toEqual([]);
  });
});
