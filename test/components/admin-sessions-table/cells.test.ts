import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { AdminSessionsTable } from '../../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { makeEntries } from '../../helpers/entries.js';

/** What the cells show: the texts a person reads, keyword highlights, a deleted admin's row. */

const row = (el: AdminSessionsTable, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`tr[data-id="${id}"]`)!;
const part = (el: AdminSessionsTable, id: string, name: string) => row(el, id).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const marks = (element: Element) => [...element.querySelectorAll('mark')].map((mark) => `${mark.getAttribute('part')}:${mark.textContent}`);

async function settle(el: AdminSessionsTable) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

describe('<admin-sessions-table> cells', () => {
  let el: AdminSessionsTable;
  let entries: SessionEntry[];
  beforeEach(async () => {
    entries = makeEntries(20);
    entries[2] = { ...entries[2]!, admin: null };
    el = await fixture<AdminSessionsTable>(
      html`<admin-sessions-table style="--admin-sessions-table-height: 400px" time-zone="UTC" .entries=${entries}></admin-sessions-table>`,
    );
    await settle(el);
  });

  it('marks every match of the keyword, and shows the plain text again when it is cleared', async () => {
    // e1 is Bob Ops, bob@example.com.
    expect(part(el, 'e1', 'admin-name').textContent).to.equal('Bob Ops');
    el.highlight = 'O';
    await settle(el);
    expect(marks(part(el, 'e1', 'admin-name'))).to.deep.equal(['match:o', 'match:O']);
    expect(part(el, 'e1', 'admin-name').textContent, 'the text reads the same').to.equal('Bob Ops');
    expect(marks(part(el, 'e1', 'admin-email'))).to.deep.equal(['match:o', 'match:o']);
    el.highlight = 'ops';
    await settle(el);
    expect(marks(part(el, 'e1', 'admin-name'))).to.deep.equal(['match:Ops']);
    el.highlight = '';
    await settle(el);
    expect(marks(row(el, 'e1'))).to.deep.equal([]);
    expect(part(el, 'e1', 'admin-name').textContent).to.equal('Bob Ops');
    expect(part(el, 'e1', 'admin-email').textContent).to.equal('bob@example.com');
  });

  it('shows a deleted admin as "Deleted admin", unhighlighted, with no e-mail line', async () => {
    el.highlight = 'admin';
    await settle(el);
    const name = part(el, 'e2', 'admin-name');
    expect(name.textContent).to.equal('Deleted admin');
    expect(marks(name), 'the label is not data').to.deep.equal([]);
    const email = row(el, 'e2').querySelector<HTMLElement>('[part~="admin-email"]');
    expect(email === null || email.getBoundingClientRect().height === 0, 'no e-mail line takes space').to.equal(true);
    expect(email?.textContent ?? '').to.equal('');
    // The name sits where a name and an e-mail would: the row keeps its height.
    expect(row(el, 'e2').getBoundingClientRect().height).to.be.closeTo(el.rowHeight, 0.5);
  });
});
