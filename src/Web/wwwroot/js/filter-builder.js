// CASE-5 (guide 4.8.7): the filter builder. Conditions (field, operator, values) in AND groups joined by
// OR, plus sort keys; on 実行 they become the list's f= and sort= parameters. The server decides what is
// valid: it parses the same text against its whitelist.
(function () {
  'use strict';
  const form = document.querySelector('[data-filter-builder]');
  if (!form) return;
  const config = JSON.parse(form.dataset.filterBuilder);
  const t = form.dataset;
  const fields = new Map(config.fields.map(f => [f.name, f]));
  const groupsBox = form.querySelector('[data-filter-groups]');
  const sortsBox = form.querySelector('[data-filter-sorts]');
  const filterOut = form.querySelector('[data-filter-output]');
  const sortOut = form.querySelector('[data-sort-output]');

  let groups = config.groups.map(g => g.map(c => ({ field: c.field, op: c.op, values: c.values.slice() })));
  let sorts = config.sort.map(s => ({ column: s.column, descending: s.descending }));
  let raw = config.raw;
  if (groups.length === 0) groups = [[blank()]];

  function blank() { return { field: '', op: '', values: [] }; }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') node.textContent = v; else node.setAttribute(k, v === true ? '' : v);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  function option(value, label, selected) {
    const o = el('option', { value, text: label });
    o.selected = !!selected;
    return o;
  }

  function operatorOf(condition) {
    const field = fields.get(condition.field);
    return field && field.operators.find(o => o.name === condition.op);
  }

  function valueInputs(condition, update) {
    const field = fields.get(condition.field);
    const op = operatorOf(condition);
    if (!field || !op || op.arity === 0) return [];
    const label = t.textValue + ': ' + field.label;
    if (field.choices) {
      const select = el('select', { class: 'form-select form-select-sm', 'aria-label': label, multiple: op.arity < 0 });
      if (op.arity >= 0) select.append(option('', t.textNone, false));
      for (const c of field.choices) select.append(option(c.value, c.label, condition.values.includes(c.value)));
      select.addEventListener('change', () => update(Array.from(select.selectedOptions).map(o => o.value).filter(v => v)));
      return [select];
    }
    const type = field.type === 'date' ? 'date' : 'text';
    const count = op.arity === 2 ? 2 : 1;
    const inputs = [];
    for (let i = 0; i < count; i++) {
      const input = el('input', {
        type, class: 'form-control form-control-sm', 'aria-label': i === 0 ? label : t.textValueTo + ': ' + field.label,
        title: op.arity < 0 ? t.textMany : null, maxlength: type === 'text' ? 200 : null,
      });
      input.value = op.arity < 0 ? condition.values.join(', ') : (condition.values[i] || '');
      input.addEventListener('input', () => {
        if (op.arity < 0) update(input.value.split(',').map(v => v.trim()).filter(v => v));
        else { const values = condition.values.slice(); values[i] = input.value.trim(); update(values); }
      });
      inputs.push(input);
    }
    return inputs;
  }

  function conditionRow(group, index) {
    const condition = group[index];
    const row = el('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-2 filter-condition' });
    const fieldSelect = el('select', { class: 'form-select form-select-sm w-auto', 'aria-label': t.textField });
    fieldSelect.append(option('', t.textChoose, !condition.field));
    for (const f of config.fields) fieldSelect.append(option(f.name, f.label, f.name === condition.field));
    fieldSelect.addEventListener('change', () => {
      const field = fields.get(fieldSelect.value);
      group[index] = { field: fieldSelect.value, op: field ? field.operators[0].name : '', values: [] };
      render();
    });
    row.append(fieldSelect);
    const field = fields.get(condition.field);
    if (field) {
      const opSelect = el('select', { class: 'form-select form-select-sm w-auto', 'aria-label': t.textOperator + ': ' + field.label });
      for (const o of field.operators) opSelect.append(option(o.name, o.label, o.name === condition.op));
      opSelect.addEventListener('change', () => {
        const before = operatorOf(condition);
        condition.op = opSelect.value;
        const after = operatorOf(condition);
        if (!before || before.arity !== after.arity) condition.values = [];
        render();
      });
      row.append(opSelect);
      for (const input of valueInputs(condition, values => { condition.values = values; })) {
        input.classList.add('w-auto', 'flex-grow-1');
        row.append(input);
      }
    }
    const and = el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', text: t.textAnd });
    and.addEventListener('click', () => { group.splice(index + 1, 0, blank()); render(); });
    const or = el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', text: t.textOr });
    or.addEventListener('click', () => { groups.push([blank()]); render(); });
    const remove = el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm', 'aria-label': t.textRemove, title: t.textRemove },
      [el('i', { class: 'bi bi-dash-circle', 'aria-hidden': 'true' })]);
    remove.addEventListener('click', () => {
      group.splice(index, 1);
      groups = groups.filter(g => g.length > 0);
      if (groups.length === 0) groups = [[blank()]];
      render();
    });
    row.append(and, or, remove);
    return row;
  }

  function sortRow(index) {
    const sort = sorts[index];
    const row = el('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-2 filter-sort' });
    row.append(el('span', { class: 'small text-body-secondary', text: t.textSortBy }));
    const column = el('select', { class: 'form-select form-select-sm w-auto', 'aria-label': t.textSortBy });
    for (const c of config.sortColumns) column.append(option(c.name, c.label, c.name === sort.column));
    column.addEventListener('change', () => { sort.column = column.value; });
    const direction = el('select', { class: 'form-select form-select-sm w-auto', 'aria-label': t.textSortBy });
    direction.append(option('asc', t.textAsc, !sort.descending), option('desc', t.textDesc, sort.descending));
    direction.addEventListener('change', () => { sort.descending = direction.value === 'desc'; });
    const remove = el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm', 'aria-label': t.textRemoveSort, title: t.textRemoveSort },
      [el('i', { class: 'bi bi-dash-circle', 'aria-hidden': 'true' })]);
    remove.addEventListener('click', () => { sorts.splice(index, 1); render(); });
    row.append(column, direction, remove);
    return row;
  }

  function render() {
    groupsBox.replaceChildren();
    if (raw) {
      // A filter from the URL the server refused: kept as typed, to correct or clear.
      const input = el('input', { type: 'text', class: 'form-control form-control-sm mb-2 font-monospace', 'aria-label': t.textValue });
      input.value = raw;
      input.addEventListener('input', () => { raw = input.value; });
      groupsBox.append(input);
    }
    groups.forEach((group, g) => {
      const box = el('fieldset', { class: 'border rounded p-2 mb-2 filter-group' });
      box.append(el('legend', { class: 'fs-6 small text-body-secondary float-none w-auto px-1 mb-1', text: g === 0 ? t.textMatchAll : t.textOrGroup }));
      group.forEach((_, i) => box.append(conditionRow(group, i)));
      groupsBox.append(box);
    });
    sortsBox.replaceChildren(...sorts.map((_, i) => sortRow(i)));
  }

  const escape = v => v.replace(/%/g, '%25').replace(/\^/g, '%5E').replace(/\|/g, '%7C');

  function serialize() {
    const text = groups
      .map(g => g.filter(c => c.field && c.op).map(c => {
        const op = operatorOf(c);
        const values = op && op.arity === 0 ? [] : c.values.filter(v => v !== '');
        return c.field + '.' + c.op + (values.length ? '.' + values.map(escape).join('|') : '');
      }).join('^'))
      .filter(g => g)
      .join('^OR^');
    return text || (raw || '');
  }

  form.querySelector('[data-filter-add-sort]').addEventListener('click', () => {
    const used = new Set(sorts.map(s => s.column));
    const next = config.sortColumns.find(c => !used.has(c.name));
    if (next) { sorts.push({ column: next.name, descending: false }); render(); }
  });

  form.addEventListener('submit', () => {
    filterOut.value = serialize();
    sortOut.value = sorts.map(s => s.column + (s.descending ? '.desc' : '.asc')).join(',');
    // Empty parameters stay out of the address, so a plain list has a plain URL.
    for (const input of [filterOut, sortOut, form.querySelector('input[name=view]')]) {
      if (!input.value || (input.name === 'view' && input.value === 'All')) input.disabled = true;
    }
  });

  render();
})();
