// /vi/login: the officer signs in; the token and agency go to localStorage (api.js).
import { ApiError, signIn } from './api.js';
import { h, mount } from './dom.js';
import { button, editField } from './widgets.js';

export function renderLogin(root, ctx) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('div', { class: 'login-error', role: 'alert' });
  const submit = button('Đăng nhập', { color: 'primary', type: 'submit', className: 'login-button' });
  const form = h('form', { class: 'login-form', novalidate: true },
    editField('Tên đăng nhập', username, { wide: true }), editField('Mật khẩu', password, { wide: true }), error, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    mount(error);
    submit.disabled = true;
    try {
      await signIn(username.value.trim(), password.value);
      const back = ctx.params.get('returnUrl');
      ctx.navigate(back && back.startsWith('/vi/') ? back : '/vi/dossier/processing', { replace: true });
    } catch (err) {
      mount(error, err instanceof ApiError && err.status === 401 ? 'Tên đăng nhập hoặc mật khẩu không đúng' : `Không đăng nhập được: ${err.message}`);
      submit.disabled = false;
    }
  });
  mount(root, h('div', { class: 'login-page' },
    h('mat-card', { class: 'mat-card login-card' },
      h('div', { class: 'login-logo', text: 'HCM' }),
      h('h1', { class: 'login-title', text: 'Hệ thống thông tin giải quyết thủ tục hành chính' }),
      h('div', { class: 'login-subtitle', text: 'Thành phố Hồ Chí Minh' }),
      form)));
  username.focus();
}
