// Tabulator: TabulatorFull with the virtual DOM vertical renderer (its default), fixed row height,
// HTML formatters, addData(…, true) to prepend and setFilter with its built-in "like" filters (OR).
import { TabulatorFull as Tabulator } from 'tabulator-tables';
import { start } from '../page/harness.js';
import { cellHtml, TABLE_HEIGHT, ROW_HEIGHT, COLUMNS } from '../page/shared.js';

let table;
start({
  name: 'tabulator',
  css: `.tabulator-cell { padding: 0 0.75rem !important; display: inline-flex !important; flex-direction: column; justify-content: center; }`,
  mount(host, rows) {
    const el = document.createElement('div');
    host.append(el);
    return new Promise((resolve) => {
      table = new Tabulator(el, {
        data: rows,
        index: 'id',
        height: TABLE_HEIGHT,
        rowHeight: ROW_HEIGHT,
        layout: 'fitColumns',
        renderVertical: 'virtual',
        rowFormatter: (row) => { row.getElement().dataset.id = row.getData().id; },
        columns: [
          { title: COLUMNS.date, field: 'time', width: 208, headerSort: false, formatter: (c) => cellHtml.date(c.getData()) },
          { title: COLUMNS.admin, field: 'admin.name', width: 360, headerSort: false, formatter: (c) => cellHtml.admin(c.getData()) },
          { title: COLUMNS.url, field: 'url', headerSort: false, formatter: (c) => cellHtml.url(c.getData()) },
        ],
      });
      table.on('tableBuilt', resolve);
    });
  },
  scroller: () => table.element.querySelector('.tabulator-tableholder'),
  scrollToIndex: (i) => (i === 0 ? table.scrollToRow(table.getRows('active')[0], 'top', false) : table.scrollToRow(`e${i}`, 'top', false)),
  rowElement: (id) => table.element.querySelector(`.tabulator-row[data-id="${id}"]`),
  prepend: (fresh) => table.addData(fresh, true),
  filter(kw) {
    table.setFilter([[
      { field: 'admin.name', type: 'like', value: kw },
      { field: 'admin.email', type: 'like', value: kw },
      { field: 'ip', type: 'like', value: kw },
      { field: 'url', type: 'like', value: kw },
    ]]);
  },
});
