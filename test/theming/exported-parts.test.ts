import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { rowsOf, tableOf, until } from '../helpers/msw.js';
import { suspiciousLog } from '../i18n/helpers.js';

/**
 * A theme restyles the table through `<admin-sessions>`: every part the table draws is exported by
 * the widget (its JSDoc says "all parts of `<admin-sessions-table>` are exported too").
 */
describe('theming: the table’s parts reach the page through <admin-sessions>', () => {
  it('exports every part the table draws, badges and the expanded row included', async () => {
    const entries = suspiciousLog(Date.now() - 3_600_000);
    // Two identical requests in a row, folded into one with a repeat count.
    entries.unshift({ ...entries[0]!, id: 'again', time: entries[0]!.time + 1 });
    const el = await fixture<AdminSessions>(
      html`<admin-sessions cache="none" range="24h" collapse-repeats no-histogram style="--admin-sessions-table-height: 900px"></admin-sessions>`,
    );
    el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
    await until(() => rowsOf(el).length > 5, 'no rows');
    rowsOf(el)[0]!.click();
    await until(() => tableOf(el).shadowRoot!.querySelector('[part~="row-expanded"]'), 'no expanded row');
    const drawn = new Set([...tableOf(el).shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)));
    for (const name of ['badge', 'badge-new-ip', 'badge-burst', 'repeat-count', 'row-expanded']) expect(drawn, `the log draws ${name}`).to.include(name);
    const exported = new Set(tableOf(el).getAttribute('exportparts')!.split(',').map((name) => name.trim()));
    expect([...drawn].filter((name) => !exported.has(name)), 'parts drawn but not exported').to.deep.equal([]);
  });

  it('a ::part rule on the page styles the unusual-activity badges', async () => {
    const entries = suspiciousLog(Date.now() - 3_600_000);
    const page = await fixture<HTMLElement>(html`<div>
      <style>
        .themed::part(badge-new-ip) { outline: 3px solid rgb(1, 2, 3); }
      </style>
      <admin-sessions class="themed" cache="none" range="24h" no-histogram style="--admin-sessions-table-height: 900px"></admin-sessions>
    </div>`);
    const el = page.querySelector('admin-sessions')!;
    el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
    await until(() => tableOf(el).shadowRoot!.querySelector('[part~="badge-new-ip"]'), 'no new-IP badge');
    const badge = tableOf(el).shadowRoot!.querySelector('[part~="badge-new-ip"]')!;
    expect(getComputedStyle(badge).outlineColor).to.equal('rgb(1, 2, 3)');
  });
});
