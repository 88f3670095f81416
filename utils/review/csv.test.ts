import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';
import { recordsToCsv } from './csv-export';
import { makeWarnings } from './synthetic';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and doubles inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('plain Tiếng Việt')).toBe('plain Tiếng Việt');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  it('defuses formulas but leaves signed numbers alone', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+84 912')).toBe("'+84 912");
  });

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const text = toCsv(['Mã hồ sơ', 'Ghi chú'], [['H29-1', 'a\r\nb']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}Mã hồ sơ,Ghi chú\r\nH29-1,"a\r\nb"\r\n`);
  });

  it('masks identity numbers unless personal data is asked for', () => {
    const [record] = makeWarnings(400).filter((r) => r.ruleId === 'data/invalid-id-number');
    const id = record!.facts.idNumber as string;
    const opts = { header: (c: string) => c, message: (r: { messageArgs: string[] }) => r.messageArgs.join(' ') };
    const masked = recordsToCsv([record!], { ...opts, includePersonal: false });
    expect(masked).not.toContain(id);
    expect(masked).toContain(`${id.slice(0, 3)}*******${id.slice(-2)}`);
    expect(recordsToCsv([record!], { ...opts, includePersonal: true })).toContain(id);
  });
});
