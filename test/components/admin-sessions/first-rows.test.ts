/**
 * The first rows first (FirstRowsController): a first page answered within a moment is painted with
 * the widget around it in one frame (no skeleton frame before it), and the code the first rows do not
 * need (the parts, the tools) is asked for once they are painted. Its own file: the page must not
 * have loaded the parts' modules before (lazy-parts.test.ts loads them).
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage, SessionPage } from '../../../src/data/adapters/adapter.js';
import { makeEntries } from '../../helpers/entries.js';
import { deferred, rowsOf, shadowPart, startWorker, until, useHandlers } from '../../helpers/msw.js';
import { holdModules, MODULE } from './lazy-helpers.js';

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

  it('keeps the place of the README’s :not(:defined) rule while it waits, then shows the skeleton for a page that takes longer', async () => {
    const held = deferred();
    const fetchPage: FetchPage = async () => (await held.promise, page);
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 1440px"><admin-sessions cache="none" locale="en" .fetchPage=${fetchPage}></admin-sessions></div>`);
    const el = wrapper.querySelector<AdminSessions>('admin-sessions')!;
    await until(() => el.shadowRoot?.querySelector('[part~="base"]'), 'nothing drawn');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(el.getBoundingClientRect().height, 'the rule: 32rem + 14.75rem').to.be.closeTo(46.75 * rem, 0.5);
    expect(shadowPart(el, 'loading'), 'no skeleton yet').to.equal(null);
    await until(() => shadowPart(el, 'loading'), 'no skeleton for a slow first page');
    expect(el.shadowRoot!.querySelectorAll('[part~="skeleton-row"]').length).to.be.greaterThan(3);
    held.resolve();
    await until(() => rowsOf(el).length > 5, 'no rows');
  });

    useHandlers(...handlers);
    const held = deferred();
    const fetchPage: FetchPage = async () => (await held.promise, page);
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" .fetchPage=${fetchPage}></admin-sessions>`);
    // The skeleton is drawn (the page takes longer than the first render waits): the toolbar with it.
    await until(() => shadowPart(el, 'loading') && el.shadowRoot!.querySelector('admin-sessions-range'), 'no skeleton');
    expect(asked, 'asked while the first page is on its way').to.deep.equal([]);
    held.resolve();
    await until(() => rowsOf(el).length > 5, 'no rows');
    await until(() => asked.length === 4, `not all asked for after the first rows: ${asked.join(', ')}`);
    release();
    await until(() => shadowPart(el, 'earlier') && customElements.get('admin-sessions-range'), 'the parts did not arrive');
  });
});
