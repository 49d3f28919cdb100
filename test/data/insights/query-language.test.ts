import { expect } from '@open-wc/testing';
import { parseQuery, serializeQuery, type QueryError, type Term } from '../../../src/data/insights/query-language.js';

const terms = (text: string): Term[] => parseQuery(text).terms;
const errors = (text: string): QueryError[] => parseQuery(text).errors;
/** The slice of the query an error points at. */
const marked = (text: string, error: QueryError | undefined): string => (error ? text.slice(error.start, error.end) : '<none>');

describe('query language: parsing', () => {
  it('reads free words, ANDed, and nothing from blank input', () => {
    expect(terms('')).to.deep.equal([]);
    expect(terms('   \t\n ')).to.deep.equal([]);
    expect(terms('bell  clients')).to.deep.equal([
      { key: 'text', value: 'bell', negated: false },
      { key: 'text', value: 'clients', negated: false },
    ]);
    expect(errors('bell clients')).to.deep.equal([]);
  });

  it('reads every known key, case-insensitively, normalising fixed vocabularies', () => {
    expect(terms('Admin:alice EMAIL:ops@example.com method:post type:API url:/clients/ is:NEW-IP is:burst')).to.deep.equal([
      { key: 'admin', value: 'alice', negated: false },
      { key: 'email', value: 'ops@example.com', negated: false },
      { key: 'method', value: 'POST', negated: false },
      { key: 'type', value: 'api', negated: false },
      { key: 'url', value: '/clients/', negated: false },
      { key: 'is', value: 'new-ip', negated: false },
      { key: 'is', value: 'burst', negated: false },
    ]);
  });

  it('reads quoted values with spaces, apostrophes and escaped quotes', () => {
    expect(terms(`admin:"Seán O'Brien" url:"a b" "two words" "say \\"hi\\"" "back\\\\slash"`)).to.deep.equal([
      { key: 'admin', value: "Seán O'Brien", negated: false },
      { key: 'url', value: 'a b', negated: false },
      { key: 'text', value: 'two words', negated: false },
      { key: 'text', value: 'say "hi"', negated: false },
      { key: 'text', value: 'back\\slash', negated: false },
    ]);
  });

  it('negates with a leading dash, for keys, words and quoted text', () => {
    expect(terms('-url:bell_notification -bell -"a b" -admin:"Seán O\'Brien"')).to.deep.equal([
      { key: 'url', value: 'bell_notification', negated: true },
      { key: 'text', value: 'bell', negated: true },
      { key: 'text', value: 'a b', negated: true },
      { key: 'admin', value: "Seán O'Brien", negated: true },
    ]);
    // A dash on its own is a word, not a negation of nothing.
    expect(terms('a - b')).to.deep.equal([
      { key: 'text', value: 'a', negated: false },
      { key: 'text', value: '-', negated: false },
      { key: 'text', value: 'b', negated: false },
    ]);
    expect(terms('url:-x')).to.deep.equal([{ key: 'url', value: '-x', negated: false }]);
  });

  it('takes the key up to the first colon, so IPv6 values keep theirs', () => {
    const [v6, range, mapped] = terms('ip:2001:db8::1 ip:2001:db8::/32 ip:::ffff:10.0.0.1');
    expect(v6).to.include({ key: 'ip', value: '2001:db8::1' });
    expect(v6!.cidr).to.deep.include({ version: 6, prefix: 128, network: '2001:db8::1/128' });
    expect(range!.cidr).to.deep.include({ version: 6, prefix: 32, network: '2001:db8::/32' });
    expect(mapped).to.include({ key: 'ip', value: '::ffff:10.0.0.1' });
    expect(url('url:https://x.example/a:b')).to.equal('https://x.example/a:b');
    function url(text: string): string | undefined {
      return terms(text)[0]?.value;
    }
  });

  it('reads IPv4 addresses and ranges, clearing host bits', () => {
    const [one, range, sloppy] = terms('ip:203.0.113.7 ip:10.0.0.0/8 ip:10.1.2.3/8');
    expect(one!.cidr).to.deep.include({ version: 4, prefix: 32, network: '203.0.113.7/32' });
    expect(range!.cidr).to.deep.include({ version: 4, prefix: 8, network: '10.0.0.0/8' });
    expect(sloppy!.cidr).to.deep.include({ prefix: 8, network: '10.0.0.0/8' });
    expect(sloppy!.value).to.equal('10.1.2.3/8');
  });

  it('keeps a partly typed address as a substring match instead of an error', () => {
    expect(parseQuery('ip:10.0.')).to.deep.equal({ terms: [{ key: 'ip', value: '10.0.', negated: false }], errors: [] });
    expect(parseQuery('ip:2001:db8:')).to.deep.equal({ terms: [{ key: 'ip', value: '2001:db8:', negated: false }], errors: [] });
  });

  it('reads pasted URLs, bare IPv6 addresses and times of day as text, not keys', () => {
    expect(parseQuery('https://panel.example.com/admin?x=1 fe80::1 2001:db8::/32 12:30')).to.deep.equal({
      terms: [
        { key: 'text', value: 'https://panel.example.com/admin?x=1', negated: false },
        { key: 'text', value: 'fe80::1', negated: false },
        { key: 'text', value: '2001:db8::/32', negated: false },
        { key: 'text', value: '12:30', negated: false },
      ],
      errors: [],
    });
  });

  it('ends a quoted term at its closing quote', () => {
    expect(terms('admin:"Ops"post')).to.deep.equal([
      { key: 'admin', value: 'Ops', negated: false },
      { key: 'text', value: 'post', negated: false },
    ]);
    expect(terms('a"b')).to.deep.equal([{ key: 'text', value: 'a"b', negated: false }]);
  });

  it('ignores empty quotes', () => {
    expect(parseQuery('"" x')).to.deep.equal({ terms: [{ key: 'text', value: 'x', negated: false }], errors: [] });
  });
});

