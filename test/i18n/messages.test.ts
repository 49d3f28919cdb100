import { expect } from '@open-wc/testing';
import '../helpers/dictionaries.js';
import '../helpers/insights.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import '../../src/i18n/en-parts.js';
import '../../src/i18n/en-tools.js';
import type { ErrorInfo, Messages } from '../../src/i18n/messages.js';
import { SUPPORTED_LOCALES, messagesFor } from '../../src/i18n/localize.js';
import { errorText } from '../../src/i18n/error-text.js';
import { uk } from '../../src/i18n/uk.js';
import type { SessionsErrorKind } from '../../src/data/errors.js';
import { parseQuery, termMeaning } from '../../src/data/insights/query-language.js';

const SAMPLES = [0, 1, 2, 5, 21] as const;
const ERROR_KINDS: readonly SessionsErrorKind[] = [
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'bad-response',
  'config',
];

type Leaf = string | ((...args: never[]) => string);
interface Tree {
  readonly [key: string]: Leaf | Tree;
}

/** Every leaf of a dictionary as `path → value` (`range.presets.24h`, `refresh.seconds` …). */
function leaves(tree: Tree, prefix = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || typeof value === 'function') found.set(path, value);
    else for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
  }
  return found;
}

/** Every section and sub-section path (so an empty section such as `histogram` is compared too). */
function branches(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? [prefix ? `${prefix}.${key}` : key, ...branches(value, prefix ? `${prefix}.${key}` : key)] : [],
  );
}

const PROBLEM_SAMPLES = ['"open', 'mehtod:GET', 'zzzzzz:1', 'ip: x', 'ip:', 'method:FETCH', 'type:cron', 'is:bursty', 'ip:10.0.0.0/99', 'ip:nope/8', 'ip:10.0.0.999'].map(
  (text) => parseQuery(text).errors[0]!.problem,
);

/** Search terms applied over the loaded rows: one of each kind of meaning, plain and negated. */
const TERM_SAMPLES = parseQuery('"a b" -admin:al email:x -url:/y ip:10.0. -ip:10.0.0.1 ip:10.0.0.0/8 method:GET -type:api is:new-ip -is:burst').terms.map(termMeaning);

/** What a leaf says for a sample number: functions are called with it for every parameter. */
function texts(path: string, leaf: Leaf): string[] {
  if (typeof leaf === 'string') return [leaf];
  const call = leaf as (...args: unknown[]) => string;
  const isErrorKind = path.startsWith('errors.') && (ERROR_KINDS as readonly string[]).includes(path.slice('errors.'.length));
  if (isErrorKind) {
    const infos: ErrorInfo[] = [
      { status: 0, retryAfter: null, timeoutSeconds: null, detail: null },
      ...SAMPLES.map((n) => ({ status: n === 0 ? 500 : 400 + n, retryAfter: n, timeoutSeconds: n, detail: `detail ${n}` })),
      { status: 200, retryAfter: null, timeoutSeconds: null, detail: 'no "entries" array' },
    ];
    return infos.map((info) => call(info));
  }
  // Search-text problems: one of each kind, as the query language reports them.
  if (path === 'sessions.queryProblem') return PROBLEM_SAMPLES.map((problem) => call(problem));
  if (path === 'sessions.localTerm') return TERM_SAMPLES.map((term) => call(term));
  if (path === 'sessions.partSlow' || path === 'sessions.partFailed') return ['range', 'refresh', 'histogram', 'details', 'facets'].map((part) => call(part));
  if (path === 'facets.exclude') return ['admin', 'ip', 'path', 'method', 'type'].map((facet) => call(facet, 'alice'));
  if (path === 'facets.count') return SAMPLES.map((n) => call(n, `${n}%`));
  if (path === 'facets.fromLoaded') return SAMPLES.flatMap((n) => [call(n, null), call(n, n * 10)]);
  // `shown(count, total)` also takes a null total.
  const extra = path === 'sessions.shown' ? SAMPLES.map((n) => call(n, null)) : [];
  return [...SAMPLES.map((n) => call(...Array<number>(Math.max(1, leaf.length)).fill(n))), ...extra];
}

const DICTIONARIES: Record<string, Messages> = { en, de, uk };

