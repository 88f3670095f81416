// Scenario specs for civil-status (hộ tịch), authentication (chứng thực), land and social dossiers.
// Each spec lists the scenario names it belongs to; every defective dossier has exactly one defect
// (for an account assigned to its field), so end-to-end tests can expect exactly one finding.
import { makePerson } from './people.mjs';

const setChar = (s, i, text) => s.slice(0, i) + text + s.slice(i + text.length);

/** Applicants with deliberately broken identity numbers: [scenario, person]. */
function badIdPeople(rand) {
  const P = (o) => makePerson(rand, o);
  const length = P();
  length.identityNumber = length.identityNumber.slice(0, 11);
  const prefix = P();
  prefix.identityNumber = setChar(prefix.identityNumber, 0, '003');
  const century = P({ gender: 'Nam', minYear: 1985, maxYear: 1985 });
  century.identityNumber = setChar(century.identityNumber, 3, '2');
  const gender = P({ gender: 'Nữ', minYear: 1990, maxYear: 1990 });
  gender.identityNumber = setChar(gender.identityNumber, 3, '0');
  const year = P({ minYear: 1978, maxYear: 1978 });
  year.identityNumber = setChar(year.identityNumber, 4, '87');
  return [['bad-id-length', length], ['bad-id-prefix', prefix], ['bad-id-century', century], ['bad-id-gender', gender], ['bad-id-year', year]];
}

export function civilSpecs(rand, add) {
  const P = (o) => makePerson(rand, o);
  const clean = (names, procedure, channel, when, extra = {}) =>
    add(['clean', ...names], { procedure, channel, when, applicant: P(), ...extra });

  clean(['clean-ho-tich'], '1.001193', 'online', { minutes: 50 });
  clean(['clean-ho-tich'], '1.001193', 'direct', { day: 1, hour: 9, minute: 10 });
  clean(['clean-ho-tich'], '1.000894', 'direct', { day: 2, hour: 14, minute: 20 });
  clean(['clean-ho-tich'], '1.000894', 'online', { minutes: 95 });
  clean(['clean-ho-tich'], '1.000656', 'direct', { day: 1, hour: 10, minute: 5 });
  clean(['clean-ho-tich'], '1.004873', 'online', { minutes: 130 });
  clean(['clean-ho-tich'], '2.000635', 'post', { day: 2, hour: 8, minute: 40 });
  clean(['clean-ho-tich'], '1.004859', 'direct', { day: 1, hour: 15, minute: 30 });
  clean(['clean-chung-thuc'], '2.000815', 'direct', { minutes: 30 });
  clean(['clean-chung-thuc'], '2.000815', 'direct', { day: 1, hour: 8, minute: 15 });
  clean(['clean-chung-thuc'], '2.000884', 'direct', { minutes: 70 });
  clean(['clean-chung-thuc'], '2.001035', 'direct', { day: 2, hour: 9, minute: 45 });
  clean(['clean-chung-thuc'], '2.001019', 'direct', { day: 1, hour: 13, minute: 30 });
  clean(['clean-land'], '1.013967', 'direct', { day: 1, hour: 10, minute: 40 });
  add(['clean', 'other-ward-non-geographic'], { procedure: '1.004873', channel: 'direct', when: { day: 1, hour: 14, minute: 0 },
    applicant: P({ province: 'Tỉnh Nghệ An', ward: 'Phường Thành Vinh' }) });
  add(['clean', 'other-ward-non-geographic'], { procedure: '2.000815', channel: 'direct', when: { minutes: 20 },
    applicant: P({ ward: 'Phường Linh Xuân' }) });
  add(['clean', 'authorized-with-letter'], { procedure: '1.000656', channel: 'direct', when: { day: 1, hour: 11, minute: 0 },
    applicant: P(), owner: P() });

  // History: already received or handled.
  const past = (names, procedure, channel, status, day, hour) =>
    add(names, { procedure, channel, status, when: { day, hour, minute: 20 }, applicant: P() });
  past(['accepted'], '1.001193', 'direct', 2, 3, 9);
  past(['accepted'], '2.000815', 'direct', 2, 4, 10);
  past(['accepted'], '1.000894', 'online', 2, 2, 8);
  past(['accepted'], '2.000884', 'direct', 2, 3, 14);
  past(['accepted'], '1.013967', 'direct', 2, 4, 15);
  past(['supplement-requested'], '1.004859', 'direct', 1, 2, 10);
  past(['supplement-requested'], '2.001035', 'direct', 1, 3, 11);
  past(['rejected'], '2.000815', 'direct', 3, 4, 16);

  defectSpecs(rand, add, P);
}

