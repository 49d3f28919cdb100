import { expect } from '@open-wc/testing';
import '../helpers/insights.js';
import { FULL_CAPABILITIES, type AdapterCapabilities } from '../../src/data/adapters/adapter.js';
import { DEFAULT_QUERY } from '../../src/data/query.js';
import { deriveView, serverQuery } from '../../src/data/view.js';
import { makeEntries } from '../helpers/entries.js';

const PUQ: AdapterCapabilities = { searchFields: new Set(['time', 'admin', 'email', 'ip']), sortColumns: new Set(['time']), hideMe: true };

describe('the local view over loaded rows', () => {
  const rows = makeEntries(30);

  it('sends only what the server can do', () => {
    const query = { ...DEFAULT_QUERY, q: ' bell ', sort: 'admin' as const, order: 'asc' as const };
    expect(serverQuery(query, PUQ)).to.include({ q: 'bell', sort: 'time', order: 'desc' });
    expect(serverQuery(query, FULL_CAPABILITIES)).to.include({ sort: 'admin', order: 'asc' });
  });

  it('adds URL matches from the loaded unfiltered rows when the server cannot search URLs', () => {
    const query = { ...DEFAULT_QUERY, q: 'BELL_notification' };
    const view = deriveView({ loaded: [], unfiltered: rows, query, capabilities: PUQ, currentAdmin: null });
    expect(view.entries.map((e) => e.id)).to.deep.equal(['e0', 'e10', 'e20']);
    expect(view.localSearchFields).to.include('url');
    const native = deriveView({ loaded: [], unfiltered: rows, query, capabilities: FULL_CAPABILITIES, currentAdmin: null });
    expect(native.entries).to.deep.equal([]);
    expect(native.localSearchFields).to.deep.equal([]);
  });

  it('sorts by a column the server cannot sort, both ways, and says so', () => {
    const asc = deriveView({ loaded: rows, unfiltered: [], query: { ...DEFAULT_QUERY, sort: 'admin', order: 'asc' }, capabilities: PUQ, currentAdmin: null });
    expect(asc.sortedLocally).to.equal(true);
    expect(asc.entries[0]!.admin!.name).to.equal('Alice Admin');
    expect(asc.entries.at(-1)!.admin!.name).to.equal("Seán O'Brien");
    const desc = deriveView({ loaded: rows, unfiltered: [], query: { ...DEFAULT_QUERY, sort: 'admin', order: 'desc' }, capabilities: PUQ, currentAdmin: null });
    expect(desc.entries[0]!.admin!.name).to.equal("Seán O'Brien");
    // Rows of one admin stay newest first in either order, as a server sorting by admin keeps them.
    for (const view of [asc, desc]) {
      const seans = view.entries.filter((entry) => entry.admin!.name === "Seán O'Brien").map((entry) => entry.time);
      expect(seans.length).to.equal(10);
      expect(seans, `Seán's rows, ${view === asc ? 'ascending' : 'descending'}`).to.deep.equal([...seans].sort((a, b) => b - a));
    }
    const oldestFirst = deriveView({ loaded: rows, unfiltered: [], query: { ...DEFAULT_QUERY, sort: 'time', order: 'asc' }, capabilities: { ...PUQ, sortColumns: new Set() }, currentAdmin: null });
    expect(oldestFirst.entries.map((entry) => entry.id)).to.deep.equal(rows.map((entry) => entry.id).reverse());
    const server = deriveView({ loaded: rows, unfiltered: [], query: DEFAULT_QUERY, capabilities: PUQ, currentAdmin: null });
    expect(server.sortedLocally).to.equal(false);
    expect(server.entries).to.equal(rows);
  });

  it('hides the current admin locally by id or email', () => {
    const byId = deriveView({ loaded: rows, unfiltered: [], query: { ...DEFAULT_QUERY, hideMe: true }, capabilities: PUQ, currentAdmin: 'a1' });
    expect(byId.entries.length).to.equal(20);
    expect(byId.entries.some((e) => e.admin!.id === 'a1')).to.equal(false);
    const byEmail = deriveView({ loaded: rows, unfiltered: [], query: { ...DEFAULT_QUERY, hideMe: true }, capabilities: PUQ, currentAdmin: 'BOB@example.com' });
    expect(byEmail.entries.some((e) => e.admin!.id === 'a2')).to.equal(false);
  });

  it('says when part of the query is applied over the loaded rows', () => {
    const view = (q: string, capabilities: AdapterCapabilities, hideMe = false) =>
      deriveView({ loaded: rows, unfiltered: [], query: { ...DEFAULT_QUERY, q, hideMe }, capabilities, currentAdmin: 'alice@example.com' });
    expect(view('', FULL_CAPABILITIES).filteredLocally).to.equal(false);
    expect(view('bell', FULL_CAPABILITIES).filteredLocally, 'a keyword the server searches').to.equal(false);
    expect(view('method:POST -url:bell', FULL_CAPABILITIES).filteredLocally, 'query-language terms').to.equal(true);
    expect(view('bell', PUQ).filteredLocally, 'a field the server cannot search (URL)').to.equal(true);
    expect(view('', PUQ, true).filteredLocally, 'Hide me the server does').to.equal(false);
    expect(view('', { ...PUQ, hideMe: false }, true).filteredLocally, 'Hide me done here').to.equal(true);
  });
});
