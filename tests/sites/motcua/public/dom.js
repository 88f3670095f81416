// Tiny DOM builder. Data always goes in as text nodes or attributes (never innerHTML), so
// dossier values can contain any character without changing the page.

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * h('button', { class: 'x', onclick: fn, dataset: { id }, type: 'button' }, 'text', childNode)
 * `text` sets textContent; on* props add listeners (bubbling phase, like Angular's (click)).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Replace all children of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let inputCounter = 0;
/** Angular Material numbers its inputs mat-input-0, mat-input-1, … per page load. */
export const nextInputId = () => `mat-input-${inputCounter++}`;

/** "2025-08-01T08:30:00.000+0700" → "01/08/2025 08:30:00" without time-zone conversion. */
export function formatIgateDate(iso, withTime = true) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso ?? '');
  if (!m) return iso ?? '';
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  return withTime ? `${date} ${m[4]}:${m[5]}:${m[6]}` : date;
}
