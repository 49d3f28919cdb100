import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { AdminSessionsTable } from '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import { makeEntries } from '../../helpers/entries.js';

const scroller = (el: AdminSessionsTable) => el.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
const focusedId = (el: AdminSessionsTable) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

async function settle(el: AdminSessionsTable) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

function inView(el: AdminSessionsTable, id: string): boolean {
  const row = el.shadowRoot!.querySelector<HTMLElement>(`tr[data-id="${id}"]`);
  if (!row) return false;
  const box = scroller(el).getBoundingClientRect();
  const r = row.getBoundingClientRect();
  return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
}

describe('<admin-sessions-table> keyboard', () => {
  let el: AdminSessionsTable;
  beforeEach(async () => {
    el = await fixture<AdminSessionsTable>(
      html`<admin-sessions-table style="--admin-sessions-table-height: 400px" .entries=${makeEntries(10_000)}></admin-sessions-table>`,
    );
    await settle(el);
    scroller(el).focus();
  });

  it('is a focusable region that says how to use it; arrows move between rows', async () => {
    expect(el.shadowRoot!.activeElement).to.equal(scroller(el));
    // What a screen reader says on reaching it: its name, and how to reach the rows from there.
    expect(scroller(el).getAttribute('role')).to.equal('region');
    expect(scroller(el).getAttribute('aria-label')).to.equal('Admin session log');
    const description = el.shadowRoot!.getElementById(scroller(el).getAttribute('aria-describedby')!);
    expect(description?.textContent).to.equal('Arrow keys move between rows; Enter opens a row’s details.');
    expect(description!.getBoundingClientRect().width, 'for screen readers only').to.be.at.most(1);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedId(el)).to.equal('e0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedId(el)).to.equal('e2');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focusedId(el)).to.equal('e1');
  });

  it('PageDown, End and Home keep the focused row in view', async () => {
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    const afterPage = focusedId(el)!;
    expect(Number(afterPage.slice(1))).to.be.greaterThan(3);
    expect(inView(el, afterPage)).to.equal(true);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focusedId(el)).to.equal('e9999');
    expect(inView(el, 'e9999')).to.equal(true);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focusedId(el)).to.equal('e0');
    expect(scroller(el).scrollTop).to.equal(0);
  });

  it('keeps the focused row in the DOM and focused when it scrolls far away (lit#4945)', async () => {
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedId(el)).to.equal('e0');
    scroller(el).scrollTop = el.rowHeight * 5000;
    scroller(el).dispatchEvent(new Event('scroll'));
    await settle(el);
    expect(document.activeElement).to.equal(el);
    expect(focusedId(el)).to.equal('e0');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedId(el)).to.equal('e1');
    expect(inView(el, 'e1')).to.equal(true);
  });

  it('keeps focus on the same entry when rows arrive above it', async () => {
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    el.entries = [...makeEntries(5, Date.UTC(2025, 11, 15, 13), 'new'), ...el.entries];
    await settle(el);
    expect(focusedId(el)).to.equal('e1');
  });

  describe('on a sort header after a row had focus (issue 16)', () => {
    /** What the shell does with a sort request: the header then shows the new order. */
    let sorts: string[];
    let toggles: string[];
    beforeEach(() => {
      sorts = [];
      toggles = [];
      el.addEventListener('admin-sessions-sort', (event) => {
        sorts.push(`${event.detail.sort} ${event.detail.order}`);
        el.sort = event.detail.sort;
        el.order = event.detail.order;
      });
      el.addEventListener('admin-sessions-row-toggle', (event) => toggles.push(event.detail.id));
    });

    const activeSortButton = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const urlHeaderSort = () => el.shadowRoot!.querySelector('th.url')!.getAttribute('aria-sort');

    async function shiftTab(): Promise<void> {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }

    it('Enter and Space on a header reached by Shift+Tab sort and open no details', async () => {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(focusedId(el)).to.equal('e1');
      await shiftTab();
      expect(activeSortButton()?.getAttribute('part')).to.equal('sort-button');
      expect(activeSortButton()?.dataset.sort).to.equal('url');
      expect(urlHeaderSort()).to.equal('none');

      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(sorts).to.deep.equal(['url asc']);
      expect(urlHeaderSort()).to.equal('ascending');
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(sorts).to.deep.equal(['url asc', 'url desc']);
      expect(urlHeaderSort()).to.equal('descending');
      expect(toggles, 'no row details opened').to.deep.equal([]);
      expect(activeSortButton()?.dataset.sort, 'focus stays on the header').to.equal('url');
    });

    it('Enter on a header focused by a click sorts and opens no details; Enter on a row still opens it', async () => {
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(focusedId(el)).to.equal('e0');
      const adminButton = el.shadowRoot!.querySelector<HTMLElement>('[part~="sort-button"][data-sort="admin"]')!;
      const box = adminButton.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await settle(el);
      expect(activeSortButton(), 'the click focused the header').to.equal(adminButton);
      expect(sorts).to.deep.equal(['admin asc']);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(sorts).to.deep.equal(['admin asc', 'admin desc']);
      expect(toggles).to.deep.equal([]);

      el.shadowRoot!.querySelector<HTMLElement>('tr[data-id="e0"]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(toggles).to.deep.equal(['e0']);
    });
  });
});
