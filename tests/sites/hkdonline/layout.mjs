// The master page: one <form id="aspnetForm"> around everything, hidden WebForms fields, the
// __doPostBack function exactly as ASP.NET emits it, the blue banner and the breadcrumb.
import { esc } from './http.mjs';
import { CSS } from './styles.mjs';

export const BASE = '/HkdOnline';

const DO_POSTBACK = `<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>`;

function header(user) {
  const box = user
    ? `<div id="userbox">Xin chào, <b id="ctl00_lblFullName">${esc(user.fullName)}</b><br />Tên đăng nhập: <span id="ctl00_lblUserName">${esc(user.username)}</span> | <a id="ctl00_lnkLogout" href="${BASE}/Logout.aspx">Đăng xuất</a></div>`
    : '';
  return `<div id="header"><div class="logo"></div><div class="titles"><div class="t1">BỘ TÀI CHÍNH - CỤC QUẢN LÝ ĐĂNG KÝ KINH DOANH</div><div class="t2">HỆ THỐNG THÔNG TIN QUỐC GIA VỀ ĐĂNG KÝ HỘ KINH DOANH</div><div class="t3">Cổng đăng ký hộ kinh doanh trực tuyến</div></div>${box}</div>`;
}

function topMenu(rc) {
  rc.targets.add('ctl00$MainMenu');
  const item = (arg, text) => `<a href="javascript:__doPostBack('ctl00$MainMenu','${arg}')">${esc(text)}</a>`;
  return `<div id="topmenu"><a href="${BASE}/Default.aspx">Trang chủ</a>${item('REG', 'Đăng ký hộ kinh doanh')}${item('LIST', 'Hồ sơ đã nộp')}<a href="${BASE}/Default.aspx#huongdan">Hướng dẫn</a></div>`;
}

/** SiteMapPath: crumbs = [text, href?][]. */
function breadcrumb(crumbs) {
  const parts = crumbs.map(([text, href]) =>
    href ? `<span><a href="${esc(href)}">${esc(text)}</a></span>` : `<span>${esc(text)}</span>`,
  );
  return `<span id="ctl00_LV4_SiteMapPath1" class="breadcrumb">${parts.join('<span> &gt; </span>')}</span>`;
}

/**
 * Render a full page. `state` goes into __VIEWSTATE; the targets collected in `rc` while
 * rendering `body` go into __EVENTVALIDATION.
 */
export function renderPage({ title, user, action, codec, rc, state, crumbs = [], info = '', body, script = '' }) {
  const menu = user ? topMenu(rc) : '';
  const viewState = codec.viewState(state);
  const validation = codec.eventValidation({ targets: [...rc.targets].sort(), buttons: [...rc.buttons].sort() });
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>${esc(title)} - Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh</title>
<style type="text/css">${CSS}</style></head>
<body>
<form method="post" action="${esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${esc(viewState)}" />
</div>
${DO_POSTBACK}
${header(user)}
${menu}
${crumbs.length ? breadcrumb(crumbs) : ''}
${info}
<div id="content">${body}</div>
<div id="footer">Cục Quản lý đăng ký kinh doanh - Bộ Tài chính. Hỗ trợ kỹ thuật: 024.3726.0413</div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="${esc(validation)}" />
</div>
${script}
</form>
</body>
</html>`;
}

/** A page in the main panel with a title bar. */
export const panel = (title, inner, side = '') =>
  `${side}<div id="main"><div class="ptitle">${esc(title)}</div><div class="pbody">${inner}</div></div>`;

export function validationSummary(errors) {
  if (!errors?.length) return '';
  const items = errors.map((e) => `<li>${esc(e)}</li>`).join('');
  return `<div id="ctl00_C_ValidationSummary1" class="vsum">Vui lòng kiểm tra lại thông tin:<ul>${items}</ul></div>`;
}

export const message = (text) => (text ? `<div id="ctl00_C_lblMessage" class="msg">${esc(text)}</div>` : '');
