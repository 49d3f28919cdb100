import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { AdminSessionsTable } from '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { makeEntries } from '../../helpers/entries.js';
import { box } from '../../helpers/geometry.js';
import { until } from '../../helpers/msw.js';

/**
 * Issue 16, defect 4, as a person meets it at phone, tablet and desktop widths: narrow, the rows are
 * cards with nothing to scroll sideways to; wider, Date and Admin are as wide as their texts and the
 * URL, its query dimmed, has the rest.
 */

const LONG_URL = 'https://panel.example.com/admin/clients/42/invoices/2025/december/overdue-reminders/send?client=42&template=final-notice';
const scroller = (el: AdminSessionsTable) => el.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
const headers = (el: AdminSessionsTable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="header-cell"]')];
const rows = (el: AdminSessionsTable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr[part~="row"]')];
const part = (row: Element, name: string) => row.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

async function settle(el: AdminSessionsTable) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

function entries(): SessionEntry[] {
  const list = makeEntries(1000);
  list[0] = { ...list[0]!, url: LONG_URL };
  return list;
}

async function mount(width: number, density = 'comfortable'): Promise<AdminSessionsTable> {
  const page = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <admin-sessions-table style="--admin-sessions-table-height: 500px" density=${density} .entries=${entries()}></admin-sessions-table>
  </div>`);
  const el = page.querySelector('admin-sessions-table')!;
  await settle(el);
  return el;
}

describe('<admin-sessions-table> at phone, tablet and desktop widths', () => {
  for (const width of [390, 768, 1440]) {
    it(`has nothing to scroll sideways to at ${width}px, every cell inside the scroll region`, async () => {
      const el = await mount(width);
      const region = scroller(el);
      expect(region.scrollWidth, 'content width').to.be.at.most(region.clientWidth);
      const area = box(region);
      for (const cell of [...headers(el), ...rows(el)[0]!.querySelectorAll('[part~="cell"]')]) {
        expect(box(cell).right, `${cell.localName} end`).to.be.at.most(area.right + 0.5);
        expect(box(cell).left, `${cell.localName} start`).to.be.at.least(area.left - 0.5);
      }
    });
  }

  it('shows cards at 390px: time with the type and method, the admin under them, then the whole URL wrapping', async () => {
    const el = await mount(390);
    const row = rows(el)[0]!;
    const [date, type, method, name, email, url] = ['date', 'type', 'method', 'admin-name', 'admin-email', 'url'].map((name) => box(part(row, name)));
    const lineHeight = date!.bottom - date!.top;
    expect(Math.abs(type!.top - date!.top), 'type badge on the time’s line').to.be.lessThan(lineHeight);
    expect(Math.abs(method!.top - date!.top), 'method badge on the time’s line').to.be.lessThan(lineHeight);
    for (const whole of ['date', 'admin-name']) expect(part(row, whole).scrollWidth, `${whole} not cut`).to.be.at.most(part(row, whole).clientWidth);
    expect(name!.top, 'admin under the time').to.be.at.least(date!.bottom - 1);
    expect(email!.top, 'email beside the name').to.be.lessThan(name!.bottom);
    expect(url!.top, 'URL under the admin').to.be.at.least(name!.bottom - 1);
    const card = box(row);
    expect(url!.left - card.left, 'URL from the card’s start').to.be.lessThan(1 * rem());
    expect(card.right - url!.right, 'URL to the card’s end').to.be.lessThan(1 * rem());
    // The long path wraps instead of being cut on one line: its text is all there, over more than one line.
    expect(part(row, 'url').textContent).to.equal(new URL(LONG_URL).pathname + new URL(LONG_URL).search);
    expect(url!.bottom - url!.top, 'URL over more than one line').to.be.greaterThan(1.5 * lineHeight);
    expect(card.bottom, 'URL inside its card').to.be.at.least(url!.bottom);
  });

  it('gives every card the one measured height the windowing counts with, compact cards lower, and jumps right', async () => {
    const el = await mount(390);
    const cards = rows(el).slice(0, 6).map((row) => box(row).bottom - box(row).top);
    for (const height of cards) expect(height).to.be.closeTo(el.rowHeight, 0.5);
    expect(el.rowHeight, 'a card is taller than a table row').to.be.greaterThan(4 * rem());
    // The spacer rows follow: after a jump the row at the top of the region is the one the height says.
    const region = scroller(el);
    region.scrollTop = el.rowHeight * 500;
    region.dispatchEvent(new Event('scroll'));
    await settle(el);
    const head = el.shadowRoot!.querySelector('thead')!.getBoundingClientRect().bottom;
    const atTop = rows(el).find((row) => box(row).bottom > head + 1)!;
    expect(Number(atTop.dataset.index), `scrollTop ${region.scrollTop} of ${region.scrollHeight}, rows ${rows(el).map((r) => r.dataset.index).join()}`).to.be.within(499, 501);
    const row500 = rows(el).find((row) => row.dataset.index === '500')!;
    const header = el.shadowRoot!.querySelector('thead')!.offsetHeight;
    expect(box(row500).top, 'row 500 where 500 cards put it').to.be.closeTo(box(region).top + header + el.rowHeight * 500 - region.scrollTop, 1);

    const compact = await mount(390, 'compact');
    expect(compact.rowHeight, 'compact cards').to.be.lessThan(el.rowHeight - 0.5 * rem());
  });

  it('goes back to table rows of one height when the element widens past the cards', async () => {
    const el = await mount(390);
    const cardHeight = el.rowHeight;
    (el.parentElement as HTMLElement).style.width = '1000px';
    await until(() => el.rowHeight < cardHeight - 1, 'the row height was not measured again');
    const row = rows(el)[0]!;
    expect(box(part(row, 'url')).top, 'URL on the row’s line again').to.be.lessThan(box(part(row, 'admin-email')).top);
    for (const r of rows(el).slice(0, 5)) expect(box(r).bottom - box(r).top).to.be.closeTo(el.rowHeight, 0.5);
  });

  it('moves between cards with the arrow keys and opens one with Enter at 390px', async () => {
    const el = await mount(390);
    scroller(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.id).to.equal('e2');
    const area = box(scroller(el));
    expect(box(focused).bottom, 'the focused card is in view').to.be.at.most(area.bottom + 0.5);
    const toggled = oneEvent(el, 'admin-sessions-row-toggle');
    await sendKeys({ press: 'Enter' });
    expect((await toggled).detail.id).to.equal('e2');
  });

  it('sizes Date and Admin by their texts at 768px and gives the URL the rest, its query dimmed', async () => {
    const el = await mount(768);
    const [date, admin, url] = headers(el).map((cell) => box(cell).right - box(cell).left);
    const row = rows(el)[0]!;
    const dateText = box(part(row, 'date'));
    expect(date!, 'Date no wider than its text and padding').to.be.lessThan(dateText.right - dateText.left + 2 * rem());
    const email = box(part(row, 'admin-email'));
    expect(admin!, 'Admin no wider than its text and padding').to.be.lessThan(Math.max(email.right - email.left, box(part(row, 'admin-name')).right - box(part(row, 'admin-name')).left) + 2 * rem());
    expect(url!, 'URL column has what is left').to.be.closeTo(scroller(el).clientWidth - date! - admin!, 2);
    const query = part(row, 'url').lastElementChild as HTMLElement;
    expect(query.textContent).to.equal('?client=42&template=final-notice');
    expect(getComputedStyle(query).color, 'the query dimmed').to.not.equal(getComputedStyle(part(row, 'url')).color);
    // A URL that fits shows all of it, query included.
    const short = rows(el)[10]!;
    expect(part(short, 'url').textContent).to.equal('/admin/api/my_account/bell_notification');
  });

  it('keeps table rows at 1440px: one line per cell, Date and Admin as wide as their texts', async () => {
    const el = await mount(1440);
    const row = rows(el)[0]!;
    expect(Math.abs(box(part(row, 'date')).top - box(part(row, 'admin-name')).top), 'date and admin side by side').to.be.lessThan(1);
    expect(box(part(row, 'url')).left, 'URL after the admin').to.be.greaterThan(box(part(row, 'admin-email')).right);
    const [date, admin] = headers(el).map((cell) => box(cell).right - box(cell).left);
    expect(date! + admin!, 'Date and Admin take less than half').to.be.lessThan(720);
  });
});
