// Angular-Material-like building blocks: form fields, cards, sections, tables, spinner.
import { h, nextInputId } from './dom.js';

const text = (v) => (v == null ? '' : String(v));

/** Read-only outline form field: <mat-form-field> with <input readonly value> and <mat-label>. */
export function formField(label, value, { name, wide = false } = {}) {
  const id = nextInputId();
  return h('mat-form-field', { class: `mat-form-field mat-form-field-appearance-outline mat-form-field-should-float${wide ? ' field-wide' : ''}` },
    h('div', { class: 'mat-form-field-wrapper' },
      h('div', { class: 'mat-form-field-flex' },
        h('div', { class: 'mat-form-field-infix' },
          h('input', { matinput: true, class: 'mat-input-element', id, name, readonly: true, value: text(value) }),
          h('span', { class: 'mat-form-field-label-wrapper' },
            h('label', { class: 'mat-form-field-label', for: id }, h('mat-label', { text: label })))))));
}

/** Editable outline field (filters, result inputs). `control` is an <input>/<select>/<textarea>. */
export function editField(label, control, { wide = false } = {}) {
  control.id ||= nextInputId();
  control.classList.add(control.tagName === 'SELECT' ? 'mat-select' : 'mat-input-element');
  return h('mat-form-field', { class: `mat-form-field mat-form-field-appearance-outline mat-form-field-should-float${wide ? ' field-wide' : ''}` },
    h('div', { class: 'mat-form-field-wrapper' },
      h('div', { class: 'mat-form-field-flex' },
        h('div', { class: 'mat-form-field-infix' }, control,
          h('span', { class: 'mat-form-field-label-wrapper' },
            h('label', { class: 'mat-form-field-label', for: control.id }, h('mat-label', { text: label })))))));
}

/** "Label: value" row, used by the dossier summary card. */
export function infoRow(label, value, key) {
  return h('div', { class: 'dossier-info-row', dataset: { key } },
    h('span', { class: 'info-label', text: `${label}:` }), h('span', { class: 'info-value', text: text(value) }));
}

export function card(title, ...children) {
  return h('mat-card', { class: 'mat-card' },
    h('mat-card-header', { class: 'mat-card-header' }, h('mat-card-title', { class: 'mat-card-title', text: title })),
    h('mat-card-content', { class: 'mat-card-content' }, ...children));
}

/** A titled form section; sections nest (owner ⊃ permanent address). */
export function section(title, key, ...children) {
  return h('section', { class: 'form-section', dataset: { section: key } },
    h('h3', { class: 'form-section-title', text: title }), ...children);
}

export const grid = (...fields) => h('div', { class: 'form-grid' }, ...fields);

/**
 * mat-table: columns = [[key, header]], rows = arrays of cells (string or Node), in column order.
 * `rowProps(i)` adds attributes to each <tr>. `empty` is shown in one cell when there are no rows.
 */
export function table(columns, rows, { rowProps = () => ({}), empty = 'Không có dữ liệu', className = '' } = {}) {
  const head = h('tr', { 'mat-header-row': true, class: 'mat-header-row' },
    columns.map(([key, header]) => h('th', { 'mat-header-cell': true, class: `mat-header-cell mat-column-${key}`, text: header })));
  const body = rows.length
    ? rows.map((cells, i) => h('tr', { 'mat-row': true, class: 'mat-row', ...rowProps(i) },
      cells.map((cell, c) => h('td', { 'mat-cell': true, class: `mat-cell mat-column-${columns[c][0]}` }, cell))))
    : [h('tr', { class: 'mat-no-data-row' }, h('td', { class: 'mat-cell no-data', colspan: columns.length, text: empty }))];
  return h('table', { 'mat-table': true, class: `mat-table cdk-table ${className}`.trim() }, h('thead', {}, head), h('tbody', {}, body));
}

export function spinner(label = 'Đang tải...') {
  return h('div', { class: 'loading-container' },
    h('mat-spinner', { class: 'mat-spinner mat-progress-spinner', role: 'progressbar' }), h('span', { class: 'loading-text', text: label }));
}

/** mat-raised-button with Angular Material's inner wrapper span. */
export function button(label, { color = '', className = '', onclick, type = 'button', disabled = false } = {}) {
  return h('button', { class: `mat-raised-button mat-button-base ${color ? `mat-${color}` : ''} ${className}`.trim(), type, onclick, disabled },
    h('span', { class: 'mat-button-wrapper', text: label }));
}