describe('query language: errors', () => {
  it('names an unknown key, suggests the closest one, and still searches the text', () => {
    const text = 'bell amdin:alice';
    const parsed = parseQuery(text);
    expect(parsed.errors).to.have.length(1);
    expect(marked(text, parsed.errors[0])).to.equal('amdin');
    expect(parsed.errors[0]!.message).to.contain('amdin:').and.contain('Did you mean “admin:”');
    expect(parsed.terms).to.deep.equal([
      { key: 'text', value: 'bell', negated: false },
      { key: 'text', value: 'amdin:alice', negated: false },
    ]);
    expect(errors('user:bob')[0]!.message).to.contain('Did you mean “admin:”');
    expect(errors('uri:/x')[0]!.message).to.contain('Did you mean “url:”');
    expect(errors('meth:GET')[0]!.message).to.contain('Did you mean “method:”');
    expect(errors('ipaddr:1.2.3.4')[0]!.message).to.contain('Did you mean “ip:”');
    expect(errors('-emial:x')[0]!.message).to.contain('Did you mean “email:”');
    expect(marked('-emial:x', errors('-emial:x')[0])).to.equal('emial');
  });

  it('is not fooled by keys that name object properties', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const [error] = errors(`${key}:x`);
      expect(error!.message, key).to.contain(`Unknown filter “${key}:”`).and.not.contain('function');
    }
    // Keys start with a letter, so this one is plain text.
    expect(parseQuery('__proto__:x')).to.deep.equal({ terms: [{ key: 'text', value: '__proto__:x', negated: false }], errors: [] });
  });

  it('lists the known keys when nothing is close (foo:bar)', () => {
    const [error] = errors('foo:bar');
    expect(marked('foo:bar', error)).to.equal('foo');
    expect(error!.message).to.contain('Unknown filter “foo:”');
    for (const key of ['admin:', 'email:', 'ip:', 'method:', 'type:', 'url:', 'path:', 'is:']) expect(error!.message).to.contain(key);
  });

  it('flags an unterminated quote to the end of the text and keeps what was typed', () => {
    const text = 'method:GET admin:"Seán O';
    const parsed = parseQuery(text);
    expect(parsed.errors).to.have.length(1);
    expect(marked(text, parsed.errors[0])).to.equal('"Seán O');
    expect(parsed.errors[0]!.message).to.contain('never closed');
    expect(parsed.terms[1]).to.deep.equal({ key: 'admin', value: 'Seán O', negated: false });
    expect(marked('x "abc', errors('x "abc')[0])).to.equal('"abc');
  });

  it('flags an empty value, and says so when a space follows the colon', () => {
    const [empty] = errors('admin:');
    expect(marked('admin:', empty)).to.equal('admin:');
    expect(empty!.message).to.contain('needs a value');
    const spaced = parseQuery('admin: alice');
    expect(spaced.errors[0]!.message).to.contain('without a space');
    expect(spaced.terms).to.deep.equal([{ key: 'text', value: 'alice', negated: false }]);
    expect(parseQuery('url:""').errors[0]!.message).to.contain('needs a value');
  });

  it('flags invalid addresses and ranges at the value', () => {
    for (const [text, value, words] of [
      ['ip:999.1.1.1', '999.1.1.1', 'not an IP address'],
      ['ip:10.0.0.0/33', '10.0.0.0/33', '0–32'],
      ['ip:2001:db8::/129', '2001:db8::/129', '0–128'],
      ['ip:10.0.0.0/x', '10.0.0.0/x', 'not a valid prefix'],
      ['ip:banana/8', 'banana/8', 'not a CIDR range'],
      ['ip:1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8:9', 'not an IP address'],
      ['ip:localhost', 'localhost', 'not an IP address'],
    ] as const) {
      const parsed = parseQuery(text);
      expect(parsed.terms, text).to.deep.equal([]);
      expect(parsed.errors, text).to.have.length(1);
      expect(marked(text, parsed.errors[0]), text).to.equal(value);
      expect(parsed.errors[0]!.message, text).to.contain(words);
    }
  });

  it('flags unknown is: values, methods and types with a suggestion', () => {
    expect(errors('is:newip')[0]!.message).to.contain('Did you mean is:new-ip');
    expect(errors('is:bursts')[0]!.message).to.contain('Did you mean is:burst');
    expect(errors('is:weird')[0]!.message).to.contain('is:new-ip or is:burst');
    expect(errors('method:PSOT')[0]!.message).to.contain('Did you mean POST');
    expect(errors('method:FETCH')[0]!.message).to.contain('not an HTTP method');
    expect(errors('type:cli')[0]!.message).to.contain('web or api');
    expect(marked('x type:cli', errors('x type:cli')[0])).to.equal('cli');
  });

  it('reports every error in one pass and keeps the valid terms', () => {
    const parsed = parseQuery('foo:1 method:NOPE ip:300.1.1.1 is:odd admin: url:ok');
    expect(parsed.errors).to.have.length(5);
    expect(parsed.terms).to.deep.equal([
      { key: 'text', value: 'foo:1', negated: false },
      { key: 'url', value: 'ok', negated: false },
    ]);
  });

  it('does not throw on a non-string (from untyped callers)', () => {
    expect(parseQuery(undefined as unknown as string)).to.deep.equal({ terms: [], errors: [] });
    expect(parseQuery(42 as unknown as string)).to.deep.equal({ terms: [], errors: [] });
  });
});

