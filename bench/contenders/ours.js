// admin-sessions: the built standalone bundle (dist/standalone/admin-sessions.js) is loaded by the
// page's first <script type="module">; this only drives <admin-sessions-table>.
import { start } from '../page/harness.js';
import { TABLE_HEIGHT } from '../page/shared.js';

let table;
start({
  // "base" when run.mjs --base-bundle drives an earlier build with this same page.
  name: document.documentElement.dataset.contender ?? 'ours',
  css: `admin-sessions-table { --admin-sessions-table-height: ${TABLE_HEIGHT}px; }`,
  async mount(host, rows) {
    await customElements.whenDefined('admin-sessions-table');
    table = document.createElement('admin-sessions-table');
    table.setAttribute('time-zone', 'UTC');
    table.setAttribute('zone-label', 'UTC');
    table.locale = 'en-GB';
    table.entries = rows;
    table.total = rows.length;
    host.append(table);
  },
  scroller: () => table.shadowRoot.querySelector('.scroller'),
  async scrollToIndex(i) {
    table.shadowRoot.querySelector('.scroller').scrollTop = i * table.rowHeight;
    await table.updateComplete;
  },
  rowElement: (id) => table.shadowRoot.querySelector(`tr[part~=row][data-id="${id}"]`),
  async prepend(_fresh, all) {
    table.entries = all;
    table.total = all.length;
    await table.updateComplete;
  },
  async filter(kw, ctx) {
    const filtered = ctx.filterRows(kw);
    table.entries = filtered;
    table.total = filtered.length;
    table.highlight = kw;
    await table.updateComplete;
  },
});
