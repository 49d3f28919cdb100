import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { AdminSessionsTable } from '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import { makeEntries } from '../../helpers/entries.js';
import { until } from '../../helpers/msw.js';

/**
 * Column widths at phone, tablet and desktop widths: every column stays readable, and when the
 * element is narrower than the columns need, the scroll region scrolls sideways with the sticky
 * header moving along with the cells.
 */

const scroller = (el: AdminSessionsTable) => el.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
const headers = (el: AdminSessionsTable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="header-cell"]')];
const firstRowCells = (el: AdminSessionsTable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr[part~="row"]')[0]!.querySelectorAll<HTMLElement>('[part~="cell"]')];
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

async function settle(el: AdminSessionsTable) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

async function mount(width: number, dir: 'ltr' | 'rtl' = 'ltr'): Promise<AdminSessionsTable> {
  const page = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: ${width}px">
    <admin-sessions-table style="--admin-sessions-table-height: 400px" .entries=${makeEntries(1000)}></admin-sessions-table>
  </div>`);
  const el = page.querySelector('admin-sessions-table')!;
  await settle(el);
  return el;
}

/** Left edges of the header cells and of the first row's cells, relative to the scroll region. */
function columnLefts(el: AdminSessionsTable): { header: number[]; cells: number[] } {
  const origin = scroller(el).getBoundingClientRect().left;
  return {
    header: headers(el).map((cell) => Math.round(cell.getBoundingClientRect().left - origin)),
    cells: firstRowCells(el).map((cell) => Math.round(cell.getBoundingClientRect().left - origin)),
  };
}

describe('<admin-sessions-table> column widths', () => {
  for (const width of [360, 390, 768, 1100]) {
    it(`keeps every column readable and inside the scroll area at ${width}px`, async () => {
      const el = await mount(width);
      const region = scroller(el);
      expect(el.getBoundingClientRect().width, 'the element keeps the width it is given').to.be.closeTo(width, 0.5);
      const [date, admin, url] = headers(el).map((cell) => cell.getBoundingClientRect().width / rem());
      expect(date, 'Date column (rem)').to.be.at.least(12);
      expect(admin, 'Admin column (rem)').to.be.at.least(10);
      expect(url, 'URL column (rem)').to.be.at.least(12);
      const urlCell = firstRowCells(el)[2]!.getBoundingClientRect();
      expect(urlCell.width / rem(), 'URL cell (rem)').to.be.at.least(12);
      // Every cell lies within what the region can scroll to.
      const origin = region.getBoundingClientRect().left - region.scrollLeft;
      for (const cell of [...headers(el), ...firstRowCells(el)]) {
        const box = cell.getBoundingClientRect();
        expect(box.left - origin, `${cell.localName} start`).to.be.at.least(-0.5);
        expect(box.right - origin, `${cell.localName} end`).to.be.at.most(region.scrollWidth + 0.5);
      }
      // The rows keep the one measured height the windowing relies on.
      const rows = [...el.shadowRoot!.querySelectorAll('tr[part~="row"]')].slice(0, 5);
      for (const row of rows) expect(row.getBoundingClientRect().height).to.be.closeTo(el.rowHeight, 0.5);
    });
  }

  it('scrolls sideways at 390px with the header aligned to the cells', async () => {
    const el = await mount(390);
    const region = scroller(el);
    expect(region.scrollWidth, 'wider than the region').to.be.greaterThan(region.clientWidth);
    region.scrollLeft = region.scrollWidth;
    region.scrollTop = el.rowHeight * 20;
    await until(() => region.scrollLeft > 0, 'did not scroll sideways');
    await settle(el);
    const { header, cells } = columnLefts(el);
    expect(header, 'header cells over their columns').to.deep.equal(cells);
    // The URL column is now in view, and the sticky header is still at the top.
    const box = region.getBoundingClientRect();
    const url = firstRowCells(el)[2]!.getBoundingClientRect();
    expect(url.right, 'URL column ends inside the region').to.be.at.most(box.right + 0.5);
    expect(url.left, 'URL column starts inside the region').to.be.at.least(box.left - 0.5);
    expect(headers(el)[2]!.getBoundingClientRect().top).to.be.closeTo(box.top, 0.5);
  });

  it('scrolls sideways from the right in a right-to-left page', async () => {
    const el = await mount(390, 'rtl');
    const region = scroller(el);
    const box = region.getBoundingClientRect();
    // The first column (Date) starts at the right edge.
    expect(headers(el)[0]!.getBoundingClientRect().right).to.be.closeTo(box.right, 1);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    region.scrollLeft = -region.scrollWidth;
    await until(() => region.scrollLeft < 0, 'did not scroll sideways');
    await settle(el);
    const { header, cells } = columnLefts(el);
    expect(header).to.deep.equal(cells);
    // The vertical scroll bar, if the browser draws one, is on the left in right to left.
    const contentLeft = box.right - region.clientWidth;
    const url = firstRowCells(el)[2]!.getBoundingClientRect();
    expect(url.left, 'URL column reached at the left edge').to.be.closeTo(contentLeft, 1);
  });

  it('keeps the keyboard working in a narrow table: rows by Up/Down, sideways by Right', async () => {
    const el = await mount(390);
    const region = scroller(el);
    region.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id).to.equal('e1');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => region.scrollLeft > 0, 'ArrowRight did not scroll sideways');
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id, 'focus stays on the row').to.equal('e1');
  });
});
