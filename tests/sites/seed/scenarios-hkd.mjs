// Scenario specs for household-business (hộ kinh doanh) dossiers and the register of households
// already registered in the ward (change procedures, HkdOnline's search, duplicate-name rule).
import { ddmmyyyy } from './dates.mjs';
import { HCMC } from './geo.mjs';
import {
  LINES, businessTheme, householdBlock, ownerBlock, registeredHousehold, registrationForm, submitterBlock,
} from './hkd-forms.mjs';
import { makePerson } from './people.mjs';

const DAY = 24 * 3600 * 1000;

/** Registered households: five for the change procedures, four named ones for the name rules. */
function buildHouseholds(rand, used) {
  const P = (o) => makePerson(rand, o);
  const themed = () => {
    const owner = P();
    const theme = businessTheme(rand, used);
    return { owner, household: registeredHousehold(rand, { owner, name: theme.name, mainLine: theme.lines[0] }) };
  };
  const named = (name, ward, line) => {
    used.add(name);
    const owner = P({ ward });
    const [code, lineName] = LINES[line];
    return { owner, household: registeredHousehold(rand, { owner, name, ward, mainLine: { code, name: lineName } }) };
  };
  return {
    change1: themed(), change2: themed(), suspension: themed(), termination: themed(), reissue: themed(),
    pho: named('HỘ KINH DOANH PHỞ HÙNG VƯƠNG', 'Phường Thủ Đức', 'food'),
    bun: named('HỘ KINH DOANH BÚN BÒ CÔ BA', 'Phường Thủ Đức', 'food'),
    otherWard: named('HỘ KINH DOANH TẠP HÓA HẠNH PHÚC', 'Phường Linh Xuân', 'grocery'),
    comTam: named('HỘ KINH DOANH CƠM TẤM SÀI GÒN', 'Phường Thủ Đức', 'food'),
  };
}

function noticeForm(rand, kind, { owner, household }, now) {
  const base = { household: householdBlock(household), owner: ownerBlock(rand, owner), submitter: submitterBlock(owner, null) };
  const later = (days) => ddmmyyyy(new Date(now.getTime() + days * DAY));
  if (kind === 'change1') {
    return { formCode: 'HKD_TBTD', formName: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', ...base,
      changes: [{ item: 'Vốn kinh doanh', oldValue: '100.000.000 đồng', newValue: '250.000.000 đồng' }] };
  }
  if (kind === 'change2') {
    return { formCode: 'HKD_TBTD', formName: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', ...base,
      changes: [
        { item: 'Ngành, nghề kinh doanh', oldValue: `${household.mainLine.code} - ${household.mainLine.name}`, newValue: 'Bổ sung: 4723 - Bán lẻ đồ uống có cồn' },
        { item: 'Địa chỉ trụ sở', oldValue: household.street, newValue: '45 Võ Văn Ngân, Khu phố 2' },
      ] };
  }
  if (kind === 'suspension') {
    return { formCode: 'HKD_TNKD', formName: 'Thông báo tạm ngừng kinh doanh của hộ kinh doanh', ...base,
      suspension: { fromDate: later(5), toDate: later(95), reason: 'Chủ hộ kinh doanh đi điều trị bệnh dài ngày' } };
  }
  if (kind === 'termination') {
    return { formCode: 'HKD_CDHD', formName: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh', ...base,
      termination: { date: later(3), reason: 'Chuyển sang thành lập doanh nghiệp' } };
  }
  return { formCode: 'HKD_CLGCN', formName: 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', ...base,
    reissue: { reason: 'Giấy chứng nhận đăng ký hộ kinh doanh bị mất' } };
}