describe('query language: serializing', () => {
  it('writes terms back to text that reads as the same terms', () => {
    const cases = [
      `admin:"Seán O'Brien" -url:bell_notification ip:10.0.0.0/8 method:POST type:api is:new-ip`,
      'ip:2001:db8::/32 -is:burst "two words" -"-dash" "key:like" url:"//double" url:"a \\"q\\""',
    ];
    for (const text of cases) {
      const parsed = parseQuery(text);
      expect(parsed.errors, text).to.deep.equal([]);
      expect(parseQuery(serializeQuery(parsed.terms)).terms, text).to.deep.equal(parsed.terms);
    }
    expect(serializeQuery(terms(`admin:"Seán O'Brien"  -url:bell   method:post`))).to.equal(`admin:"Seán O'Brien" -url:bell method:POST`);
  });

  it('quotes what would otherwise read differently', () => {
    const text = (value: string, key: Term['key'] = 'text', negated = false): string => serializeQuery([{ key, value, negated }]);
    expect(text('-2')).to.equal('"-2"');
    expect(text('foo:bar')).to.equal('"foo:bar"');
    expect(text('a b')).to.equal('"a b"');
    expect(text('say "x"')).to.equal('"say \\"x\\""');
    expect(text('back\\slash "')).to.equal('"back\\\\slash \\""');
    expect(text('//x', 'url')).to.equal('url:"//x"');
    expect(text('-x', 'url', true)).to.equal('-url:-x');
    expect(text('plain')).to.equal('plain');
  });
});
