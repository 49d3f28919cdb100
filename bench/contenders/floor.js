import { start } from '../page/harness.js';
import { ROW_HEIGHT } from '../page/shared.js';
import { FloorTable, FLOOR_CSS } from './floor-table.js';

let table;
start({
  name: 'floor',
  css: FLOOR_CSS,
  mount(host, rows) {
    table = new FloorTable(host);
    table.setRows(rows);
  },
  scroller: () => table.el,
  scrollToIndex(i) { table.el.scrollTop = i * ROW_HEIGHT; table.render(); },
  rowElement: (id) => table.tbody.querySelector(`tr[data-id="${id}"]`),
  prepend(fresh) { table.prepend(fresh); },
  filter(kw, ctx) { table.el.scrollTop = 0; table.setRows(ctx.filterRows(kw), kw); },
});
