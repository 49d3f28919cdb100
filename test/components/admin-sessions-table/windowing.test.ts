import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { AdminSessionsTable } from '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import { makeEntries } from '../../helpers/entries.js';

const rows = (el: AdminSessionsTable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr[part~="row"]')];
const scroller = (el: AdminSessionsTable) => el.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
const nodeCount = (el: AdminSessionsTable) => el.shadowRoot!.querySelectorAll('*').length;

/** Every node in the shadow root: elements, text nodes and comments (Lit's markers are comments). */
function allNodes(el: AdminSessionsTable): number {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/** Waits for the rows to settle: the overscan rows are added two frames after the first rows. */
async function settle(el: AdminSessionsTable) {
  await el.updateComplete;
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  await el.updateComplete;
}

async function tableWith(count: number): Promise<AdminSessionsTable> {
  const el = await fixture<AdminSessionsTable>(
    html`<admin-sessions-table style="--admin-sessions-table-height: 400px" .entries=${makeEntries(count)}></admin-sessions-table>`,
  );
  await settle(el);
  return el;
}

describe('<admin-sessions-table> windowing', () => {
  it('keeps the DOM the same size from 1,000 to 100,000 rows', async () => {
    const small = await tableWith(1000);
    const large = await tableWith(100_000);
    expect(rows(small).length).to.be.greaterThan(5).and.lessThan(40);
    expect(rows(large).length).to.equal(rows(small).length);
    expect(Math.abs(nodeCount(large) - nodeCount(small))).to.be.lessThan(5);
    expect(nodeCount(large)).to.be.lessThan(800);
  });

  it('paints the rows in view first and adds the rows beyond them after that frame, keeping the first ones', async () => {
    // 600 px is the height the first render assumes before measuring (a shorter region gets its
    // spare rows dropped at the next render, not in a second render before the first paint).
    const el = await fixture<AdminSessionsTable>(
      html`<admin-sessions-table style="--admin-sessions-table-height: 600px" .entries=${makeEntries(1000)}></admin-sessions-table>`,
    );
    await nextFrame();
    const first = rows(el);
    const bottom = scroller(el).getBoundingClientRect().bottom;
    expect(first.at(-1)!.getBoundingClientRect().bottom, 'the rows in view fill the region').to.be.at.least(bottom);
    expect(first.filter((row) => row.getBoundingClientRect().top >= bottom).length, 'rows wholly below the region at first').to.be.at.most(2);
    await settle(el);
    const later = rows(el);
    // By id and as the same elements (chai's deep equality would take any two rows for equal).
    expect(later.slice(0, first.length).map((row) => row.dataset.id), 'the first rows stay').to.deep.equal(first.map((row) => row.dataset.id));
    expect(later.slice(0, first.length).every((row, i) => row === first[i]), 'the first rows are the same elements').to.equal(true);
    expect(later.filter((row) => row.getBoundingClientRect().top >= bottom).length, 'rows below the region afterwards').to.be.at.least(5);
  });

  it('stays under 800 DOM nodes, text and comments included, at the top and mid-scroll of 100,000 rows (issue 15)', async () => {
    const el = await fixture<AdminSessionsTable>(
      html`<admin-sessions-table style="--admin-sessions-table-height: 600px" .entries=${makeEntries(100_000)}></admin-sessions-table>`,
    );
    await settle(el);
    const atTop = allNodes(el);
    scroller(el).scrollTop = el.rowHeight * 50_000;
    scroller(el).dispatchEvent(new Event('scroll'));
    await settle(el);
    expect(rows(el).map((row) => row.dataset.id)).to.include('e50005');
    const midScroll = allNodes(el);
    expect(atTop, 'at the top').to.be.at.most(800);
    expect(midScroll, 'mid-scroll (overscan above and below)').to.be.at.most(800);
  });

  it('sizes the scroll area for every row and renders the rows in view after a jump', async () => {
    const el = await tableWith(100_000);
    const rowHeight = el.rowHeight;
    expect(scroller(el).scrollHeight).to.be.greaterThan(rowHeight * 99_000);
    scroller(el).scrollTop = rowHeight * 50_000;
    scroller(el).dispatchEvent(new Event('scroll'));
    await settle(el);
    const ids = rows(el).map((row) => row.dataset.id);
    expect(ids).to.include('e50000');
    const row = rows(el).find((r) => r.dataset.id === 'e50002')!;
    const box = scroller(el).getBoundingClientRect();
    expect(row.getBoundingClientRect().top).to.be.within(box.top, box.bottom);
  });

  it('announces the total in aria-rowcount and each row its aria-rowindex', async () => {
    const el = await tableWith(1000);
    el.total = 1532;
    await settle(el);
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('1533');
    expect(rows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    scroller(el).scrollTop = el.rowHeight * 500;
    scroller(el).dispatchEvent(new Event('scroll'));
    await settle(el);
    const row = rows(el).find((r) => r.dataset.id === 'e500')!;
    expect(row.getAttribute('aria-rowindex')).to.equal('502');
  });

  it('keeps the viewed row at the same pixel position when rows are prepended', async () => {
    const el = await tableWith(2000);
    scroller(el).scrollTop = el.rowHeight * 300;
    scroller(el).dispatchEvent(new Event('scroll'));
    await settle(el);
    const viewed = () => rows(el).find((r) => r.dataset.id === 'e301')!;
    const before = viewed().getBoundingClientRect().top;
    el.entries = [...makeEntries(20, Date.UTC(2025, 11, 15, 13), 'new'), ...el.entries];
    await settle(el);
    expect(viewed().getBoundingClientRect().top).to.be.closeTo(before, 0.5);
  });

  it('lets new rows appear on top when the admin is at the top', async () => {
    const el = await tableWith(100);
    el.entries = [...makeEntries(3, Date.UTC(2025, 11, 15, 13), 'new'), ...el.entries];
    await settle(el);
    expect(rows(el)[0]!.dataset.id).to.equal('new0');
    expect(scroller(el).scrollTop).to.equal(0);
  });
  it('keeps its DOM the same size while rows arrive on top and the oldest are let go (a long auto-refresh session)', async () => {
    const el = await tableWith(300);
    const body = () => el.shadowRoot!.querySelector('tbody')!;
    let entries = el.entries;
    const tick = async (n: number) => {
      // What max-entries does on each refresh: two new rows on top, the two oldest let go.
      entries = [...makeEntries(2, entries[0]!.time + 2000, `t${n}-`), ...entries.slice(0, -2)];
      el.entries = entries;
      await el.updateComplete;
    };
    for (let n = 0; n < 5; n++) await tick(n);
    const nodes = body().childNodes.length;
    const all = nodeCount(el);
    for (let n = 5; n < 105; n++) await tick(n);
    expect(rows(el)[0]!.dataset.id).to.equal('t104-0');
    // Lit's repeat alone leaves a comment per row let go: 200 more child nodes after 100 ticks.
    expect(body().childNodes.length).to.equal(nodes);
    expect(nodeCount(el)).to.equal(all);
  });
});
