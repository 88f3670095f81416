/**
 * Builders for components that recur across the bundled procedures, so each procedure file
 * states only what differs. Names follow catalog-sample.json wording.
 */
import type { ComponentInput } from './types';

/** The paper declaration: needed only for in-person / postal submission. */
export function paperForm(name: string, extra: Partial<ComponentInput> = {}): ComponentInput {
  return { id: 'to-khai', name, required: 'paper-channels', alternativeGroup: 'to-khai', ...extra };
}

/** The interactive e-form that replaces the paper declaration online. */
export function eForm(name: string, extra: Partial<ComponentInput> = {}): ComponentInput {
  return { id: 'e-form', name, required: 'online', alternativeGroup: 'to-khai', ...extra };
}

export function always(id: string, name: string, extra: Partial<ComponentInput> = {}): ComponentInput {
  return { id, name, required: 'always', ...extra };
}

export function optional(id: string, name: string, extra: Partial<ComponentInput> = {}): ComponentInput {
  return { id, name, required: 'optional', ...extra };
}

export function whenFact(id: string, name: string, fact: string, extra: Partial<ComponentInput> = {}): ComponentInput {
  return { id, name, required: 'conditional', condition: { kind: 'fact', fact }, ...extra };
}

export const AUTHORISATION_NOTE =
  'Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột';

/** Power of attorney when someone else submits. */
export function authorisation(name = 'Văn bản ủy quyền', extra: Partial<ComponentInput> = {}): ComponentInput {
  return whenFact('uy-quyen', name, 'authorisedRepresentative', { aliases: ['Giấy ủy quyền'], ...extra });
}

/** Identity papers are presented at the counter, not uploaded, when the data is in CSDLQGVDC. */
export function identityPresented(
  name = 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu/CCCD/Thẻ căn cước/Căn cước điện tử…) — xuất trình',
): ComponentInput {
  return optional('giay-to-tuy-than', name, {
    presentOnly: true,
    note: 'Xuất trình khi nộp trực tiếp; không phải tải lên nếu thông tin đã có trong CSDLQGVDC/CSDLHTĐT và được điền tự động',
  });
}

export function residenceProof(name = 'Giấy tờ chứng minh thông tin cư trú'): ComponentInput {
  return whenFact('cu-tru', name, 'residenceDataUnavailable');
}

/** Certified copies of the papers to be presented, when the dossier is sent by post. */
export function postalCopies(name = 'Bản sao có chứng thực các giấy tờ phải xuất trình'): ComponentInput {
  return { id: 'ban-sao-qua-buu-chinh', name, required: 'conditional', condition: { kind: 'channel', channels: ['post'] } };
}

export const IN_PERSON_NOTE = 'Chứng thực: người yêu cầu phải có mặt (ký, xuất trình bản chính); DVCQG vẫn nhận hồ sơ trực tuyến.';
