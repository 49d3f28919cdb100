import { expect } from '@open-wc/testing';
import type { AdapterCapabilities, SearchField } from '../../../src/data/adapters/adapter.js';
import { FULL_CAPABILITIES } from '../../../src/data/adapters/adapter.js';
import { PuqcloudAdapter } from '../../../src/data/adapters/puqcloud.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { matchFreeWords, plainWords, splitPlain, withTerm } from '../../../src/data/insights/plain-words.js';
import { parseQuery, splitForServer } from '../../../src/data/insights/query-language.js';
import { compileTerms } from '../../../src/data/insights/query-match.js';
import { entry, SEAN } from './entry.js';
import { pick, seededRandom } from './random.js';

/**
 * Issue 15, point 1: a search of plain words is read and matched in the entry, before the query
 * language's chunk is there. It must read exactly as the language reads it, once the chunk is there:
 * the same terms, the same keyword for the server, the same rows matched.
 */

const PIECES = [
  'alice', 'Alice', 'ADMIN', 'o.brien', "o'brien", 'seán', 'SEÁN', 'ß', 'ſ', '漢字', '😀', 'get', 'POST', 'api', 'web',
  'clients', 'bell_notification', '10.0.4', '10.0.4.17', '.17', '%20', 'a%20b', 'a+b', '+', '%', '%zz', '/admin/', 'x-y', 'a-', '=HYPERLINK(',
  '\\', '?', '#', '&', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028',
];

const capabilitiesOf = (fields: SearchField[]): AdapterCapabilities => ({ ...FULL_CAPABILITIES, searchFields: new Set(fields) });
const CAPABILITIES: [string, AdapterCapabilities][] = [
  ['every field', FULL_CAPABILITIES],
  ['PUQcloud', new PuqcloudAdapter({ endpoint: 'https://panel.example.com', serverTimeZone: 'UTC', timeoutMs: 1000 }).capabilities],
  ['URLs only', capabilitiesOf(['url'])],
  ['no search', capabilitiesOf([])],
];

const ENTRIES: SessionEntry[] = [
  entry({ id: '1' }),
  entry({ id: '2', admin: SEAN, ip: '203.0.113.7', method: 'POST', type: 'API' }),
  entry({ id: '3', admin: { id: 'a', name: 'Alice Admin', email: 'alice@example.com' }, url: '/admin/search?q=a%20b&x=a+b' }),
  entry({ id: '4', admin: null, ip: null, url: '/Admin/%E6%BC%A2%E5%AD%97?x=1' }),
  entry({ id: '5', admin: { id: 'b', name: 'Straße 漢字', email: 'x@example.com' }, url: '/admin/clients/bell_notification?o.brien=1' }),
  entry({ id: '6', url: '/admin/=HYPERLINK(%22x%22)#&?', method: 'GET', type: 'WEB' }),
  entry({ id: '7', url: '/admin/%zz/漢字' }),
];

function randomPlainText(random: () => number): string {
  let text = '';
  for (let i = Math.floor(random() * 8); i > 0; i--) text += pick(random, PIECES);
  return text;
}

describe('plain words (a search read without the query language)', () => {
  it('is plain only without a colon, a quote or a leading dash', () => {
    expect(plainWords('alice')).to.deep.equal([{ key: 'text', value: 'alice', negated: false }]);
    expect(plainWords('  two\twords  ')?.map((term) => term.value)).to.deep.equal(['two', 'words']);
    expect(plainWords('x-y a- OR b')?.map((term) => term.value), 'OR is a word: the language has no operators').to.deep.equal(['x-y', 'a-', 'OR', 'b']);
    expect(plainWords('   ')).to.deep.equal([]);
    for (const text of ['ip:1.2.3.4', 'alice -bob', '"two words"', 'say"hi', '10:30', 'fe80::1', 'https://x', '-']) {
      expect(plainWords(text), text).to.equal(null);
    }
  });

  it('reads, splits and matches 2,000 random plain searches exactly as the query language does', () => {
    const random = seededRandom(15);
    let plain = 0;
    for (let i = 0; i < 2000; i++) {
      const text = randomPlainText(random);
      const terms = plainWords(text);
      expect(terms, JSON.stringify(text)).to.not.equal(null);
      plain++;
      const parsed = parseQuery(text);
      expect(parsed, JSON.stringify(text)).to.deep.equal({ terms, errors: [] });
      for (const [name, capabilities] of CAPABILITIES) {
        const label = `${JSON.stringify(text)} (${name})`;
        const ours = splitPlain(text, capabilities)!;
        const language = splitForServer(parsed, capabilities);
        expect(ours.split.serverKeyword, label).to.equal(language.serverKeyword);
        expect(ours.split.localTerms, label).to.deep.equal(language.localTerms);
        const matched = (test: (entry: SessionEntry) => boolean) => ENTRIES.filter(test).map((row) => row.id);
        expect(matched(matchFreeWords(ours.split.localTerms)), label).to.deep.equal(matched(compileTerms(language.localTerms)));
      }
    }
    expect(plain).to.equal(2000);
  });

  it('finds the rows a person expects, as the query language does', () => {
    const cases: [string, string[]][] = [
      ['alice', ['3']],
      ['ADMIN a%20b', ['3']],
      ['brien 203.0', ['2']],
      ['漢字', ['4', '5', '7']],
      ['o.brien post', ['2']],
      ['ops get clients', ['1']],
    ];
    for (const [text, ids] of cases) {
      const terms = plainWords(text)!;
      expect(ENTRIES.filter(matchFreeWords(terms)).map((row) => row.id), text).to.deep.equal(ids);
      expect(ENTRIES.filter(compileTerms(parseQuery(text).terms)).map((row) => row.id), text).to.deep.equal(ids);
    }
  });
});

describe('withTerm', () => {
  it('adds a facet’s or the details panel’s term once; the same term or its opposite gives way to it', () => {
    expect(withTerm('', 'admin:alice@example.com')).to.equal('admin:alice@example.com');
    expect(withTerm('  bell  ', 'ip:10.0.0.1')).to.equal('bell ip:10.0.0.1');
    expect(withTerm('ip:10.0.0.1 bell', 'ip:10.0.0.1'), 'twice: once').to.equal('bell ip:10.0.0.1');
    expect(withTerm('IP:10.0.0.1', 'ip:10.0.0.1'), 'keys read case-insensitively').to.equal('ip:10.0.0.1');
    expect(withTerm('-admin:a@x.org', 'admin:a@x.org'), 'include after exclude').to.equal('admin:a@x.org');
    expect(withTerm('admin:a@x.org', '-admin:a@x.org'), 'exclude after include').to.equal('-admin:a@x.org');
    expect(withTerm('admin:"Seán O\'Brien" x', 'admin:"Seán O\'Brien"'), 'quoted values are one word').to.equal('x admin:"Seán O\'Brien"');
    expect(withTerm('url:"/a b" admin:x', 'ip:1'), 'a quoted value’s blank stays').to.equal('url:"/a b" admin:x ip:1');
    expect(withTerm('admin:x', 'admin:xy'), 'another value of the key stays').to.equal('admin:x admin:xy');
  });
});
