import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { makeEntries } from '../../helpers/entries.js';
import { rowsOf, shadowPart, startWorker, tableOf, until, useHandlers } from '../../helpers/msw.js';

describe('<admin-sessions> accessibility (axe) and infinite scroll', function () {
  this.timeout(60_000);
  before(startWorker);

  async function withBackend(entries = makeEntries(120, Date.now())) {
    const cursors: (string | null)[] = [];
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" style="--admin-sessions-table-height: 300px"></admin-sessions>`);
    el.fetchPage = async ({ cursor, limit, newerThan }) => {
      if (newerThan) return { entries: [], total: entries.length, nextCursor: null };
      cursors.push(cursor);
      const start = Number(cursor ?? 0);
      return { entries: entries.slice(start, start + limit), total: entries.length, nextCursor: start + limit < entries.length ? String(start + limit) : null };
    };
    return { el, cursors };
  }

  it('is axe-clean with rows, with a row expanded, empty, and in error', async () => {
    const { el } = await withBackend();
    await until(() => rowsOf(el).length > 3);
    await expect(el).to.be.accessible();
    tableOf(el).dispatchEvent(new CustomEvent('admin-sessions-row-toggle', { detail: { id: rowsOf(el)[0]!.dataset.id }, bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('admin-sessions-details') !== null);
    await expect(el).to.be.accessible();

    const empty = await withBackend([]);
    await until(() => shadowPart(empty.el, 'empty') !== null);
    await expect(empty.el).to.be.accessible();

    useHandlers(http.get('/t/a11y/admin_session_logs', () => HttpResponse.json({ status: 'error', errors: ['Unauthorized'], redirect: 'https://panel.example.com/admin/login' }, { status: 401 })));
    const failing = await fixture<AdminSessions>(html`<admin-sessions cache="none" adapter="puqcloud" endpoint="/t/a11y/admin_session_logs"></admin-sessions>`);
    await until(() => shadowPart(failing, 'error') !== null);
    await expect(failing).to.be.accessible();
  });

  it('loads the next page when the admin scrolls near the end, one request at a time', async () => {
    const { el, cursors } = await withBackend();
    await until(() => cursors.length >= 1 && rowsOf(el).length > 0);
    const scroller = tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await until(() => el.entries.length >= 100, 'the next page did not load');
    expect(cursors.slice(0, 2)).to.deep.equal([null, '50']);
    expect(new Set(cursors).size, 'no page requested twice').to.equal(cursors.length);
  });
});