/** Keys whose text may be the same as the English one (names, symbols, formats). */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  de: [
    'table.ip', 'table.url', 'table.admin', 'sessions.utc', 'sessions.server', 'sessions.fieldNames.url', 'sessions.fieldNames.ip', 'range.between', 'refresh.seconds',
    // WEB and API are the request types as the table shows them.
    'histogram.web', 'histogram.api', 'histogram.bucket', 'details.url', 'details.admin', 'details.utc',
    'details.burstWindow.second', 'details.burstWindow.minute', 'views.name',
    // A count and a share; Admins and IPs are German words too.
    'facets.count', 'facets.names.admin', 'facets.names.ip',
  ],
  uk: [
    'table.ip', 'table.url', 'sessions.utc', 'sessions.fieldNames.url', 'sessions.fieldNames.ip', 'sessions.fieldNames.email', 'range.between',
    'histogram.web', 'histogram.api', 'histogram.bucket', 'details.url', 'details.utc', 'facets.count',
  ],
};

describe('i18n: the dictionaries', () => {
  it('offers English, German and Ukrainian', () => {
    expect([...SUPPORTED_LOCALES]).to.deep.equal(['en', 'de', 'uk']);
    expect(messagesFor('de')).to.equal(de);
    expect(messagesFor('uk-UA')).to.equal(uk);
    expect(messagesFor('fr')).to.equal(en);
    expect(messagesFor(null)).to.equal(en);
  });

  it('has an English error message for every SessionsErrorKind', () => {
    for (const kind of ERROR_KINDS) expect(en.errors[kind], kind).to.be.a('function');
  });

  for (const [name, messages] of Object.entries(DICTIONARIES)) {
    describe(name, () => {
      const english = leaves(en as unknown as Tree);
      const own = leaves(messages as unknown as Tree);

      it('has exactly the keys of the English dictionary, of the same kinds', () => {
        expect([...own.keys()].sort()).to.deep.equal([...english.keys()].sort());
        expect(branches(messages as unknown as Tree).sort()).to.deep.equal(branches(en as unknown as Tree).sort());
        for (const [path, leaf] of english) {
          const mine = own.get(path);
          expect(typeof mine, path).to.equal(typeof leaf);
          if (typeof leaf === 'function') expect((mine as Leaf & { length: number }).length, `${path} parameters`).to.equal(leaf.length);
        }
      });

      it('says something sensible for every key and sample number (0, 1, 2, 5, 21)', () => {
        for (const [path, leaf] of own) {
          for (const text of texts(path, leaf)) {
            expect(text, path).to.be.a('string');
            expect(text.trim(), path).not.to.equal('');
            expect(text, path).not.to.match(/undefined|NaN|null|\[object/);
          }
        }
      });

      if (name !== 'en') {
        it('is translated (not English left in place)', () => {
          const same = [...own].filter(([path, leaf]) => texts(path, leaf).join('|') === texts(path, english.get(path)!).join('|'));
          expect(same.map(([path]) => path).filter((path) => !SAME_AS_ENGLISH[name]!.includes(path))).to.deep.equal([]);
        });
      }

      if (name === 'uk') {
        it('is written in Cyrillic', () => {
          const latinOnly = [...own]
            .filter(([path]) => !SAME_AS_ENGLISH.uk!.includes(path))
            .filter(([path, leaf]) => texts(path, leaf).some((text) => !/[\u0400-\u04FF]/.test(text)))
            .map(([path]) => path);
          expect(latinOnly).to.deep.equal([]);
        });
      }
    });
  }
});

describe('i18n: plural forms and numbers', () => {
  it('counts records in Ukrainian: 1 запис, 2 записи, 5 записів, 21 запис', () => {
    const shown = (count: number) => uk.sessions.shown(count, null);
    expect(shown(1)).to.equal('1 запис');
    expect(shown(2)).to.equal('2 записи');
    expect(shown(4)).to.equal('4 записи');
    expect(shown(5)).to.equal('5 записів');
    expect(shown(11)).to.equal('11 записів');
    expect(shown(21)).to.equal('21 запис');
    expect(shown(22)).to.equal('22 записи');
    expect(shown(0)).to.equal('0 записів');
    expect(uk.sessions.shown(5, 21)).to.equal('5 з 21 запису');
    expect(uk.sessions.shown(5, 25)).to.equal('5 з 25 записів');
    expect(uk.sessions.newEntries(1)).to.equal('1 новий запис');
    expect(uk.sessions.newEntries(3)).to.equal('3 нові записи');
    expect(uk.sessions.newEntries(12)).to.equal('12 нових записів');
    expect(uk.sessions.announced(21)).to.equal('Додано 21 новий запис.');
  });

  it('counts in German and English: one / other', () => {
    expect(de.sessions.newEntries(1)).to.equal('1 neuer Eintrag');
    expect(de.sessions.newEntries(2)).to.equal('2 neue Einträge');
    expect(de.sessions.shown(1, null)).to.equal('1 Anfrage');
    expect(de.sessions.shown(50, 1234)).to.equal('50 von 1.234 Anfragen');
    expect(en.sessions.shown(1, null)).to.equal('1 request');
    expect(en.sessions.shown(50, 1234)).to.equal('50 of 1,234 requests');
    expect(en.sessions.newEntries(1)).to.equal('1 new entry');
    expect(en.sessions.newEntries(4)).to.equal('4 new entries');
    expect(en.sessions.announced(3)).to.equal('3 new requests logged.');
  });

  it('writes numbers the way each language does (through Intl)', () => {
    expect(en.sessions.localMatch('URL', 2000)).to.equal('URL matches are searched in the 2,000 loaded rows only.');
    expect(de.sessions.localMatch('URL', 2000)).to.equal('Treffer in URL werden nur in den 2.000 geladenen Zeilen gesucht.');
    expect(de.sessions.localMatch('URL', 1)).to.equal('Treffer in URL werden nur in der 1 geladenen Zeile gesucht.');
    expect(uk.sessions.shown(1234, null)).to.match(/^1\s234 записи$/);
  });

  it('keeps the English texts the widget showed before', () => {
    expect(en.sessions.cached(5000)).to.equal('Cached rows from 5 s ago; updating…');
    expect(en.sessions.cached(5 * 60_000)).to.equal('Cached rows from 5 min ago; updating…');
    expect(en.refresh.seconds(5)).to.equal('5 s');
    expect(en.refresh.nextRefreshIn(4)).to.equal('Next refresh in 4 s');
    expect(en.range.fromUntilNow('15-12-2025 13:00')).to.equal('15-12-2025 13:00 – now');
  });
});

describe('i18n: error messages', () => {
  it('localizes each kind and keeps the server detail as is', () => {
    const forbidden = { status: 403 } as const;
    expect(errorText('forbidden', { ...forbidden, detail: 'Permission Denied, Forbidden' }, { msg: en })).to.equal(
      'You do not have permission to view the admin session log (Permission Denied, Forbidden).',
    );
    expect(errorText('forbidden', { ...forbidden, detail: 'Permission Denied, Forbidden' }, { msg: de })).to.equal(
      'Sie haben keine Berechtigung, das Protokoll der Admin-Sitzungen anzusehen (Permission Denied, Forbidden).',
    );
    expect(errorText('forbidden', forbidden, { msg: uk })).to.equal('У вас немає дозволу переглядати журнал сеансів адміністраторів.');
  });

  it('matches the English texts of the data layer', () => {
    expect(errorText('unauthorized', { status: 401 }, { msg: en })).to.equal('Your session has expired. Log in again to see the log.');
    expect(errorText('rate-limited', { status: 429, retryAfter: 30 }, { msg: en })).to.equal(
      'The server is receiving too many requests. Retrying in 30 s.',
    );
    expect(errorText('rate-limited', { status: 429 }, { msg: en })).to.equal('The server is receiving too many requests.');
    expect(errorText('server', { status: 502 }, { msg: en })).to.equal('The server failed to load the log (HTTP 502).');
    expect(errorText('bad-response', { status: 418, detail: 'teapot' }, { msg: en })).to.equal('The server answered HTTP 418 (teapot).');
    expect(errorText('bad-response', { status: 200, detail: 'not JSON' }, { msg: en })).to.equal(
      "The server's answer was not a session log page (not JSON).",
    );
    expect(errorText('timeout', { timeoutSeconds: 15 }, { msg: en })).to.equal('The server did not answer within 15 s.');
    expect(errorText('network', {}, { msg: en })).to.equal('The server could not be reached. Check the connection.');
    expect(en.errors.endpointMissing).to.equal('Set the endpoint attribute to the session log API URL.');
    expect(en.errors.endpointNotHttp('ftp://x')).to.equal('The endpoint "ftp://x" is not an http(s) URL.');
  });
});
