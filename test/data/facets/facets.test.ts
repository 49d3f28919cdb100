import { expect } from '@open-wc/testing';
import { countFacets, withNewerRows, type FacetCounts } from '../../../src/data/facets/facets.js';
import { facetsUrl, parseFacetsResponse } from '../../../src/data/facets/facets-endpoint.js';
import { SessionsError } from '../../../src/data/errors.js';
import { makeEntries } from '../../helpers/entries.js';

describe('facets: counting loaded rows', () => {
  it('counts admins, IPs, paths, methods and types, most frequent first', () => {
    const rows = makeEntries(30);
    const { total, facets } = countFacets(rows);
    expect(total).to.equal(30);
    expect(facets.admin.map((v) => [v.value, v.label, v.count])).to.deep.equal([
      ['alice@example.com', 'Alice Admin', 10],
      ['bob@example.com', 'Bob Ops', 10],
      ['o.brien@example.com', "Seán O'Brien", 10],
    ]);
    expect(facets.path.map((v) => [v.value, v.count])).to.deep.equal([
      ['/admin/clients/:id', 27],
      ['/admin/api/my_account/bell_notification', 3],
    ]);
    expect(facets.type.map((v) => [v.value, v.count])).to.deep.equal([['API', 15], ['WEB', 15]]);
    expect(facets.method.reduce((sum, v) => sum + v.count, 0)).to.equal(30);
    expect(facets.ip, 'at most ten values').to.have.length(10);
  });

  it('leaves out deleted admins and missing IPs', () => {
    const [row] = makeEntries(1);
    const { facets } = countFacets([{ ...row!, admin: null, ip: null }]);
    expect(facets.admin).to.deep.equal([]);
    expect(facets.ip).to.deep.equal([]);
    expect(facets.type).to.have.length(1);
  });
});

describe('facets: the server’s counts with the rows a refresh brought', () => {
  const NEWEST = Date.UTC(2025, 11, 15, 12);
  /** The server counted 900 rows: Alice's 400 the only admin, ten IPs (a full list), all API. */
  const server: FacetCounts = {
    total: 900,
    facets: {
      admin: [{ value: 'alice@example.com', label: 'Alice Admin', count: 400 }],
      ip: [{ value: '10.0.0.0', label: '10.0.0.0', count: 50 }, ...Array.from({ length: 9 }, (_, i) => ({ value: `10.9.9.${i}`, label: `10.9.9.${i}`, count: 40 - i }))],
      path: [],
      method: [],
      type: [{ value: 'API', label: 'API', count: 900 }],
    },
  };
  // Six rows a second apart; the three newest (Alice WEB, Bob API, Seán WEB) came after the server counted.
  const rows = makeEntries(6, NEWEST);

  it('adds the newer rows to the total and to the values, new values only to lists that were not full', () => {
    const { total, facets } = withNewerRows(server, rows, NEWEST - 3000);
    expect(total).to.equal(903);
    expect(facets.admin.map((v) => [v.value, v.count])).to.deep.equal([['alice@example.com', 401], ['bob@example.com', 1], ['o.brien@example.com', 1]]);
    expect(facets.type.map((v) => [v.value, v.count])).to.deep.equal([['API', 901], ['WEB', 2]]);
    expect(facets.ip, 'a full list: a listed IP gains its row, unlisted ones are not guessed').to.have.length(10);
    expect(facets.ip[0]).to.deep.include({ value: '10.0.0.0', count: 51 });
    expect(facets.ip.map((v) => v.value)).not.to.include('10.0.1.1');
    expect(facets.method.reduce((sum, v) => sum + v.count, 0)).to.equal(3);
  });

  it('is the server’s answer itself when no row is newer', () => {
    expect(withNewerRows(server, rows, NEWEST)).to.equal(server);
  });
});

describe('facets: the native endpoint', () => {
  it('asks {endpoint}/facets with the range, keyword and hide_me', () => {
    const url = new URL(facetsUrl('/api/log?tenant=2', { from: Date.UTC(2025, 0, 1), to: null, q: ' alice ', hideMe: true }), location.href);
    expect(url.pathname).to.equal('/api/log/facets');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ tenant: '2', from: '2025-01-01T00:00:00.000Z', q: 'alice', hide_me: '1', limit: '10' });
  });

  it('reads a valid answer, skipping malformed entries with one warning', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const body = {
        total: 120,
        facets: {
          admin: [{ value: 'a@example.com', label: 'Alice', count: 80 }, { value: 'b@example.com', count: '7' }, { label: 'x', count: 1 }],
          ip: [{ value: '10.0.0.1', count: 2.5 }, null, 'x', { value: '10.0.0.2', count: 3 }],
          path: [{ value: '<img src=x onerror=alert(1)>', count: 4 }],
          method: 'GET',
          type: [{ value: 'WEB', count: 120 }],
        },
      };
      const { total, facets } = parseFacetsResponse(body);
      expect(total).to.equal(120);
      expect(facets.admin).to.deep.equal([{ value: 'a@example.com', label: 'Alice', count: 80 }]);
      expect(facets.ip).to.deep.equal([{ value: '10.0.0.2', label: '10.0.0.2', count: 3 }]);
      expect(facets.path[0]!.value, 'kept as text').to.equal('<img src=x onerror=alert(1)>');
      expect(facets.method).to.deep.equal([]);
      parseFacetsResponse(body);
      expect(warnings.filter((w) => String(w).includes('facets'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('rejects an answer that is not a facets object', () => {
    expect(() => parseFacetsResponse([])).to.throw(SessionsError);
    expect(() => parseFacetsResponse({ total: 3 })).to.throw(SessionsError, /"facets" is not an object/);
    expect(parseFacetsResponse({ facets: { type: [{ value: 'API', count: 4 }] } }).total, 'no total: the largest facet').to.equal(4);
  });
});
