import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
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
    // The badges come with their reasons' code, after the first rows.
    await until(() => tableOf(el).shadowRoot!.querySelector('[part~="badge-new-ip"]') && tableOf(el).shadowRoot!.querySelector('[part~="badge-burst"]'), 'no badges');
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

describe('theming: the rounded frame', () => {
  it('keeps a themed toolbar, the table and the open details panel inside its rounded corners', async () => {
    const entries = suspiciousLog(Date.now() - 3_600_000);
    const page = await fixture<HTMLElement>(html`<div>
      <style>
        .rounded::part(toolbar) { background: rgb(200, 10, 10); }
      </style>
      <admin-sessions class="rounded" cache="none" range="24h" no-histogram style="--admin-sessions-radius: 20px; --admin-sessions-table-height: 300px"></admin-sessions>
    </div>`);
    const el = page.querySelector('admin-sessions')!;
    el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
    await until(() => rowsOf(el).length > 5, 'no rows');
    const style = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
    // The frame is 1px wide: inner corners are 19px.
    expect([style('[part~="toolbar"]').borderTopLeftRadius, style('[part~="toolbar"]').borderTopRightRadius]).to.deep.equal(['19px', '19px']);
    expect(style('[part~="toolbar"]').backgroundColor).to.equal('rgb(200, 10, 10)');
    expect([style('.table-wrap').borderBottomLeftRadius, style('.table-wrap').overflow]).to.deep.equal(['19px', 'clip']);
    rowsOf(el)[0]!.click();
    await until(() => el.shadowRoot!.querySelector('admin-sessions-details'), 'no details');
    expect([style('admin-sessions-details').borderBottomRightRadius, style('admin-sessions-details').overflow]).to.deep.equal(['19px', 'clip']);
    expect(style('.table-wrap').borderBottomLeftRadius, 'the table is no longer the last part').to.equal('0px');
  });
});
