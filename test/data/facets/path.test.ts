import { expect } from '@open-wc/testing';
import '../../helpers/insights.js';
import { FULL_CAPABILITIES, type AdapterCapabilities } from '../../../src/data/adapters/adapter.js';
import { normalizePath, pathMatches } from '../../../src/data/facets/path.js';
import { parseQuery, serializeQuery, splitForServer } from '../../../src/data/insights/query-language.js';
import { compileTerms } from '../../../src/data/insights/query-match.js';
import { entry } from '../insights/entry.js';

const PUQ: AdapterCapabilities = { searchFields: new Set(['time', 'admin', 'email', 'ip']), sortColumns: new Set(['time']), hideMe: true };

describe('facets: URL path normalisation', () => {
  it('strips the origin, the query string and the fragment', () => {
    expect(normalizePath('https://panel.example.com/admin/clients?tab=invoices#top')).to.equal('/admin/clients');
    expect(normalizePath('/admin/dashboard?x=1')).to.equal('/admin/dashboard');
    expect(normalizePath('https://panel.example.com')).to.equal('/');
    expect(normalizePath('https://panel.example.com/?q=1')).to.equal('/');
    expect(normalizePath('admin/tasks/')).to.equal('/admin/tasks');
  });

  it('collapses numeric, UUID and hex-id segments to :id, keeping words', () => {
    expect(normalizePath('https://p.example/admin/clients/5e1f?tab=invoices')).to.equal('/admin/clients/:id');
    expect(normalizePath('/admin/clients/123/invoices/9')).to.equal('/admin/clients/:id/invoices/:id');
    expect(normalizePath('/admin/services/0b6c1f3e-5d0e-4a36-9a3e-5f1f6a0f2c11/edit')).to.equal('/admin/services/:id/edit');
    expect(normalizePath('/admin/files/65a1f0c2e4b0a1b2c3d4e5f6')).to.equal('/admin/files/:id');
    // Words, even ones made of hex letters only, and short version segments stay.
    expect(normalizePath('/admin/api/v1/my_account/bell_notification')).to.equal('/admin/api/v1/my_account/bell_notification');
    expect(normalizePath('/admin/facade/added/deadbeef')).to.equal('/admin/facade/added/deadbeef');
  });

  it('matches a path pattern segment by segment, :id standing for any id', () => {
    expect(pathMatches('/admin/clients/:id', 'https://p.example/admin/clients/5e1f?tab=x')).to.equal(true);
    expect(pathMatches('/admin/clients/:id', 'https://p.example/admin/clients/5e1f/edit')).to.equal(false);
    expect(pathMatches('/admin/clients/:id', 'https://p.example/admin/clients/new')).to.equal(false);
    expect(pathMatches('/admin/clients/5e1f', 'https://p.example/admin/clients/5e1f')).to.equal(true);
    expect(pathMatches('/admin/clients/5e1f', 'https://p.example/admin/clients/77a0')).to.equal(false);
    expect(pathMatches('/Admin/Clients', 'https://p.example/admin/clients/')).to.equal(true);
    expect(pathMatches('/', 'https://p.example')).to.equal(true);
  });
});

describe('query language: path:', () => {
  const rows = [
    entry({ id: 'client', url: 'https://panel.example.com/admin/clients/5e1f?tab=invoices' }),
    entry({ id: 'other-client', url: 'https://panel.example.com/admin/clients/77a0' }),
    entry({ id: 'list', url: 'https://panel.example.com/admin/clients?page=2' }),
    entry({ id: 'bell', url: 'https://panel.example.com/admin/api/my_account/bell_notification' }),
  ];
  const matching = (query: string) => {
    const parsed = parseQuery(query);
    expect(parsed.errors, query).to.deep.equal([]);
    return rows.filter(compileTerms(parsed.terms)).map((row) => row.id);
  };

  it('is a key, matching the path with ids collapsed, and its negation', () => {
    expect(parseQuery('path:/admin/clients/:id').terms).to.deep.equal([{ key: 'path', value: '/admin/clients/:id', negated: false }]);
    expect(matching('path:/admin/clients/:id')).to.deep.equal(['client', 'other-client']);
    expect(matching('path:/admin/clients')).to.deep.equal(['list']);
    expect(matching('-path:/admin/clients/:id')).to.deep.equal(['list', 'bell']);
    expect(serializeQuery(parseQuery('path:"/a b/:id"').terms)).to.equal('path:"/a b/:id"');
  });

  it('sends the server the path up to its first :id, and keeps matching locally', () => {
    const split = splitForServer(parseQuery('path:/admin/clients/:id/edit'), FULL_CAPABILITIES);
    expect(split.serverKeyword).to.equal('/admin/clients');
    expect(split.localTerms.map((term) => term.key)).to.deep.equal(['path']);
    expect(splitForServer(parseQuery('path:/:id'), FULL_CAPABILITIES).serverKeyword).to.equal('');
    expect(splitForServer(parseQuery('path:/admin/clients/:id'), PUQ).serverKeyword, 'PUQcloud does not search URLs').to.equal('');
  });
});
