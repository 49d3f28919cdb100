import { expect } from '@open-wc/testing';
import { HTTP_METHODS, IS_VALUES, parseQuery, QUERY_KEYS, serializeQuery, type ParsedQuery, type Term } from '../../../src/data/insights/query-language.js';
import { pick, seededRandom } from './random.js';

/** Pieces that stress the grammar: keys, quotes, escapes, dashes, colons, addresses, odd whitespace and Unicode. */
const PIECES = [
  'admin:', 'email:', 'ip:', 'method:', 'type:', 'url:', 'is:', 'foo:', 'Admin:', 'IS:', 'http://', '//',
  '"', '"', '\\', '\\"', '-', '--', ':', '::', '/', '.', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028',
  'a', 'b', 'alice', 'bell_notification', 'POST', 'get', 'api', 'web', 'new-ip', 'burst', 'x y',
  '10.0.0.0/8', '203.0.113.7', '2001:db8::/32', 'fe80::1', '999.1.1.1', '/33', '0', '255', 'ffff',
  "Seán O'Brien", 'é', 'ß', 'ſ', '😀', '\ud800', '\udc00', '漢字', '\u0000', '=HYPERLINK(', '%20', '+',
];

function randomQuery(random: () => number): string {
  const roll = random();
  const length = roll < 0.02 ? 2000 + Math.floor(random() * 3000) : Math.floor(random() * 16);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += random() < 0.85 ? pick(random, PIECES) : String.fromCharCode(Math.floor(random() * 0x3000));
  }
  return text;
}

function checkWellFormed(text: string, parsed: ParsedQuery): void {
  const label = JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
  for (const error of parsed.errors) {
    expect(Number.isInteger(error.start) && Number.isInteger(error.end), label).to.equal(true);
    expect(error.start, label).to.be.at.least(0);
    expect(error.end, label).to.be.at.least(error.start).and.at.most(text.length);
    expect(error.message).to.be.a('string').and.not.equal('');
  }
  for (const term of parsed.terms) {
    expect(['text', ...QUERY_KEYS]).to.include(term.key);
    // A quoted free text may be only spaces (a search for a space); a filter's value may not.
    expect(term.key === 'text' ? term.value : term.value.trim(), label).to.not.equal('');
    expect(term.cidr === undefined || term.key === 'ip').to.equal(true);
    if (term.key === 'method') expect(HTTP_METHODS).to.include(term.value);
    if (term.key === 'type') expect(['web', 'api']).to.include(term.value);
    if (term.key === 'is') expect(IS_VALUES).to.include(term.value);
  }
}

describe('query language: random input (seeded; the seed and input are in any failure message)', () => {
  it('never throws, reports errors inside the text, and serializes to text that reads back the same', function () {
    this.timeout(120_000); // thousands of cases, on a test machine that may be busy
    const random = seededRandom(20251215);
    for (let run = 0; run < 3000; run++) {
      const text = randomQuery(random);
      let parsed: ParsedQuery;
      try {
        parsed = parseQuery(text);
      } catch (error) {
        throw new Error(`parseQuery threw on run ${run}: ${JSON.stringify(text)}: ${String(error)}`);
      }
      checkWellFormed(text, parsed);
      const serialized = serializeQuery(parsed.terms);
      const again = parseQuery(serialized);
      expect(again, `run ${run}: ${JSON.stringify(text)} → ${JSON.stringify(serialized)}`).to.deep.equal({ terms: parsed.terms, errors: [] });
      expect(serializeQuery(again.terms)).to.equal(serialized);
    }
  });

  it('round-trips random valid terms, whatever their values hold', function () {
    this.timeout(120_000);
    const random = seededRandom(7);
    const randomValue = (): string => {
      let value = '';
      const length = 1 + Math.floor(random() * 8);
      for (let i = 0; i < length; i++) value += pick(random, PIECES);
      return value;
    };
    const randomIp = (): string => {
      if (random() < 0.5) {
        const octets = Array.from({ length: 4 }, () => Math.floor(random() * 256)).join('.');
        return random() < 0.5 ? octets : `${octets}/${Math.floor(random() * 33)}`;
      }
      const groups = Array.from({ length: 8 }, () => Math.floor(random() * 0x10000).toString(16));
      if (random() < 0.5) groups.splice(2, 3, '');
      const address = groups.join(':').replace(':::', '::');
      return random() < 0.5 ? address : `${address}/${Math.floor(random() * 129)}`;
    };
    for (let run = 0; run < 2000; run++) {
      const terms: Term[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        const key = pick(random, ['text', ...QUERY_KEYS] as const);
        const negated = random() < 0.3;
        let value: string;
        if (key === 'method') value = pick(random, HTTP_METHODS);
        else if (key === 'type') value = pick(random, ['web', 'api']);
        else if (key === 'is') value = pick(random, IS_VALUES);
        else if (key === 'ip') value = randomIp();
        else value = randomValue();
        if (!value.trim()) continue;
        const parsedValue = parseQuery(`ip:${value}`).terms[0];
        terms.push(key === 'ip' ? { key, value, negated, ...(parsedValue?.cidr ? { cidr: parsedValue.cidr } : {}) } : { key, value, negated });
      }
      const text = serializeQuery(terms);
      expect(parseQuery(text), `run ${run}: ${JSON.stringify(terms)} → ${JSON.stringify(text)}`).to.deep.equal({ terms, errors: [] });
    }
  });

  it('parses long text, glued terms and an unterminated quote', function () {
    this.timeout(60_000);
    const random = seededRandom(3);
    let text = '';
    while (text.length < 400_000) text += `${pick(random, PIECES)}${pick(random, PIECES)} `;
    const parsed = parseQuery(text);
    checkWellFormed(text, parsed);
    const glued = 'admin:"a"url:"b"'.repeat(25_000);
    expect(parseQuery(glued).terms).to.have.length(50_000);
    const unterminated = `admin:"${'x'.repeat(400_000)}`;
    expect(parseQuery(unterminated).errors[0]).to.deep.include({ start: 6, end: unterminated.length });
  });
});
