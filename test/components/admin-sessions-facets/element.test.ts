import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-facets/admin-sessions-facets.js';
import type { AdminSessionsFacets } from '../../../src/components/admin-sessions-facets/admin-sessions-facets.js';
import { makeEntries } from '../../helpers/entries.js';

/** `<admin-sessions-facets>` on its own, given rows: what it shows and what a click asks for. */

const valuesOf = (el: AdminSessionsFacets, facet: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[data-facet="${facet}"] [part~="facet-value"]`)];
const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<admin-sessions-facets> on its own', () => {
  it('counts the rows it is given, with shares, and says they are the loaded rows', async () => {
    const el = await fixture<AdminSessionsFacets>(html`<admin-sessions-facets locale="en" .entries=${makeEntries(30)}></admin-sessions-facets>`);
    expect(textOf(el.shadowRoot!.querySelector('[part~="note"]')!)).to.equal('From 30 loaded rows');
    expect(valuesOf(el, 'admin').map(textOf)).to.deep.equal(['Alice Admin 10 · 33.3%', 'Bob Ops 10 · 33.3%', "Seán O'Brien 10 · 33.3%"]);
    expect(valuesOf(el, 'path').map(textOf)).to.deep.equal(['/admin/clients/:id 27 · 90%', '/admin/api/my_account/bell_notification 3 · 10%']);
    expect(el.shadowRoot!.querySelector('[part~="load-more"]'), 'nothing to load more from').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a value asks for its filter, its exclude button for the negation; from the keyboard too', async () => {
    const el = await fixture<AdminSessionsFacets>(html`<admin-sessions-facets locale="en" .entries=${makeEntries(30)}></admin-sessions-facets>`);
    setTimeout(() => valuesOf(el, 'admin')[0]!.click());
    expect((await oneEvent(el, 'admin-sessions-filter')).detail.term).to.equal('admin:alice@example.com');
    setTimeout(() => valuesOf(el, 'type')[0]!.click());
    expect((await oneEvent(el, 'admin-sessions-filter')).detail.term, 'the language’s type value').to.equal('type:api');
    const exclude = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-facet="ip"] [part~="facet-exclude"]')!;
    expect(exclude.getAttribute('aria-label')).to.match(/^Exclude IP 10\.0\.\d+\.\d+$/);
    exclude.focus();
    const event = oneEvent(el, 'admin-sessions-filter');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.term).to.match(/^-ip:10\.0\.\d+\.\d+$/);
  });

  it('when the focused value goes with new counts, the focus stays in its facet: its heading while empty, then its first value', async () => {
    const el = await fixture<AdminSessionsFacets>(html`<admin-sessions-facets locale="en" .entries=${makeEntries(30)}></admin-sessions-facets>`);
    valuesOf(el, 'admin')[2]!.focus();
    el.entries = [];
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent, 'on the Admins heading').to.equal('Admins');
    el.entries = makeEntries(2);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === valuesOf(el, 'admin')[0], 'on the first admin').to.equal(true);
  });

  it('speaks German', async () => {
    const el = await fixture<AdminSessionsFacets>(html`<admin-sessions-facets locale="de" .entries=${makeEntries(30)}></admin-sessions-facets>`);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="note"]')!)).to.equal('Aus den 30 geladenen Zeilen');
    expect(textOf(el.shadowRoot!.querySelector('[data-facet="path"] h3')!)).to.equal('URL-Pfade');
    expect(el.shadowRoot!.querySelector('[data-facet="admin"] [part~="facet-exclude"]')!.getAttribute('aria-label')).to.equal('Admin Alice Admin ausschließen');
  });
});
