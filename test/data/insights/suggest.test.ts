import { expect } from '@open-wc/testing';
import { parseQuery } from '../../../src/data/insights/query-language.js';
import { joinValues, suggest, valuesOf, valuesOfFacets } from '../../../src/data/insights/suggest.js';
import type { FacetCounts } from '../../../src/data/facets/facets.js';
import { makeEntries } from '../../helpers/entries.js';

const labels = (text: string, values = {}, caret = text.length) => suggest(text, caret, values).options.map((option) => option.label);
/** The search text after taking the first option. */
function complete(text: string, values = {}, caret = text.length): string {
  const { start, options } = suggest(text, caret, values);
  return text.slice(0, start) + options[0]!.text + text.slice(caret);
}

describe('suggest', () => {
  const values = { admin: ['Alice Admin', "Seán O'Brien", 'Bob Ops'], ip: ['10.0.0.1', '10.0.1.2'], url: ['/admin/clients/1', '//odd'] };

  it('offers the keys the typed word starts, from the language’s own list', () => {
    expect(labels('ad')).to.deep.equal(['admin:']);
    expect(labels('e')).to.deep.equal(['email:']);
    expect(labels('i')).to.deep.equal(['ip:', 'is:']);
    expect(labels('M')).to.deep.equal(['method:']);
    expect(labels('-ur')).to.deep.equal(['url:']);
    expect(complete('-ur')).to.equal('-url:');
  });

  it('offers nothing for a blank word, a quoted word or a word no key starts', () => {
    expect(labels('')).to.deep.equal([]);
    expect(labels('alice ')).to.deep.equal([]);
    expect(labels('"ad')).to.deep.equal([]);
    expect(labels('zzz')).to.deep.equal([]);
    expect(labels('foo:b', values)).to.deep.equal([]);
  });

  it('completes only the word before the caret', () => {
    expect(complete('alice ad')).to.equal('alice admin:');
    expect(complete('ad alice', {}, 2)).to.equal('admin: alice');
  });

  it('offers the values seen for a key, prefix-matched (on any word) regardless of case, most frequent first', () => {
    expect(labels('admin:', values)).to.deep.equal(['Alice Admin', "Seán O'Brien", 'Bob Ops']);
    expect(labels('admin:al', values)).to.deep.equal(['Alice Admin']);
    expect(labels('ADMIN:S', values)).to.deep.equal(["Seán O'Brien"]);
    expect(labels("admin:o'b", values)).to.deep.equal(["Seán O'Brien"]);
    expect(labels('admin:dmin', values)).to.deep.equal([]);
    expect(labels('ip:10.0.1', values)).to.deep.equal(['10.0.1.2']);
  });

  it('quotes values as the query language reads them back', () => {
    expect(complete('admin:al', values)).to.equal('admin:"Alice Admin"');
    expect(complete('-admin:s', values)).to.equal(`-admin:"Seán O'Brien"`);
    expect(complete('url://', values)).to.equal('url:"//odd"');
    for (const text of ['admin:al', '-admin:s', 'url://', 'ip:10']) {
      const { terms, errors } = parseQuery(complete(text, values));
      expect(errors, text).to.deep.equal([]);
      expect(terms.length, text).to.equal(1);
    }
  });

  it('goes on matching inside an opened quote, blanks included', () => {
    expect(labels('admin:"Seán O', values)).to.deep.equal(["Seán O'Brien"]);
    expect(complete('x admin:"Seán O', values)).to.equal(`x admin:"Seán O'Brien"`);
  });

  it('offers nothing once the value is typed in full, and at most 8', () => {
    expect(labels('admin:"Alice Admin"', values)).to.deep.equal([]);
    const many = { ip: Array.from({ length: 20 }, (_, i) => `10.0.0.${i}`) };
    expect(labels('ip:10', many)).to.have.length(8);
  });

  it('knows the unusual-activity flags without being given them', () => {
    expect(labels('is:')).to.deep.equal(['new-ip', 'burst']);
    expect(labels('method:')).to.deep.equal([]);
  });
});

describe('valuesOf', () => {
  it('counts each key’s values in the rows, most frequent first, URLs as paths', () => {
    const entries = makeEntries(30);
    const values = valuesOf(entries);
    expect(values.admin).to.deep.equal(['Alice Admin', 'Bob Ops', "Seán O'Brien"]);
    expect(values.email).to.include('alice@example.com');
    expect(values.type).to.have.members(['web', 'api']);
    expect(values.method).to.have.members(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
    // Every tenth row is the bell: the most frequent path.
    expect(values.url![0]).to.equal('/admin/api/my_account/bell_notification');
    expect(values.url).to.include('/admin/clients/1');
    expect(values.ip).to.have.length(new Set(entries.map((entry) => entry.ip)).size);
  });

  it('skips what a row does not have (a deleted admin, no IP)', () => {
    const [entry] = makeEntries(1);
    const values = valuesOf([{ ...entry!, admin: null, ip: null }]);
    expect(values.admin).to.deep.equal([]);
    expect(values.ip).to.deep.equal([]);
  });

  it('takes the facets’ values per key (admins by name and e-mail, paths with :id), then the loaded rows’ not among them', () => {
    const value = (v: string, label = v, count = 1) => ({ value: v, label, count });
    const counts: FacetCounts = {
      total: 90,
      facets: {
        admin: [value('zoe@example.com', 'Zoë Root', 50), value('Nameless', 'Nameless', 10)],
        ip: [value('192.0.2.7', '192.0.2.7', 40)],
        path: [value('/admin/clients/:id', '/admin/clients/:id', 30)],
        method: [value('DELETE', 'DELETE', 20)],
        type: [value('API', 'API', 60)],
      },
    };
    const facets = valuesOfFacets(counts);
    expect(facets).to.deep.equal({ admin: ['Zoë Root', 'Nameless'], email: ['zoe@example.com'], ip: ['192.0.2.7'], path: ['/admin/clients/:id'], method: ['DELETE'], type: ['api'] });
    const joined = joinValues(facets, valuesOf(makeEntries(30)));
    expect(joined.admin).to.deep.equal(['Zoë Root', 'Nameless', 'Alice Admin', 'Bob Ops', "Seán O'Brien"]);
    expect(joined.type).to.deep.equal(['api', 'web']);
    expect(joined.url![0], 'keys the facets lack stay the rows’').to.equal('/admin/api/my_account/bell_notification');
    expect(labels('path:', joined)).to.deep.equal(['/admin/clients/:id']);
    expect(complete('admin:zo', joined)).to.equal('admin:"Zoë Root"');
  });
});
