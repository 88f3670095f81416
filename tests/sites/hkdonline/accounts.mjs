// HkdOnline accounts: the officers of the seed (shape read defensively) plus a fixed list, so the
// replica works before and independently of the seed. The account's identity is what
// "Sao chép thông tin đăng ký tài khoản" copies into the submitter block.
import { hashString } from './faults.mjs';

const FIXED = [
  { username: 'hkd01', password: '123456', fullName: 'Nguyễn Thị Thu Hà', docNumber: '079190012345', phone: '0903123456', email: 'thuha.tdc@tphcm.gov.vn' },
  { username: 'hkd02', password: '123456', fullName: 'Trần Văn Minh', docNumber: '074088004567', phone: '0918765432', email: 'tvminh.tdc@tphcm.gov.vn' },
];

/** Deterministic 12-digit number for accounts the seed gives without an identity number. */
function fallbackDocNumber(username) {
  return `079${String(hashString(username)).padStart(9, '0').slice(-9)}`;
}

function normalize(a) {
  const username = String(a.username ?? a.account ?? a.login ?? a.id ?? '').trim();
  if (!username) return null;
  return {
    username,
    password: String(a.password ?? '123456'),
    fullName: String(a.fullName ?? a.name ?? a.displayName ?? username),
    docNumber: String(a.docNumber ?? a.identityNumber ?? a.idNumber ?? a.cccd ?? fallbackDocNumber(username)),
    phone: String(a.phone ?? ''),
    email: String(a.email ?? ''),
  };
}

/** username → account; fixed accounts win over seed accounts of the same name. */
export function buildAccounts(seedAccounts) {
  const map = new Map();
  for (const a of Array.isArray(seedAccounts) ? seedAccounts : []) {
    const account = a && typeof a === 'object' ? normalize(a) : null;
    if (account) map.set(account.username.toLowerCase(), account);
  }
  for (const a of FIXED) map.set(a.username, { ...a });
  return {
    find: (username) => map.get(String(username ?? '').trim().toLowerCase()),
    check(username, password) {
      const account = map.get(String(username ?? '').trim().toLowerCase());
      return account && account.password === String(password ?? '') ? account : null;
    },
  };
}
