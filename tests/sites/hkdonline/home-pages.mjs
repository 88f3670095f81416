// Sign-in, the home page (Default.aspx) and the "Lỗi hệ thống" page.
import { esc } from './http.mjs';
import { button, textBox } from './controls.mjs';
import { BASE, panel } from './layout.mjs';
import { DOCUMENT_TYPE_TITLES } from './reference-data.mjs';
import { BLOCKS } from './blocks.mjs';

export const LOGIN = { user: 'ctl00$C$txtUserName', password: 'ctl00$C$txtPassword', submit: 'ctl00$C$btnLogin' };
export const HOME = { discard: 'ctl00$C$btnDiscard' };

export function renderLogin(rc, { expired, failed, username }) {
  const note = expired
    ? '<div class="vsum" id="ctl00_C_lblExpired">Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.</div>'
    : failed ? '<div class="vsum" id="ctl00_C_lblError">Tên đăng nhập hoặc mật khẩu không đúng.</div>' : '';
  const pwd = `<input name="${LOGIN.password}" type="password" id="ctl00_C_txtPassword" class="txt" />`;
  return `<div class="login"><div class="ptitle">Đăng nhập hệ thống</div><div class="pbody">${note}<table class="form">
<tr><td class="lbl"><label for="ctl00_C_txtUserName">Tên đăng nhập:</label></td><td>${textBox(LOGIN.user, username ?? '')}</td></tr>
<tr><td class="lbl"><label for="ctl00_C_txtPassword">Mật khẩu:</label></td><td>${pwd}</td></tr>
<tr><td></td><td>${button(rc, LOGIN.submit, 'Đăng nhập')}</td></tr></table></div></div>`;
}

const STEP_TEXT = { type: 'Chọn loại đăng ký', search: 'Tìm kiếm hộ kinh doanh', amend: 'Chọn loại đăng ký thay đổi', confirm: 'Xác nhận thông tin đăng ký' };

function draftPanel(rc, draft) {
  if (!draft) return '<fieldset class="grp"><legend>Hồ sơ đang soạn</legend><p>Không có hồ sơ đang soạn.</p></fieldset>';
  const step = draft.step === 'data' ? BLOCKS[draft.block]?.title : STEP_TEXT[draft.step];
  return `<fieldset class="grp"><legend>Hồ sơ đang soạn</legend><table class="form">
<tr><td class="lbl">Mã hồ sơ:</td><td>${esc(draft.h)}</td></tr>
<tr><td class="lbl">Loại đăng ký:</td><td>${esc(DOCUMENT_TYPE_TITLES[draft.type] ?? 'Chưa chọn')}</td></tr>
<tr><td class="lbl">Bước hiện tại:</td><td>${esc(step ?? '')}</td></tr>
<tr><td></td><td><a id="ctl00_C_lnkContinue" href="${BASE}/Forms/APP/Registration.aspx?h=${esc(draft.h)}">Tiếp tục soạn hồ sơ</a> &nbsp; ${button(rc, HOME.discard, 'Hủy hồ sơ')}</td></tr></table></fieldset>`;
}

function submissionsPanel(submissions) {
  const rows = submissions.map((s, i) => `<tr><td class="c">${i + 1}</td><td>${esc(DOCUMENT_TYPE_TITLES[s.type])}</td><td>${esc(s.householdName)}</td><td>${esc(s.code)}</td><td>${esc(s.certificateNumber)}</td><td class="c">${esc(s.issuedOn)}</td><td class="c"><a href="${BASE}/Forms/APP/RegistrationResult.aspx?h=${esc(s.h)}">Xem</a></td></tr>`);
  const body = rows.length ? rows.join('') : '<tr><td colspan="7" class="c">Chưa có hồ sơ nào.</td></tr>';
  return `<fieldset class="grp" id="ho-so-da-nop"><legend>Hồ sơ đã nộp</legend><table class="grid"><tr><th>STT</th><th>Loại đăng ký</th><th>Tên hộ kinh doanh</th><th>Mã số hộ kinh doanh</th><th>Số Giấy chứng nhận</th><th>Ngày cấp</th><th></th></tr>${body}</table></fieldset>`;
}

export function renderHome(rc, user, draft, submissions) {
  rc.targets.add('ctl00$MainMenu');
  const side = `<div class="side"><div class="hd">Chức năng</div><ul id="ctl00_C_mnuFunctions" class="fn">
<li><a href="javascript:__doPostBack('ctl00$MainMenu','REG')">Đăng ký hộ kinh doanh</a></li>
<li><a href="javascript:__doPostBack('ctl00$MainMenu','LIST')">Hồ sơ đã nộp</a></li>
<li><a href="${BASE}/Default.aspx#huongdan">Hướng dẫn sử dụng</a></li></ul></div>`;
  const inner = `<p>Xin chào <b>${esc(user.fullName)}</b>. Chọn <b>Đăng ký hộ kinh doanh</b> để lập hồ sơ thành lập mới, đăng ký thay đổi, tạm ngừng, chấm dứt hoặc cấp lại.</p>
${draftPanel(rc, draft)}${submissionsPanel(submissions)}
<fieldset class="grp" id="huongdan"><legend>Hướng dẫn</legend><p>Mỗi khối dữ liệu phải được <b>Lưu</b> trước khi nộp hồ sơ. Nút Lưu chỉ bật khi thông tin trên trang thay đổi.</p></fieldset>`;
  return panel('Trang chủ', inner, side);
}

export function renderError(backUrl, detail) {
  return `<div id="main"><div class="err"><h1>Lỗi hệ thống</h1>
<p>Đã có lỗi xảy ra trong quá trình xử lý yêu cầu của bạn. Vui lòng thử lại sau hoặc liên hệ quản trị hệ thống.</p>
${detail ? `<p class="detail" style="color:#777">${esc(detail)}</p>` : ''}
<p><a id="ctl00_C_lnkBack" href="${esc(backUrl)}">Quay lại</a></p></div></div>`;
}