export function hkdSpecs(rand, add, now) {
  const used = new Set();
  const households = buildHouseholds(rand, used);
  const P = (o) => makePerson(rand, o);
  const startDate = ddmmyyyy(new Date(now.getTime() + 7 * DAY));

  /** A registration dossier; `form` tweaks the Mẫu 01 payload for the defect under test. */
  const registration = (names, channel, when, opts = {}, form = (f) => f) => {
    const owner = P(opts.ownerPerson);
    opts.fixOwner?.(owner);
    const submitter = opts.authorised ? P() : null;
    const eForm = form(registrationForm(rand, { owner, theme: businessTheme(rand, used), startDate, submitter, family: opts.family }));
    add(['hkd', ...names], { procedure: '1.001612', channel, when, status: opts.status, applicant: submitter ?? owner,
      owner: submitter ? owner : undefined, family: opts.family, missing: opts.missing, extra: opts.extra, eForm });
  };
  registration(['clean', 'clean-hkd-registration'], 'direct', { minutes: 60 });
  registration(['clean', 'clean-hkd-registration'], 'online', { minutes: 110 }, { ownerPerson: { ward: 'Phường Linh Xuân' } });
  registration(['clean', 'clean-hkd-registration', 'hkd-family'], 'direct', { day: 1, hour: 9, minute: 55 }, { family: true });
  registration(['clean', 'clean-hkd-registration', 'authorized-with-letter'], 'direct', { day: 1, hour: 14, minute: 50 }, { authorised: true });
  registration(['accepted'], 'direct', { day: 3, hour: 10, minute: 0 }, { status: 2 });
  registration(['missing-document'], 'direct', { minutes: 75 }, { missing: ['Giấy đề nghị đăng ký hộ kinh doanh'] });
  registration(['conditional-missing'], 'direct', { day: 1, hour: 11, minute: 15 }, { authorised: true, missing: ['authorization'] });
  registration(['conditional-missing'], 'direct', { minutes: 140 }, { family: true, missing: ['family-minutes'] });
  registration(['not-required-document'], 'direct', { minutes: 35 }, { extra: ['id-copy'] });
  registration(['not-required-document'], 'online', { minutes: 88 }, { extra: ['id-copy'] });
  registration(['bad-id', 'bad-id-hkd-owner'], 'direct', { day: 1, hour: 15, minute: 5 }, {
    ownerPerson: { gender: 'Nữ', minYear: 1992, maxYear: 1992 },
    fixOwner: (o) => { o.identityNumber = `${o.identityNumber.slice(0, 3)}2${o.identityNumber.slice(4)}`; },
  });
  registration(['invalid-value', 'bad-date'], 'direct', { minutes: 125 }, {}, (f) => ({ ...f, startDate: '31/06/2026' }));
  const rename = (name) => (f) => ({ ...f, businessName: name });
  registration(['business-name', 'hkd-name-company'], 'direct', { minutes: 58 }, {}, rename('CÔNG TY TNHH THƯƠNG MẠI AN PHÁT'));
  registration(['business-name', 'hkd-name-no-prefix'], 'direct', { day: 1, hour: 8, minute: 35 }, {}, rename('TẠP HÓA BÌNH AN'));
  registration(['business-name', 'hkd-name-duplicate'], 'direct', { minutes: 22 }, {}, rename('Hộ kinh doanh Phở Hùng Vương'));
  registration(['clean', 'hkd-name-same-other-ward'], 'direct', { day: 2, hour: 9, minute: 5 }, {}, rename('HỘ KINH DOANH TẠP HÓA HẠNH PHÚC'));
  const lines = (fn) => (f) => ({ ...f, businessLines: fn(f.businessLines) });
  const extraLine = { name: 'Bán lẻ đồ uống có cồn', code: '4723', main: false };
  registration(['main-line', 'main-line-none'], 'direct', { minutes: 47 }, {}, lines((l) => [...l, extraLine].map((x) => ({ ...x, main: false }))));
  registration(['main-line', 'main-line-two'], 'direct', { day: 1, hour: 16, minute: 20 }, {}, lines((l) => [...l, { ...extraLine, main: true }]));
  registration(['main-line', 'main-line-no-code'], 'online', { minutes: 33 }, {}, lines((l) => l.map((x) => (x.main ? { ...x, code: '' } : x))));

  const notice = (names, procedure, kind, channel, when) => {
    const h = households[kind];
    add(['hkd', ...names], { procedure, channel, when, applicant: h.owner, eForm: noticeForm(rand, kind, h, now) });
  };
  notice(['clean', 'hkd-change'], '2.000720', 'change1', 'direct', { minutes: 85 });
  notice(['clean', 'hkd-change'], '2.000720', 'change2', 'online', { minutes: 150 });
  notice(['clean', 'hkd-suspension'], '1.001570', 'suspension', 'direct', { day: 1, hour: 10, minute: 50 });
  notice(['clean', 'hkd-termination'], '1.001266', 'termination', 'direct', { day: 1, hour: 13, minute: 10 });
  notice(['clean', 'hkd-reissue'], '2.000575', 'reissue', 'direct', { minutes: 45 });

  return Object.values(households).map((h) => ({ ...h.household, province: HCMC }));
}
