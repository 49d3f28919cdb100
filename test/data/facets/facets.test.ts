import { expect } from '@open-wc/testing';
import { countFacets } from '../../../src/data/facets/facets.js';
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
