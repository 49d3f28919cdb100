// The floor: a hand-written windowed <table> with no framework. Fixed row height, a spacer row
// above and below the rendered window, rows rebuilt synchronously in the scroll handler, keeps the
// viewed row in place when rows are prepended, highlights a keyword. What "as fast as it gets"
// looks like for this layout; every contender is compared with it.
import { dateFormat, urlPath, ROW_HEIGHT, TABLE_HEIGHT, COLUMNS } from '../page/shared.js';

const OVERSCAN = 8;

export const FLOOR_CSS = `
  .floor { height: ${TABLE_HEIGHT}px; overflow: auto; contain: strict; position: relative; }
  .floor table { width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed; }
  .floor th { position: sticky; top: 0; background: #f6f7f9; text-align: start; padding: 0.5rem 0.75rem; border-bottom: 1px solid #e3e6ea; }
  .floor th.date { width: 13rem; } .floor th.admin { width: 30%; }
  .floor td { height: ${ROW_HEIGHT}px; box-sizing: border-box; padding: 0 0.75rem; border-bottom: 1px solid #e3e6ea; overflow: hidden; }
  .floor td.sp { padding: 0; border: 0; height: auto; }
  .floor mark { background: #ffe58a; }
`;

function text(parent, value, kw) {
  if (!kw) { parent.textContent = value; return; }
  const lower = value.toLowerCase();
  let from = 0;
  let at = lower.indexOf(kw);
  if (at < 0) { parent.textContent = value; return; }
  parent.textContent = '';
  while (at >= 0) {
    if (at > from) parent.append(value.slice(from, at));
    const m = document.createElement('mark');
    m.textContent = value.slice(at, at + kw.length);
    parent.append(m);
    from = at + kw.length;
    at = lower.indexOf(kw, from);
  }
  if (from < value.length) parent.append(value.slice(from));
}

function span(cls, parent) {
  const s = document.createElement('span');
  s.className = cls;
  parent.append(s);
  return s;
}

export class FloorTable {
  rows = [];
  keyword = '';
  constructor(host) {
    this.el = document.createElement('div');
    this.el.className = 'floor';
    this.el.innerHTML = `<table><thead><tr><th class="date">${COLUMNS.date}</th><th class="admin">${COLUMNS.admin}</th><th>${COLUMNS.url}</th></tr></thead><tbody></tbody></table>`;
    this.tbody = this.el.querySelector('tbody');
    this.el.addEventListener('scroll', () => this.render());
    host.append(this.el);
  }
  setRows(rows, keyword = this.keyword) {
    this.rows = rows;
    this.keyword = keyword.toLowerCase();
    this.start = -1;
    this.render();
  }
  /** Prepends while keeping the row in view at the same pixel position. */
  prepend(fresh) {
    this.rows = [...fresh, ...this.rows];
    if (this.el.scrollTop > 0) this.el.scrollTop += fresh.length * ROW_HEIGHT;
    this.start = -1;
    this.render();
  }
  render() {
    const n = this.rows.length;
    const first = Math.floor(this.el.scrollTop / ROW_HEIGHT);
    const start = Math.max(0, Math.min(n, first - OVERSCAN));
    const end = Math.min(n, first + Math.ceil(TABLE_HEIGHT / ROW_HEIGHT) + 1 + OVERSCAN);
    if (start === this.start && end === this.end) return;
    this.start = start;
    this.end = end;
    const frag = document.createDocumentFragment();
    frag.append(this.spacer(start));
    for (let i = start; i < end; i++) frag.append(this.row(this.rows[i]));
    frag.append(this.spacer(n - end));
    this.tbody.replaceChildren(frag);
  }
  spacer(count) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.className = 'sp';
    td.colSpan = 3;
    td.style.height = `${count * ROW_HEIGHT}px`;
    tr.append(td);
    return tr;
  }
  row(e) {
    const kw = this.keyword;
    const tr = document.createElement('tr');
    tr.dataset.id = e.id;
    const c1 = document.createElement('td');
    span('l', c1).textContent = dateFormat.format(e.time);
    text(span('l s', c1), e.ip ?? 'no IP', kw);
    const c2 = document.createElement('td');
    if (e.admin) {
      text(span('l', c2), e.admin.name, kw);
      text(span('l s', c2), e.admin.email, kw);
    } else span('l d', c2).textContent = 'Deleted admin';
    const c3 = document.createElement('td');
    const line = span('l', c3);
    line.title = e.url;
    span(`b ${e.type === 'API' ? 'api' : 'web'}`, line).textContent = e.type;
    span('b m', line).textContent = e.method;
    text(span('', line), urlPath(e.url), kw);
    tr.append(c1, c2, c3);
    return tr;
  }
}
