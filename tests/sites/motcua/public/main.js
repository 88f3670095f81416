// SPA bootstrap: client-side router (history.pushState, intercepted links) and the app frame
// (toolbar with the officer's name and user menu, side navigation).
import { currentAgency, currentUser, signOut } from './api.js';
import { renderDetail } from './detail-view.js';
import { h, mount } from './dom.js';
import { renderList } from './list-view.js';
import { renderLogin } from './login-view.js';
import { closeOverlay, openUserMenu } from './overlay.js';

const root = document.querySelector('app-root');
let generation = 0;

export function navigate(url, { replace = false } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', url);
  render();
}

function frame(user, activeKind) {
  const agency = currentAgency();
  const menuButton = h('button', {
    class: 'mat-menu-trigger mat-button user-menu-trigger', type: 'button', 'aria-haspopup': 'menu',
    onclick: (e) => openUserMenu(e.currentTarget, {
      username: user.preferred_username, fullName: user.name,
      onLogout: () => { signOut(); navigate('/vi/login'); },
    }),
  }, h('span', { class: 'user-avatar', text: (user.name ?? '?').split(' ').pop()[0] }), h('span', { class: 'user-fullname', text: user.name }), h('span', { class: 'menu-caret', text: '▾' }));
  const navLink = (kind, label) => h('a', { class: `nav-link${kind === activeKind ? ' active' : ''}`, href: `/vi/dossier/${kind}` }, label);
  const content = h('main', { class: 'app-content' });
  const el = h('div', { class: 'app-frame' },
    h('mat-toolbar', { class: 'mat-toolbar mat-primary app-toolbar' },
      h('div', { class: 'toolbar-brand' },
        h('span', { class: 'brand-logo', text: 'HCM' }),
        h('div', { class: 'brand-text' },
          h('div', { class: 'brand-title', text: 'Hệ thống thông tin giải quyết TTHC TP.HCM' }),
          h('div', { class: 'brand-agency', text: agency?.parent?.name ?? agency?.name ?? '' }))),
      h('span', { class: 'toolbar-spacer' }), menuButton),
    h('div', { class: 'app-body' },
      h('nav', { class: 'app-sidenav' },
        h('div', { class: 'nav-group', text: 'Xử lý hồ sơ' }),
        navLink('processing', 'Hồ sơ chờ tiếp nhận'), navLink('search', 'Tra cứu hồ sơ')),
      content));
  return { el, content };
}

function render() {
  const gen = ++generation;
  closeOverlay();
  const url = new URL(location.href);
  const path = url.pathname.replace(/\/+$/, '');
  const ctx = { params: url.searchParams, isCurrent: () => gen === generation, navigate };
  if (path === '/vi/login') return renderLogin(mount(root), ctx);
  const user = currentUser();
  if (!user) {
    const back = `${url.pathname}${url.search}`;
    return navigate(`/vi/login?returnUrl=${encodeURIComponent(back)}`, { replace: true });
  }
  const list = /^\/vi\/dossier\/(search|processing)$/.exec(path);
  const detail = /^\/vi\/dossier\/(search|processing)\/([0-9a-f]{24})$/.exec(path);
  if (!list && !detail) return navigate('/vi/dossier/processing', { replace: true });
  const kind = (list ?? detail)[1];
  const { el, content } = frame(user, kind);
  mount(root, el);
  document.title = detail ? 'Chi tiết hồ sơ - Một cửa điện tử' : 'Danh sách hồ sơ - Một cửa điện tử';
  return detail ? renderDetail(content, { ...ctx, kind, id: detail[2] }) : renderList(content, { ...ctx, kind });
}

// Same-origin /vi/ links navigate without a reload, like Angular's routerLink.
document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || a.target) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/vi/')) return;
  event.preventDefault();
  navigate(`${url.pathname}${url.search}`);
});
addEventListener('popstate', render);
render();
