/**
 * Machine-readable conditions over a dossier: its submission channel and named facts taken from
 * its data (e-form answers, applicant vs submitter, what the registrar could look up).
 * A fact that the caller does not supply counts as false, and is reported as assumed, so that a
 * rule never demands a conditional paper without evidence but can still say what it assumed.
 */
import { z } from 'zod';

const channelEnum = z.enum(['in-person', 'post', 'online']);

export type Condition =
  | { kind: 'channel'; channels: Array<z.infer<typeof channelEnum>> }
  | { kind: 'fact'; fact: string; equals?: string | boolean }
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  | { kind: 'not'; of: Condition };

export const conditionSchema: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('channel'), channels: z.array(channelEnum).min(1) }),
    z.object({
      kind: z.literal('fact'),
      fact: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'fact names are camelCase'),
      equals: z.union([z.string(), z.boolean()]).optional(),
    }),
    z.object({ kind: z.literal('all'), of: z.array(conditionSchema).min(1) }),
    z.object({ kind: z.literal('any'), of: z.array(conditionSchema).min(1) }),
    z.object({ kind: z.literal('not'), of: conditionSchema }),
  ]),
);

/**
 * Facts the bundled catalog uses, with what they mean. The rule engine derives them from the
 * dossier; an imported catalog may use other camelCase names (they are simply never supplied).
 */
export const KNOWN_FACTS = {
  authorisedRepresentative: 'Người nộp là người được ủy quyền (không phải người yêu cầu / chủ hộ)',
  childAbandoned: 'Trẻ em bị bỏ rơi',
  surrogacyBirth: 'Trẻ sinh ra do mang thai hộ',
  householdMembersFound: 'Hộ kinh doanh do các thành viên hộ gia đình thành lập',
  ownerChange: 'Thay đổi chủ hộ kinh doanh',
  populationDataUnavailable: 'Không khai thác được CSDL quốc gia về dân cư',
  residenceDataUnavailable: 'Không khai thác được dữ liệu cư trú',
  civilStatusDataUnavailable: 'Không khai thác được CSDL hộ tịch điện tử',
  divorcedAbroadNotRecorded: 'Đã ly hôn/hủy kết hôn ở nước ngoài, CSDL chưa ghi chú',
  previousMarriageNotInDb: 'Đã có vợ/chồng (ly hôn hoặc người kia đã chết) mà CSDL không thể hiện',
  reissueMaritalCertificate: 'Đề nghị cấp lại Giấy xác nhận tình trạng hôn nhân đã cấp trước đây',
  civilServantOrArmedForces: 'Cán bộ, công chức, viên chức, người phục vụ trong lực lượng vũ trang',
  citizenTemporarilyAbroad: 'Công dân Việt Nam đang công tác, học tập, lao động có thời hạn ở nước ngoài',
  noDeathNotice: 'Không có giấy báo tử (chết đã lâu)',
  deathPlaceProofNeeded: 'Cần xác định thẩm quyền theo nơi chết',
  noParentageConfirmation: 'Không có văn bản xác nhận quan hệ cha, mẹ, con',
  guardianshipKind: 'Loại giám hộ: "appointed" (giám hộ cử) hoặc "statutory" (giám hộ đương nhiên)',
  foreignIssuedDocument: 'Giấy tờ do cơ quan nước ngoài cấp (phải hợp pháp hóa lãnh sự trừ khi được miễn)',
  registeredAsset: 'Liên quan tài sản phải đăng ký quyền sở hữu, quyền sử dụng',
  disabledPerson: 'Đối tượng là người khuyết tật',
} as const;
export type KnownFact = keyof typeof KNOWN_FACTS;

export type FactValue = boolean | string | number | null | undefined;
export type Facts = Readonly<Record<string, FactValue>>;

export interface EvalContext {
  channel?: 'in-person' | 'post' | 'online' | undefined;
  facts?: Facts | undefined;
}

/** Result of evaluating: the truth value and which facts/channel were assumed (not supplied). */
export interface EvalResult {
  value: boolean;
  assumed: string[];
}

export function evaluateCondition(cond: Condition, ctx: EvalContext): EvalResult {
  switch (cond.kind) {
    case 'channel':
      if (!ctx.channel) return { value: false, assumed: ['channel'] };
      return { value: cond.channels.includes(ctx.channel), assumed: [] };
    case 'fact': {
      const v = ctx.facts?.[cond.fact];
      if (v === undefined || v === null) return { value: false, assumed: [cond.fact] };
      return { value: v === (cond.equals ?? true), assumed: [] };
    }
    case 'not': {
      const r = evaluateCondition(cond.of, ctx);
      return { value: !r.value, assumed: r.assumed };
    }
    case 'all':
    case 'any': {
      const rs = cond.of.map((c) => evaluateCondition(c, ctx));
      const value = cond.kind === 'all' ? rs.every((r) => r.value) : rs.some((r) => r.value);
      return { value, assumed: [...new Set(rs.flatMap((r) => r.assumed))] };
    }
  }
}

/** Every fact name a condition mentions. */
export function factsOf(cond: Condition): string[] {
  if (cond.kind === 'fact') return [cond.fact];
  if (cond.kind === 'channel') return [];
  if (cond.kind === 'not') return factsOf(cond.of);
  return [...new Set(cond.of.flatMap(factsOf))];
}
