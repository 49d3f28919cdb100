/**
 * Issue 15, point 1: the query language is a chunk of its own, but a search of plain words is read
 * in the entry: given by attribute or typed, it asks the server and shows its matching rows while
 * the chunk is still on its way; a search in the language (`ip:…`) waits for it. msw holds the
 * chunk's module request. This file imports neither the parts nor the chunk: the widget loads them
 * as on a page (the chunk is held for the whole file until the last test lets it go).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, passthrough } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/adapter.js';
import { insights } from '../../../src/data/insights/load.js';
import { makeEntries } from '../../helpers/entries.js';
import { deferred, partText, rowsOf, shadowPart, startWorker, until, useHandlers } from '../../helpers/msw.js';

// 30 rows: admins Alice Admin, Bob Ops, Seán O'Brien in turn; URLs `/admin/clients/<i>`, every tenth a bell notification.
const entries = makeEntries(30, Date.now() - 60_000);
/** The keyword of each request the server was sent. */
const asked: string[] = [];
/** A server that searches every field for its keyword, as the native contract does. */
const fetchPage: FetchPage = async ({ query }) => {
  asked.push(query.q);
  const keyword = query.q.toLowerCase();
  const rows = entries.filter((row) => [row.admin?.name, row.admin?.email, row.ip, row.url, row.method, row.type].some((value) => value?.toLowerCase().includes(keyword)));
  return { entries: rows, total: rows.length, nextCursor: null };
};

const release = deferred();
let chunkRequests = 0;
const holdChunk = http.get(/\/src\/data\/insights\/language-chunk\.ts/, async () => {
  chunkRequests++;
  await release.promise;
  return passthrough();
});

/** The rows a person sees, by the URL's number (`/admin/clients/12` → 12; a bell notification → -1). */
const shownRows = (el: AdminSessions) => rowsOf(el).map((row) => Number(/clients\/(\d+)/.exec(partText(row, 'url'))?.[1] ?? -1));
/** The row numbers of `entries` whose admin and URL hold what `test` wants. */
const expected = (test: (i: number) => boolean) => entries.map((_, i) => i).filter(test);

async function mount(query = ''): Promise<AdminSessions> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1440px"><admin-sessions cache="none" no-histogram query=${query} .fetchPage=${fetchPage}></admin-sessions></div>`,
  );
  const el = wrapper.querySelector<AdminSessions>('admin-sessions')!;
  await until(() => rowsOf(el).length > 0, 'no rows');
  return el;
}

describe('<admin-sessions> plain words before the query language arrives', () => {
  before(async () => {
    await startWorker();
    useHandlers(holdChunk);
  });
  after(() => {
    release.resolve();
    useHandlers();
  });
  beforeEach(() => (asked.length = 0));

  it('asks the server and shows the matching rows of a plain search given by attribute', async () => {
    const el = await mount('alice clients');
    // The longer word is sent (as the query language would); "alice" is matched over the loaded rows.
    expect(asked).to.deep.equal(['clients']);
    await until(() => chunkRequests > 0, 'the query language was not asked for');
    expect(insights(), 'the query language is still on its way').to.equal(null);
    expect(shownRows(el)).to.deep.equal(expected((i) => i % 3 === 0 && i % 10 !== 0));
    for (const row of rowsOf(el)) expect(partText(row, 'admin-name')).to.equal('Alice Admin');
    expect(shadowPart(el, 'search-error')!.hidden, 'no message about the search').to.equal(true);
  });

  it('asks the server and shows the matching rows of plain words typed into the search box', async () => {
    const el = await mount();
    expect(shownRows(el).slice(0, 3), 'every row, unfiltered').to.deep.equal([-1, 1, 2]);
    shadowPart(el, 'search')!.focus();
    await sendKeys({ type: 'bob clients' });
    await until(() => asked.at(-1) === 'clients' && shownRows(el).length === 9, `the typed search did not show its rows (asked ${JSON.stringify(asked)}, shown ${shownRows(el)})`);
    expect(shownRows(el)).to.deep.equal(expected((i) => i % 3 === 1 && i % 10 !== 0));
    for (const row of rowsOf(el)) expect(partText(row, 'admin-name')).to.equal('Bob Ops');
    expect(insights(), 'the query language is still on its way').to.equal(null);
  });

  it('keeps a search in the query language (ip:) waiting for it, then asks and matches like the plain words did', async () => {
    const el = await mount('alice clients');
    const plainRows = shownRows(el);
    // A plain search is asked for within the update that reads it…
    el.query = 'bob admin';
    await el.updateComplete;
    await nextFrame();
    expect(asked.at(-1), 'a plain search is asked for at once').to.equal('admin');
    await until(() => shownRows(el).length === 10, 'no rows for "bob admin"');
    // …one in the query language is not, while its chunk is held.
    el.query = 'ip:10.0.3.3';
    await el.updateComplete;
    await nextFrame();
    expect(asked, 'nothing asked for ip:10.0.3.3 yet').to.not.include('10.0.3.3');
    expect(insights()).to.equal(null);
    expect(shownRows(el), 'not applied yet').to.not.deep.equal([3]);
    // A second widget shows a plain search as the chunk arrives.
    const other = await mount('alice clients');
    expect(shownRows(other)).to.deep.equal(plainRows);
    const termsNote = () => other.shadowRoot!.querySelector('.local-terms')?.textContent?.trim() ?? '';
    expect(termsNote(), 'the note on the terms comes with the query language').to.equal('');

    release.resolve();
    await until(() => insights() !== null, 'the query language did not arrive');
    await until(() => asked.at(-1) === '10.0.3.3' && shownRows(el).join() === '3', `ip:10.0.3.3 did not show row 3 (asked ${JSON.stringify(asked)}, shown ${shownRows(el)})`);
    expect(partText(rowsOf(el)[0]!, 'ip')).to.equal('10.0.3.3');
    // The plain search read again by the query language: the note now says what is matched over the
    // loaded rows, the rows are the same and nothing was asked again.
    await until(() => termsNote() !== '', 'no note on the terms once the query language is there');
    expect(termsNote()).to.equal('Filtered over the loaded rows: a field contains “alice”.');
    expect(shownRows(other)).to.deep.equal(plainRows);
    expect(asked.filter((keyword) => keyword === 'clients'), 'one request per widget').to.have.length(2);

    // With the query language there, the same plain search reads the same: the same keyword, the same rows.
    asked.length = 0;
    el.query = 'alice clients';
    await until(() => asked.length > 0 && shownRows(el).length > 1, 'no rows for "alice clients"');
    expect(asked).to.deep.equal(['clients']);
    expect(shownRows(el)).to.deep.equal(plainRows);
  });
});
