// Route handlers of the HkdOnline replica. Each receives { res, url, user, post } where `post`
// (for POST) is an already checked postback { vs, ev, form }; app.mjs did sessions and faults.
import { esc, redirect, sendHtml } from './http.mjs';
import { renderContext } from './controls.mjs';
import { BASE, renderPage } from './layout.mjs';
import { DOCUMENT_TYPE_TITLES } from './reference-data.mjs';
import { BLOCKS } from './blocks.mjs';
import { renderStep, stepEvent } from './wizard-steps.mjs';
import { blockEvent, renderBlock } from './block-page.mjs';
import { overviewEvent, renderOverview, renderResult } from './overview.mjs';
import { HOME, renderError, renderHome, renderLogin } from './home-pages.mjs';

const APP = `${BASE}/Forms/APP`;
const HOME_CRUMB = ['Trang chủ', `${BASE}/Default.aspx`];

export function createPages(ctx) {
  const html = (res, opts, status = 200) => sendHtml(res, status, renderPage({ codec: ctx.codec, ...opts }));

  function info(draft) {
    if (!draft.type) return '';
    const h = draft.household;
    const household = h ? ` &nbsp;|&nbsp; Hộ kinh doanh: <b>${esc(h.name)}</b> (mã số <b>${esc(h.code)}</b>)` : '';
    return `<div class="info" id="ctl00_C_INFOCtl_pnlInfo" style="margin:0 12px 8px">Loại đăng ký: <b><span id="ctl00_C_INFOCtl_DOCUMENT_TYPE_IDFld">${esc(DOCUMENT_TYPE_TITLES[draft.type])}</span></b> &nbsp;|&nbsp; Mã hồ sơ: <b>${esc(draft.h)}</b>${household}</div>`;
  }

  function crumbs(draft, last) {
    const list = [HOME_CRUMB, ['Đăng ký hộ kinh doanh', `${APP}/Registration.aspx?h=${draft.h}`]];
    if (draft.type) list.push([DOCUMENT_TYPE_TITLES[draft.type]]);
    if (last) list.push([last]);
    return list;
  }

  /** Menu postbacks (top menu and home page functions) work from every page. */
  function menu(res, user, ev) {
    if (ev.arg === 'REG') {
      const draft = ctx.store.draftOf(user.username) ?? ctx.store.newDraft(user.username);
      return redirect(res, `${APP}/Registration.aspx?h=${draft.h}`);
    }
    return redirect(res, `${BASE}/Default.aspx${ev.arg === 'LIST' ? '#ho-so-da-nop' : ''}`);
  }

  function ownDraft(user, url) {
    const draft = ctx.store.draftByHandle(url.searchParams.get('h') ?? '');
    return draft && draft.account === user.username ? draft : null;
  }

  function sendRegistration(res, user, draft, view) {
    const rc = renderContext(ctx.geo);
    const action = `./Registration.aspx?h=${draft.h}`;
    if (view.page === 'data') {
      const r = renderBlock(ctx, rc, draft, view);
      const state = { page: `data:${draft.block}`, h: draft.h, w: r.working };
      const title = BLOCKS[draft.block].title;
      return html(res, { title, user, action, rc, state, crumbs: crumbs(draft, title), info: info(draft), body: r.body, script: r.script });
    }
    const body = renderStep(ctx, rc, draft, view);
    const state = { page: view.page, h: draft.h, w: view.working ?? {} };
    return html(res, { title: 'Đăng ký hộ kinh doanh', user, action, rc, state, crumbs: crumbs(draft), info: info(draft), body });
  }

  function registration({ res, url, user, post }) {
    const draft = ownDraft(user, url);
    if (!draft) {
      const done = ctx.store.submissionByHandle(url.searchParams.get('h') ?? '');
      const to = done?.account === user.username ? `${APP}/RegistrationResult.aspx?h=${done.h}` : `${BASE}/Default.aspx`;
      return redirect(res, to);
    }
    if (!post) return sendRegistration(res, user, draft, { page: draft.step === 'data' ? 'data' : draft.step });
    const { vs, ev, form } = post;
    if (ev.target === 'ctl00$MainMenu') return menu(res, user, ev);
    if (vs.h !== draft.h) return sendError(res, user, `${APP}/Registration.aspx?h=${draft.h}`, 'Validation of viewstate MAC failed.');
    const out = String(vs.page).startsWith('data:') ? blockEvent(ctx, user, draft, vs, ev, form) : stepEvent(ctx, draft, vs, ev, form);
    return out.redirect ? redirect(res, out.redirect) : sendRegistration(res, user, draft, out.view);
  }

  function overview({ res, url, user, post }) {
    const draft = ownDraft(user, url);
    if (!draft) return redirect(res, `${BASE}/Default.aspx`);
    if (draft.step !== 'data') return redirect(res, `${APP}/Registration.aspx?h=${draft.h}`);
    let view = {};
    if (post) {
      if (post.ev.target === 'ctl00$MainMenu') return menu(res, user, post.ev);
      if (post.vs.page !== 'overview' || post.vs.h !== draft.h) return sendError(res, user, `${APP}/DW_DOCUMENTEdit.aspx?h=${draft.h}`, 'Validation of viewstate MAC failed.');
      const out = overviewEvent(ctx, draft, post.ev);
      if (out.redirect) return redirect(res, out.redirect);
      view = out.view;
    }
    const rc = renderContext(ctx.geo);
    const body = renderOverview(ctx, rc, draft, view);
    return html(res, {
      title: 'Khối dữ liệu', user, action: `./DW_DOCUMENTEdit.aspx?h=${draft.h}`, rc,
      state: { page: 'overview', h: draft.h }, crumbs: crumbs(draft, 'Khối dữ liệu'), info: info(draft), body,
    });
  }

  function result({ res, url, user }) {
    const submission = ctx.store.submissionByHandle(url.searchParams.get('h') ?? '');
    if (!submission || submission.account !== user.username) return redirect(res, `${BASE}/Default.aspx`);
    const rc = renderContext(ctx.geo);
    return html(res, {
      title: 'Kết quả đăng ký', user, action: `./RegistrationResult.aspx?h=${submission.h}`, rc, state: { page: 'result' },
      crumbs: [HOME_CRUMB, ['Đăng ký hộ kinh doanh'], ['Kết quả đăng ký']], body: renderResult(submission),
    });
  }

  function home({ res, user, post }) {
    if (post?.ev.target === 'ctl00$MainMenu') return menu(res, user, post.ev);
    if (post?.ev.target === HOME.discard) ctx.store.discard(user.username);
    const rc = renderContext(ctx.geo);
    const body = renderHome(rc, user, ctx.store.draftOf(user.username), ctx.store.submissionsOf(user.username));
    return html(res, { title: 'Trang chủ', user, action: './Default.aspx', rc, state: { page: 'home' }, crumbs: [HOME_CRUMB], body });
  }

  function sendError(res, user, backUrl, detail) {
    const rc = renderContext(ctx.geo);
    return html(res, { title: 'Lỗi hệ thống', user, action: backUrl, rc, state: { page: 'error' }, body: renderError(backUrl, detail) }, 500);
  }

  function sendLogin(res, opts) {
    const rc = renderContext(ctx.geo);
    const query = opts.returnUrl ? `?ReturnUrl=${encodeURIComponent(opts.returnUrl)}` : '';
    return html(res, { title: 'Đăng nhập', user: null, action: `${BASE}/Login.aspx${query}`, rc, state: { page: 'login' }, body: renderLogin(rc, opts) });
  }

  const notFound = (user) => renderPage({
    codec: ctx.codec, title: 'Không tìm thấy trang', user, action: `${BASE}/Default.aspx`, rc: renderContext(ctx.geo),
    state: { page: '404' }, body: '<div id="main"><div class="err"><h1>Không tìm thấy trang</h1><p><a href="/HkdOnline/Default.aspx">Về trang chủ</a></p></div></div>',
  });

  return {
    routes: {
      '/default.aspx': home,
      '/forms/app/registration.aspx': registration,
      '/forms/app/dw_documentedit.aspx': overview,
      '/forms/app/registrationresult.aspx': result,
    },
    sendError, sendLogin, notFound,
  };
}
