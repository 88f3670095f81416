// CDK-overlay-like layer: snackbar, dialogs and the header user menu live in .cdk-overlay-container.
import { h, mount } from './dom.js';
import { button, editField } from './widgets.js';

const container = () => document.querySelector('.cdk-overlay-container');

export function closeOverlay() {
  mount(container());
}

/** Angular Material snackbar at the bottom; `kind` = 'success' | 'error'. */
export function snackbar(message, kind = 'success') {
  const bar = h('div', { class: 'cdk-overlay-pane snackbar-pane' },
    h('snack-bar-container', { class: `mat-snack-bar-container snackbar-${kind}`, role: 'alert' },
      h('simple-snack-bar', { class: 'mat-simple-snackbar' }, h('span', { text: message }))));
  container().append(bar);
  setTimeout(() => bar.remove(), 4000);
}

/**
 * Dialog with a required textarea. Resolves with the text, or null when cancelled.
 * Used for "Yêu cầu bổ sung" (the note) and "Từ chối" (the reason).
 */
export function textDialog({ title, label, confirm, className }) {
  return new Promise((resolve) => {
    const area = h('textarea', { name: 'note', rows: '4', 'cdk-textarea-autosize': true });
    const done = (value) => {
      closeOverlay();
      resolve(value);
    };
    const ok = button(confirm, { color: 'primary', className: 'dialog-confirm', disabled: true, onclick: () => done(area.value.trim()) });
    area.addEventListener('input', () => { ok.disabled = !area.value.trim(); });
    mount(container(),
      h('div', { class: 'cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing', onclick: () => done(null) }),
      h('div', { class: 'cdk-global-overlay-wrapper' },
        h('div', { class: 'cdk-overlay-pane dialog-pane' },
          h('mat-dialog-container', { class: `mat-dialog-container ${className}`, role: 'dialog', 'aria-modal': 'true' },
            h('h2', { 'mat-dialog-title': true, class: 'mat-dialog-title', text: title }),
            h('mat-dialog-content', { class: 'mat-dialog-content' }, editField(label, area, { wide: true })),
            h('mat-dialog-actions', { class: 'mat-dialog-actions' },
              button('Hủy', { className: 'dialog-cancel', onclick: () => done(null) }), ok)))));
    area.focus();
  });
}

/** Header user menu: username ("Tài khoản") and "Đăng xuất". */
export function openUserMenu(anchor, { username, fullName, onLogout }) {
  const rect = anchor.getBoundingClientRect();
  mount(container(),
    h('div', { class: 'cdk-overlay-backdrop cdk-overlay-transparent-backdrop', onclick: closeOverlay }),
    h('div', { class: 'cdk-overlay-pane menu-pane', style: `top:${rect.bottom + 4}px;right:${Math.max(8, innerWidth - rect.right)}px` },
      h('div', { class: 'mat-menu-panel user-menu', role: 'menu' },
        h('div', { class: 'mat-menu-content' },
          h('div', { class: 'menu-user-info' },
            h('div', { class: 'menu-fullname', text: fullName }),
            h('div', { class: 'menu-account' }, h('span', { class: 'menu-label', text: 'Tài khoản: ' }), h('span', { class: 'menu-username', text: username }))),
          h('button', { class: 'mat-menu-item menuAction', role: 'menuitem', type: 'button', onclick: () => { closeOverlay(); onLogout(); } },
            h('span', { text: 'Đăng xuất' }))))));
}