function defectSpecs(rand, add, P) {
  const direct = (names, procedure, when, extra = {}) =>
    add(names, { procedure, channel: 'direct', when, applicant: P(), ...extra });
  direct(['wrong-field'], '1.001776', { day: 1, hour: 8, minute: 50 });
  direct(['wrong-field'], '1.001699', { minutes: 40 });
  direct(['wrong-field'], '1.013225', { day: 2, hour: 15, minute: 10 });
  direct(['missing-document'], '2.001035', { minutes: 55 }, { missing: ['Dự thảo hợp đồng'] });
  direct(['missing-document', 'missing-paper-form'], '1.001193', { day: 1, hour: 9, minute: 40 }, { missing: ['paper'] });
  direct(['missing-document', 'missing-paper-form'], '1.000656', { minutes: 35 }, { missing: ['paper'] });
  add(['missing-document', 'missing-eform'], { procedure: '1.000894', channel: 'online', when: { minutes: 25 }, applicant: P(), missing: ['eform'] });
  add(['missing-document', 'missing-eform'], { procedure: '1.004873', channel: 'online', when: { minutes: 65 }, applicant: P(), missing: ['eform'] });
  direct(['conditional-missing'], '1.001193', { day: 1, hour: 10, minute: 25 }, { owner: P(), missing: ['authorization'] });
  direct(['unknown-procedure'], '1.003583', { day: 1, hour: 16, minute: 0 });
  direct(['unknown-procedure'], '2.001016', { minutes: 45 });

  const idProcedures = ['1.004873', '2.000815', '1.001193', '2.000884', '1.004859'];
  badIdPeople(rand).forEach(([name, person], i) =>
    add(['bad-id', name], { procedure: idProcedures[i], channel: 'direct', when: { minutes: 15 + i * 12 }, applicant: person }));

  const badDate = P({ minYear: 1988, maxYear: 1988 });
  badDate.birthday = `31/02/1988`;
  add(['invalid-value', 'bad-date'], { procedure: '1.004873', channel: 'direct', when: { minutes: 110 }, applicant: badDate });
  const phones = ['09123456', '091234567890'];
  ['2.000815', '1.001193'].forEach((procedure, i) => {
    const person = P();
    person.phoneNumber = phones[i];
    add(['invalid-value', 'bad-phone'], { procedure, channel: 'direct', when: { day: 1, hour: 8 + i, minute: 5 }, applicant: person });
  });
  ['2.000884', '1.000656'].forEach((procedure, i) => {
    const person = P();
    person.email = i === 0 ? person.email.replace('@gmail.com', '@gmail') : person.email.replace('@', '.');
    add(['invalid-value', 'bad-email'], { procedure, channel: 'direct', when: { day: 1, hour: 13 + i, minute: 35 }, applicant: person });
  });

  const dupes = [['2.000635', 3], ['1.004873', 4]];
  for (const [procedure, day] of dupes) {
    const person = P();
    add(['duplicate-original', 'accepted'], { procedure, channel: 'direct', status: 2, when: { day, hour: 9, minute: 30 }, applicant: person });
    add(['duplicate'], { procedure, channel: 'direct', when: { minutes: 80 + day }, applicant: { ...person } });
  }
  add(['late', 'late-overdue'], { procedure: '1.004873', channel: 'online', when: { day: 3, hour: 9, minute: 0 }, applicant: P() });
  add(['late', 'late-overdue'], { procedure: '1.000894', channel: 'online', when: { day: 2, hour: 10, minute: 30 }, applicant: P() });
  add(['late', 'late-near'], { procedure: '1.001193', channel: 'online', when: { workingHours: 20 }, applicant: P() });
  add(['late', 'late-near'], { procedure: '2.000635', channel: 'online', when: { workingHours: 19 }, applicant: P() });
  direct(['outside-jurisdiction'], '1.013967', { minutes: 100 }, { applicant: P({ ward: 'Phường Linh Xuân' }) });
  direct(['outside-jurisdiction'], '1.013967', { day: 1, hour: 15, minute: 45 },
    { applicant: P({ province: 'Tỉnh Đồng Nai', ward: 'Phường Biên Hòa' }) });
}
