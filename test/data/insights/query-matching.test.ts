import { expect } from '@open-wc/testing';
import '../../helpers/insights.js';
import { FULL_CAPABILITIES, type AdapterCapabilities } from '../../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { describeTermMeaning, parseQuery, splitForServer, termMeaning } from '../../../src/data/insights/query-language.js';
import { compileTerms, type MatchContext } from '../../../src/data/insights/query-match.js';
import type { UnusualMark } from '../../../src/data/insights/unusual.js';
import { expectFast } from './bench.js';
import { entry, OPS, SEAN, T0 } from './entry.js';

const PUQ: AdapterCapabilities = { searchFields: new Set(['time', 'admin', 'email', 'ip']), sortColumns: new Set(['time']), hideMe: true };
const NONE: AdapterCapabilities = { searchFields: new Set(), sortColumns: new Set(['time']), hideMe: false };

const ROWS: SessionEntry[] = [
  entry({ id: 'bell', url: 'https://panel.example.com/admin/api/my_account/bell_notification', type: 'API' }),
  entry({ id: 'post', method: 'POST', url: 'https://panel.example.com/admin/clients/7/edit', ip: '203.0.113.7' }),
  entry({ id: 'sean', admin: SEAN, ip: '2001:db8::17', url: 'https://panel.example.com/admin/a%20b?x=1' }),
  entry({ id: 'mapped', ip: '::ffff:10.9.8.7', method: 'DELETE' }),
  entry({ id: 'deleted', admin: null, ip: null }),
  entry({ id: 'zoned', ip: 'fe80::1%eth0', type: 'API', method: 'PATCH' }),
];

function matching(query: string, context?: MatchContext): string[] {
  const parsed = parseQuery(query);
  expect(parsed.errors, query).to.deep.equal([]);
  const match = compileTerms(parsed.terms, context);
  return ROWS.filter(match).map((e) => e.id);
}

describe('query language: matching entries', () => {
  it('matches everything with no terms', () => {
    expect(matching('')).to.have.length(ROWS.length);
  });

  it('matches free words case-insensitively over admin, email, IP, URL, method and type', () => {
    expect(matching('BELL_notification')).to.deep.equal(['bell']);
    expect(matching('o.brien@')).to.deep.equal(['sean']);
    expect(matching('seán')).to.deep.equal(['sean']);
    expect(matching('203.0.113')).to.deep.equal(['post']);
    expect(matching('delete')).to.deep.equal(['mapped']);
    expect(matching('api clients')).to.deep.equal(['zoned']);
    expect(matching('api my_account')).to.deep.equal(['bell']);
  });

  it('ANDs terms and negates with a dash', () => {
    expect(matching('-url:bell_notification -admin:ops')).to.deep.equal(['sean', 'deleted']);
    expect(matching('-bell -sean -method:get')).to.deep.equal(['post', 'mapped', 'zoned']);
  });

  it('matches admin: on name or email, email: on email only; a deleted admin matches neither', () => {
    expect(matching(`admin:"Seán O'Brien"`)).to.deep.equal(['sean']);
    expect(matching('admin:o.brien')).to.deep.equal(['sean']);
    expect(matching('email:brien')).to.deep.equal(['sean']);
    expect(matching('email:seán')).to.deep.equal([]);
    expect(matching('-admin:o')).to.deep.equal(['deleted']);
  });

  it('matches url: as written and percent-decoded', () => {
    expect(matching('url:"a b"')).to.deep.equal(['sean']);
    expect(matching('url:a%20b')).to.deep.equal(['sean']);
    expect(matching('url:/clients/')).to.deep.equal(['post']);
  });

  it('matches method: and type: exactly', () => {
    expect(matching('method:post')).to.deep.equal(['post']);
    expect(matching('method:PATCH type:api')).to.deep.equal(['zoned']);
    expect(matching('type:web -method:get')).to.deep.equal(['post', 'mapped']);
    const odd = entry({ id: 'odd', method: 'POSTX' });
    expect(compileTerms(parseQuery('method:POST').terms)(odd)).to.equal(false);
  });

  it('matches ip: by CIDR containment, IPv4 and IPv6, including mapped and zoned addresses', () => {
    expect(matching('ip:10.0.0.0/8')).to.deep.equal(['bell', 'mapped']);
    expect(matching('ip:203.0.113.7')).to.deep.equal(['post']);
    expect(matching('ip:203.0.113.0/24')).to.deep.equal(['post']);
    expect(matching('ip:2001:db8::/32')).to.deep.equal(['sean']);
    expect(matching('ip:2001:0db8:0000::0017')).to.deep.equal(['sean']);
    expect(matching('ip:fe80::/10')).to.deep.equal(['zoned']);
    expect(matching('ip:::ffff:0:0/96')).to.deep.equal(['bell', 'post', 'mapped']);
    expect(matching('ip:0.0.0.0/0')).to.deep.equal(['bell', 'post', 'mapped']);
    expect(matching('-ip:10.0.0.0/8')).to.deep.equal(['post', 'sean', 'deleted', 'zoned']);
  });

  it('matches a partly typed ip: as a substring', () => {
    expect(matching('ip:203.0.')).to.deep.equal(['post']);
    expect(matching('ip:2001:db8:')).to.deep.equal(['sean']);
  });

  it('matches is:new-ip and is:burst from the unusual-activity marks', () => {
    const marks = new Map<string, UnusualMark>([
      ['post', { newIp: { reason: 'r' } }],
      ['zoned', { burst: { reason: 'r', count: 10, windowMs: 60_000 } }],
      ['mapped', { newIp: { reason: 'r' }, burst: { reason: 'r', count: 12, windowMs: 60_000 } }],
    ]);
    expect(matching('is:new-ip', { marks })).to.deep.equal(['post', 'mapped']);
    expect(matching('is:burst', { marks })).to.deep.equal(['mapped', 'zoned']);
    expect(matching('is:burst -is:new-ip', { marks })).to.deep.equal(['zoned']);
    // Without marks nothing is unusual.
    expect(matching('is:burst')).to.deep.equal([]);
    expect(matching('-is:burst')).to.have.length(ROWS.length);
  });

  it('filters 100,000 entries', () => {
    const admins = [OPS, SEAN, { id: 'a3', name: 'Bob', email: 'bob@example.com' }];
    const many: SessionEntry[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      time: T0 - i * 1000,
      admin: admins[i % 3]!,
      ip: i % 5 ? `10.${i % 256}.${(i >> 8) % 256}.${i % 7}` : `2001:db8::${(i % 65535).toString(16)}`,
      url: `https://panel.example.com/admin/clients/${i}${i % 10 ? '' : '/bell_notification'}`,
      type: i % 2 ? 'API' : 'WEB',
      method: i % 4 ? 'GET' : 'POST',
      userAgent: null,
    }));
    const { terms } = parseQuery('ip:10.0.0.0/9 -url:bell_notification admin:o method:get clients');
    const match = compileTerms(terms);
    many.filter(match); // first pass computes the lower-case keys, as the view does when rows load
    expectFast(() => many.filter(match), () => many.filter((e) => e.url.toLowerCase().includes('bell_notification')));
    const result = many.filter(match);
    expect(result.length).to.be.greaterThan(0);
    expect(result.every((e) => !e.url.includes('bell') && e.method === 'GET' && e.ip!.startsWith('10.'))).to.equal(true);
  });
});

