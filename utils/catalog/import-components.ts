/**
 * The "Thành phần hồ sơ" cell of a ward spreadsheet: one component per line (or separated by " | "),
 * each optionally preceded by tags in square brackets, e.g.
 *   [bắt buộc] Giấy chứng sinh
 *   [trực tiếp/bưu chính] Tờ khai đăng ký khai sinh theo mẫu
 *   [trực tuyến] Mẫu hộ tịch điện tử tương tác đăng ký khai sinh
 *   [khi: childAbandoned] Biên bản xác nhận việc trẻ bị bỏ rơi
 *   [khi: !noDeathNotice][nhóm: chung-tu] Giấy báo tử
 *   [bưu chính] Bản sao có chứng thực các giấy tờ phải xuất trình
 *   [xuất trình] Giấy tờ tùy thân          [không bắt buộc theo luật][khi: populationDataUnavailable] Bản sao CCCD
 * A line without tags is optional. A cell may instead hold a JSON array of components.
 */
import { foldKey, slugify } from '@/utils/vn/text';
import type { ComponentInput } from './bundled/types';

export class ComponentCellError extends Error {}

const TAG = /^\s*\[([^\]]*)\]/;

function applyTag(c: ComponentInput, raw: string): void {
  const tag = foldKey(raw);
  if (tag === 'bat buoc') c.required = 'always';
  else if (tag === 'truc tiep/buu chinh' || tag === 'truc tiep' || tag === 'giay') {
    Object.assign(c, { required: 'paper-channels', alternativeGroup: c.alternativeGroup ?? 'to-khai' });
  } else if (tag === 'truc tuyen') Object.assign(c, { required: 'online', alternativeGroup: c.alternativeGroup ?? 'to-khai' });
  else if (tag === 'buu chinh') Object.assign(c, { required: 'conditional', condition: { kind: 'channel', channels: ['post'] } });
  else if (tag === 'xuat trinh') c.presentOnly = true;
  else if (tag === 'khong bat buoc theo luat') c.notRequiredByLaw = true;
  else if (tag.startsWith('nhom:')) c.alternativeGroup = slugify(tag.slice(5));
  else if (tag.startsWith('khi:')) {
    // Fact names are camelCase: take them from the raw text, not the folded one.
    const fact = raw.slice(raw.indexOf(':') + 1).trim();
    const negated = fact.startsWith('!');
    const name = negated ? fact.slice(1).trim() : fact;
    if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new ComponentCellError(`điều kiện "${fact}" không hợp lệ / invalid fact name`);
    const cond = { kind: 'fact' as const, fact: name };
    Object.assign(c, { required: 'conditional', condition: negated ? { kind: 'not', of: cond } : cond });
  } else throw new ComponentCellError(`nhãn không hiểu được "[${raw}]" / unknown tag`);
}

export function parseComponentsCell(cell: string): ComponentInput[] {
  const text = cell.trim();
  if (text === '') return [];
  if (text.startsWith('[{') || text.startsWith('[ {')) {
    try {
      return JSON.parse(text) as ComponentInput[];
    } catch {
      throw new ComponentCellError('JSON không hợp lệ / invalid JSON');
    }
  }
  const ids = new Set<string>();
  return text.split(/\r?\n|\s\|\s/).map((l) => l.trim()).filter(Boolean).map((line) => {
    const c: ComponentInput = { id: '', name: '', required: 'optional' };
    let rest = line;
    for (let m = TAG.exec(rest); m; m = TAG.exec(rest)) {
      applyTag(c, m[1] ?? '');
      rest = rest.slice(m[0].length);
    }
    c.name = rest.trim().replace(/^(?:[-•*+]|\d{1,2}[.)])\s+/, '').trim();
    let id = slugify(c.name).split('-').slice(0, 8).join('-') || 'thanh-phan';
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    c.id = id;
    return c;
  });
}
