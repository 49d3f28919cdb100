/**
 * The first rows first (FirstRowsController): a first page answered within a moment is painted with
 * the widget around it in one frame (no skeleton frame before it), and the code the first rows do not
 * need (the parts, the tools) is asked for once they are painted. Its own file: the page must not
 * have loaded the parts' modules before (lazy-parts.test.ts loads them).
 */
import { expect, fixtureSync, html, nextFrame } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage, SessionPage } from '../../../src/data/adapters/adapter.js';
import { makeEntries } from '../../helpers/entries.js';
import { deferred, rowsOf, shadowPart, startWorker, until, useHandlers } from '../../helpers/msw.js';
import { holdModules, MODULE } from './lazy-helpers.js';
import { installFakeClock } from '../../helpers/fake-clock.js';
import { FIRST_RENDER_HOLD_MS } from '../../../src/data/defaults.js';

const entries = makeEntries(30, Date.now() - 60_000);
const page: SessionPage = { entries, total: entries.length, nextCursor: null };

describe('<admin-sessions> first rows first', () => {
  before(() => startWorker());
  after(() => useHandlers());

  // First: once the parts' modules are loaded, the page does not ask for them again.
  it('asks for the parts’ and tools’ code once its first rows are painted, not while its first page is on its way', async () => {
    const { handlers, asked, release } = holdModules({
      range: MODULE('admin-sessions-range'),
      refresh: MODULE('admin-sessions-refresh'),
      histogram: MODULE('admin-sessions-histogram'),
      'time-nav': /\/src\/components\/admin-sessions\/time-nav\.ts/,
    });
    useHandlers(...handlers, http.get('/t/first-rows-probe', () => new HttpResponse(null, { status: 204 })));
    const held = deferred();
    const fetchPage: FetchPage = async () => (await held.promise, page);
    // The first render's wait and the gate's latest time on a fake clock: neither passes unless the test moves it.
    const clock = installFakeClock(Date.now());
    try {
      const el = fixtureSync<AdminSessions>(html`<admin-sessions cache="none" locale="en" .fetchPage=${fetchPage}></admin-sessions>`);
      await clock.tickAsync(FIRST_RENDER_HOLD_MS);
      for (let frame = 0; !(shadowPart(el, 'loading') && el.shadowRoot!.querySelector('admin-sessions-range')); frame++) {
        if (frame > 300) throw new Error('no skeleton with its toolbar');
        await nextFrame();
      }
      // A request through the same worker after the skeleton and its toolbar were drawn: the worker has
      // seen any module the page asked for while drawing them.
      await fetch('/t/first-rows-probe');
      expect(asked, 'asked while the first page is on its way').to.deep.equal([]);
      held.resolve();
      for (let frame = 0; asked.length < 4; frame++) {
        if (frame > 600) throw new Error(`not all asked for after the first rows: ${asked.join(', ')}`);
        await nextFrame();
      }
      expect(rowsOf(el).length, 'the rows are there').to.be.greaterThan(5);
      release();
    } finally {
      clock.restore();
    }
  });

  it('paints a first page answered at once with its first full render: no skeleton row is ever drawn', async () => {
    const skeletons: number[] = [];
    const fetchPage: FetchPage = async () => page;
    const el = fixtureSync<AdminSessions>(html`<admin-sessions cache="none" .fetchPage=${fetchPage}></admin-sessions>`);
    const watch = (root: Node) =>
      new MutationObserver(() => skeletons.push(el.shadowRoot!.querySelectorAll('[part~="skeleton-row"]').length)).observe(root, { childList: true, subtree: true });
    watch(el.shadowRoot!);
    await el.updateComplete;
    await until(() => rowsOf(el).length > 5, 'no rows');
    expect(skeletons.length, 'the shadow root changed').to.be.greaterThan(0);
    expect(skeletons.filter((count) => count > 0), 'skeleton rows drawn').to.deep.equal([]);
  });
});
