// DataTables 3 (no jQuery needed since v3) with the Scroller extension: the configuration
// DataTables documents for 100k client-side rows (deferRender + virtual scrolling), ordered newest
// first by the time column, search().draw() for the keyword filter.
import DataTable from 'datatables.net-dt';
import 'datatables.net-scroller-dt';
import { start } from '../page/harness.js';
import { cellHtml, searchKey, TABLE_HEIGHT, ROW_HEIGHT, COLUMNS } from '../page/shared.js';

let dt;
let tableEl;
start({
  name: 'datatables',
  css: `
    table.dataTable > tbody > tr > td { height: ${ROW_HEIGHT}px; box-sizing: border-box; padding: 0 0.75rem; vertical-align: middle; text-align: start; }
    table.dataTable > thead > tr > th { text-align: start; }
  `,
  mount(host, rows) {
    tableEl = document.createElement('table');
    tableEl.className = 'display';
    tableEl.style.width = '100%';
    host.append(tableEl);
    dt = new DataTable(tableEl, {
      data: rows,
      deferRender: true,
      scroller: true,
      scrollY: TABLE_HEIGHT - 40,
      order: [[0, 'desc']],
      layout: { topStart: null, topEnd: null, bottomStart: null, bottomEnd: null },
      createdRow: (tr, row) => { tr.dataset.id = row.id; },
      autoWidth: false,
      columns: [
        { title: COLUMNS.date, data: 'time', width: '13rem', render: (d, type, row) => (type === 'display' ? cellHtml.date(row) : type === 'filter' ? searchKey(row) : d) },
        { title: COLUMNS.admin, data: 'admin', width: '30%', orderable: false, render: (d, type, row) => (type === 'display' ? cellHtml.admin(row) : '') },
        { title: COLUMNS.url, data: 'url', orderable: false, render: (d, type, row) => (type === 'display' ? cellHtml.url(row) : '') },
      ],
    });
  },
  scroller: () => tableEl.closest('.dt-scroll-body') ?? tableEl.parentElement,
  scrollToIndex(i) { dt.scroller.toPosition(i, false); },
  rowElement: (id) => tableEl.querySelector(`tbody tr[data-id="${id}"]`),
  prepend(fresh) { dt.rows.add(fresh).draw(false); },
  filter(kw) { dt.search(kw).draw(); },
});
