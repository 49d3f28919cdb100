// Vaadin Grid: virtualised <vaadin-grid> with three columns and plain DOM renderers that build
// their cell content once and then only update text (the recommended fast path).
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import { start } from '../page/harness.js';
import { dateFormat, urlPath, TABLE_HEIGHT, ROW_HEIGHT, COLUMNS } from '../page/shared.js';

function lines(root, cls) {
  if (root.__lines) return root.__lines;
  root.textContent = '';
  root.__lines = cls.map((c) => { const s = document.createElement('span'); s.className = c; root.append(s); return s; });
  return root.__lines;
}

const renderers = {
  date(root, _c, { item }) {
    root.dataset.id = item.id;
    const [a, b] = lines(root, ['l', 'l s']);
    a.textContent = dateFormat.format(item.time);
    b.textContent = item.ip ?? 'no IP';
  },
  admin(root, _c, { item }) {
    root.dataset.id = item.id;
    const [a, b] = lines(root, ['l', 'l s']);
    a.textContent = item.admin ? item.admin.name : 'Deleted admin';
    a.classList.toggle('d', !item.admin);
    b.textContent = item.admin ? item.admin.email : '';
  },
  url(root, _c, { item }) {
    root.dataset.id = item.id;
    if (!root.__line) {
      root.textContent = '';
      const line = document.createElement('span');
      line.className = 'l';
      line.innerHTML = '<span class="b"></span><span class="b m"></span><span></span>';
      root.append(line);
      root.__line = line;
    }
    const line = root.__line;
    line.title = item.url;
    const [type, method, path] = line.children;
    type.className = `b ${item.type === 'API' ? 'api' : 'web'}`;
    type.textContent = item.type;
    method.textContent = item.method;
    path.textContent = urlPath(item.url);
  },
};

let grid;
start({
  name: 'vaadin',
  css: `
    vaadin-grid { height: ${TABLE_HEIGHT}px; }
    vaadin-grid-cell-content { box-sizing: border-box; height: ${ROW_HEIGHT - 1}px; padding: 0 0.75rem; display: flex; flex-direction: column; justify-content: center; }
  `,
  mount(host, rows) {
    grid = document.createElement('vaadin-grid');
    for (const [key, width, grow] of [['date', '13rem', 0], ['admin', '30%', 0], ['url', 'auto', 1]]) {
      const col = document.createElement('vaadin-grid-column');
      col.header = COLUMNS[key];
      col.width = width;
      col.flexGrow = grow;
      col.renderer = renderers[key];
      grid.append(col);
    }
    grid.items = rows;
    host.append(grid);
  },
  scroller: () => grid.$.table,
  async scrollToIndex(i) { grid.scrollToIndex(i); await grid.updateComplete; },
  rowElement: (id) => {
    // The rendered cell content of that item in the date column (rows are recycled, so look for the id).
    for (const el of grid.querySelectorAll(`vaadin-grid-cell-content[data-id="${id}"]`)) {
      const r = el.getBoundingClientRect();
      if (r.height > 0 && el.assignedSlot?.closest('tr')?.hidden !== true) return el;
    }
    return null;
  },
  async prepend(_fresh, all) { grid.items = all; await grid.updateComplete; },
  async filter(kw, ctx) { grid.items = ctx.filterRows(kw); await grid.updateComplete; },
});