describe('query language: splitting between server and loaded rows', () => {
  it('leaves a free word to a server that searches every field (native)', () => {
    const split = splitForServer(parseQuery('bell_notification'), FULL_CAPABILITIES);
    expect(split).to.deep.include({ serverKeyword: 'bell_notification', localTerms: [] });
  });

  it('sends a free word to a server that searches only some fields (PUQcloud); the rest is matched over loaded rows by deriveView', () => {
    const parsed = parseQuery('bell_notification');
    const split = splitForServer(parsed, PUQ);
    expect(split.serverKeyword).to.equal('bell_notification');
    expect(split.serverTerm).to.equal(parsed.terms[0]);
    expect(split.localTerms).to.deep.equal([]);
  });

  it('sends one field value the server searches, and still checks its field here', () => {
    const parsed = parseQuery('admin:alice -url:bell_notification method:POST');
    const split = splitForServer(parsed, PUQ);
    expect(split.serverKeyword).to.equal('alice');
    expect(split.serverTerm).to.equal(parsed.terms[0]);
    // The server matched "alice" in any of its fields (an IP, a time…): the admin term stays.
    expect(split.localTerms).to.deep.equal(parsed.terms);
  });

  it('never sends a negated term, an is: flag, or a field the server does not search', () => {
    expect(splitForServer(parseQuery('-admin:alice is:burst url:/clients/ method:POST type:api'), PUQ).serverKeyword).to.equal('');
    expect(splitForServer(parseQuery('-admin:alice is:burst'), FULL_CAPABILITIES).serverKeyword).to.equal('');
    expect(splitForServer(parseQuery('admin:alice'), NONE)).to.deep.include({ serverKeyword: '', serverTerm: null });
  });

  it('picks the longest of several candidates', () => {
    const split = splitForServer(parseQuery('admin:al email:ops@example.com'), PUQ);
    expect(split.serverKeyword).to.equal('ops@example.com');
    expect(splitForServer(parseQuery('bell email:ops@example.com'), FULL_CAPABILITIES).serverKeyword).to.equal('ops@example.com');
  });

  it('narrows an IPv4 range by its whole leading octets, and keeps IPv6 local', () => {
    expect(splitForServer(parseQuery('ip:10.0.0.0/8'), PUQ).serverKeyword).to.equal('10.');
    expect(splitForServer(parseQuery('ip:10.20.0.0/12'), PUQ).serverKeyword).to.equal('10.');
    expect(splitForServer(parseQuery('ip:192.168.4.0/24'), PUQ).serverKeyword).to.equal('192.168.4.');
    expect(splitForServer(parseQuery('ip:203.0.113.7'), PUQ).serverKeyword).to.equal('203.0.113.7');
    expect(splitForServer(parseQuery('ip:0.0.0.0/4'), PUQ).serverKeyword).to.equal('');
    expect(splitForServer(parseQuery('ip:2001:db8::/32'), FULL_CAPABILITIES).serverKeyword).to.equal('');
    expect(splitForServer(parseQuery('ip:10.0.'), PUQ).serverKeyword).to.equal('10.0.');
  });

  it('keeps local what the server could miss: a full name, a URL it may hold encoded', () => {
    expect(splitForServer(parseQuery(`admin:"Seán O'Brien"`), PUQ).serverKeyword).to.equal('');
    expect(splitForServer(parseQuery('url:"a b"'), FULL_CAPABILITIES).serverKeyword).to.equal('');
    expect(splitForServer(parseQuery('seán'), FULL_CAPABILITIES).serverKeyword).to.equal('');
    expect(splitForServer(parseQuery('url:/clients/'), FULL_CAPABILITIES).serverKeyword).to.equal('/clients/');
  });

  it('gives a server keyword whose results contain every match of the query', () => {
    // Emulate each server: a case-insensitive substring over its fields, then the local terms.
    const serverFields = (e: SessionEntry, capabilities: AdapterCapabilities): string[] => {
      const all: Record<string, string> = {
        admin: e.admin?.name ?? '', email: e.admin?.email ?? '', ip: e.ip ?? '', url: e.url, method: e.method, type: e.type,
      };
      return [...capabilities.searchFields].map((field) => all[field] ?? '');
    };
    for (const capabilities of [PUQ, FULL_CAPABILITIES]) {
      for (const query of ['admin:ops', 'email:brien', 'ip:10.0.0.0/8', 'ip:203.0.113.7 -is:burst', 'bell_notification', 'url:/clients/ method:POST', 'delete']) {
        const parsed = parseQuery(query);
        const expected = ROWS.filter(compileTerms(parsed.terms)).map((e) => e.id);
        const split = splitForServer(parsed, capabilities);
        const keyword = split.serverKeyword.toLowerCase();
        const fromServer = ROWS.filter((e) => !keyword || serverFields(e, capabilities).some((value) => value.toLowerCase().includes(keyword)));
        // As deriveView does: a free word is also matched over the loaded rows on the fields the server skips.
        if (split.serverTerm?.key === 'text') {
          const skipped = { ...FULL_CAPABILITIES, searchFields: new Set([...FULL_CAPABILITIES.searchFields].filter((f) => !capabilities.searchFields.has(f))) };
          for (const e of ROWS) {
            if (!fromServer.includes(e) && serverFields(e, skipped).some((value) => value.toLowerCase().includes(keyword))) fromServer.push(e);
          }
          fromServer.sort((a, b) => ROWS.indexOf(a) - ROWS.indexOf(b));
        }
        expect(fromServer.filter(compileTerms(split.localTerms)).map((e) => e.id), `${query} ${[...capabilities.searchFields]}`).to.deep.equal(expected);
      }
    }
  });

  it('reports what each term means as data, for the widget to word in its language', () => {
    const meanings = parseQuery('"a b" -admin:al email:X url:/y ip:10.0. ip:10.0.0.1 -ip:10.0.0.0/8 method:get -type:api is:new-ip -is:burst')
      .terms.map(termMeaning)
      .map((m) => JSON.stringify(m));
    expect(meanings).to.deep.equal([
      '{"kind":"contains","field":"any","value":"a b","negated":false}',
      '{"kind":"contains","field":"admin","value":"al","negated":true}',
      '{"kind":"contains","field":"email","value":"X","negated":false}',
      '{"kind":"contains","field":"url","value":"/y","negated":false}',
      '{"kind":"contains","field":"ip","value":"10.0.","negated":false}',
      '{"kind":"equals","field":"ip","value":"10.0.0.1","negated":false}',
      '{"kind":"in-range","network":"10.0.0.0/8","negated":true}',
      '{"kind":"equals","field":"method","value":"GET","negated":false}',
      '{"kind":"equals","field":"type","value":"API","negated":true}',
      '{"kind":"flag","flag":"new-ip","negated":false}',
      '{"kind":"flag","flag":"burst","negated":true}',
    ]);
  });

  it('describes terms in words', () => {
    const terms = parseQuery('ip:10.0.0.0/8 -ip:1.2.3.4 ip:10.0. -is:new-ip is:burst type:api -method:GET -email:x').terms;
    expect(terms.map((term) => describeTermMeaning(termMeaning(term))).join('; ')).to.equal(
      'IP in 10.0.0.0/8; IP is not 1.2.3.4; IP contains “10.0.”; not from a new IP; part of a burst of changing requests; type is API; method is not GET; email does not contain “x”',
    );
  });
});
