import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing, type TemplateResult } from 'lit';
import { DetailsController } from '../../src/controllers/details-controller.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { makeEntries } from '../helpers/entries.js';
import { until } from '../helpers/msw.js';

const ENTRIES = makeEntries(5);

/**
 * A table stand-in with what the controller uses of `<admin-sessions-table>`: its `entries` and
 * `focusRow(index)`, over one focusable row button per entry. It takes the real tag name (the
 * controller finds the table by it): this test page never loads the real table.
 */
class TableStub extends HTMLElement {
  entries: readonly SessionEntry[] = ENTRIES;
  connectedCallback(): void {
    if (this.childElementCount) return;
    for (const entry of this.entries) {
      const row = document.createElement('button');
      row.textContent = entry.id;
      this.append(row);
    }
  }
  focusRow(index: number): void {
    (this.children[index] as HTMLElement).focus();
  }
}
customElements.define('admin-sessions-table', TableStub);

/** A throwaway element: the table, and under a screen of other content, the details panel of the expanded row. */
class DetailsProbe extends LitElement {
  readonly details = new DetailsController(this);

  protected override render(): TemplateResult {
    const id = this.details.expandedId;
    // The panel is left undefined: the controller only scrolls it into view.
    return html`${this.table()}
      <div style="height: 3000px"></div>
      ${id === null ? nothing : html`<admin-sessions-details tabindex="-1">Details of ${id}</admin-sessions-details>`}`;
  }

  table(): TemplateResult {
    return html`<admin-sessions-table @keydown=${this.details.onTableKey}></admin-sessions-table>`;
  }
}
customElements.define('details-probe', DetailsProbe);

describe('DetailsController', () => {
  let el: DetailsProbe;

  beforeEach(async () => {
    el = await fixture<DetailsProbe>(html`<details-probe></details-probe>`);
  });

  afterEach(() => window.scrollTo(0, 0));

  const panel = () => el.shadowRoot!.querySelector('admin-sessions-details');
  const rowButton = (id: string) => [...el.shadowRoot!.querySelectorAll('admin-sessions-table button')].find((button) => button.textContent === id) as HTMLElement;
  const focused = () => el.shadowRoot!.activeElement;

  it('toggle opens a row’s details and brings the panel into view', async () => {
    await el.details.toggle('e2');
    expect(el.details.expandedId).to.equal('e2');
    expect(panel()?.textContent).to.equal('Details of e2');
    const box = panel()!.getBoundingClientRect();
    expect(box.top, 'the panel (3,000 px down) is scrolled into view').to.be.lessThan(window.innerHeight);
    expect(box.bottom).to.be.greaterThan(0);
  });

  it('toggle on the open row closes it; on another row switches to it', async () => {
    await el.details.toggle('e1');
    await el.details.toggle('e3');
    expect(el.details.expandedId).to.equal('e3');
    expect(panel()?.textContent).to.equal('Details of e3');
    await el.details.toggle('e3');
    await el.updateComplete;
    expect(el.details.expandedId).to.equal(null);
    expect(panel()).to.equal(null);
  });

  it('close() gives the keyboard focus back to the row, not to <body>', async () => {
    await el.details.toggle('e3');
    (panel() as HTMLElement).focus();
    await el.details.close();
    expect(panel()).to.equal(null);
    expect(focused()).to.equal(rowButton('e3'));
  });

  it('Escape on the table closes the open details and focuses the row', async () => {
    await el.details.toggle('e4');
    rowButton('e0').focus();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    rowButton('e0').dispatchEvent(escape);
    expect(escape.defaultPrevented).to.equal(true);
    expect(el.details.expandedId).to.equal(null);
    await until(() => focused() === rowButton('e4'), 'the focus goes back to the row of the details');
    expect(panel()).to.equal(null);
  });

  it('Escape with nothing open, and other keys, are left alone', async () => {
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    rowButton('e0').dispatchEvent(escape);
    expect(escape.defaultPrevented, 'Escape is left to the page').to.equal(false);

    await el.details.toggle('e1');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    rowButton('e0').dispatchEvent(enter);
    expect(enter.defaultPrevented).to.equal(false);
    expect(el.details.expandedId).to.equal('e1');
  });
});
