import { expect } from '@open-wc/testing';
import { nativeParams, parseNativePage } from '../../src/data/adapters/native.js';
import { DEFAULT_QUERY } from '../../src/data/query.js';
import { SESSION_ENTRY_KEYS } from '../../src/data/entry.js';
import nativePage from '../fixtures/native/page.json';

describe('native adapter', () => {
  const signal = new AbortController().signal;

  it('reads entries with offsets, null admins and plain (not escaped) strings', () => {
    const page = parseNativePage(nativePage);
    expect(page.total).to.equal(3);
    expect(page.nextCursor).to.equal('c2');
    const [first, second, third] = page.entries;
    expect(new Date(first!.time).toISOString()).to.equal('2025-12-15T12:03:22.000Z');
    expect(first!.admin).to.deep.equal({ id: 'a1', name: "Seán O'Brien", email: 'o.brien@example.com' });
    expect(first!.url).to.equal('https://panel.example.com/admin/x?a=1&amp;b=<b>');
    expect(second!.admin).to.equal(null);
    expect(second!.type).to.equal('API');
    expect(third!.method).to.equal('DELETE');
    for (const entry of page.entries) expect(Object.keys(entry)).to.have.members([...SESSION_ENTRY_KEYS]);
  });

  it('skips entries without an id or a readable time', () => {
    const page = parseNativePage({ entries: [{ id: 'x', time: 'yesterday' }, { time: '2025-01-01T00:00:00Z' }], next_cursor: null });
    expect(page.entries).to.deep.equal([]);
    expect(page.nextCursor).to.equal(null);
  });

  it('rejects a body without entries', () => {
    expect(() => parseNativePage({ rows: [] })).to.throw(/not a session log page/);
  });

  it('sends range, keyword, hide_me, sort, cursor and newer_than', () => {
    const query = { ...DEFAULT_QUERY, from: Date.UTC(2025, 0, 1), to: null, q: 'bob', hideMe: true, sort: 'ip' as const, order: 'asc' as const };
    const params = nativeParams({ query, cursor: 'abc', newerThan: null, limit: 25, signal });
    expect(Object.fromEntries(params)).to.deep.equal({
      limit: '25', from: '2025-01-01T00:00:00.000Z', q: 'bob', hide_me: '1', sort: 'ip', order: 'asc', cursor: 'abc',
    });
    const newer = nativeParams({ query: DEFAULT_QUERY, cursor: null, newerThan: parseNativePage(nativePage).entries[0]!, limit: 25, signal });
    expect(newer.get('newer_than')).to.equal('e1');
    expect(newer.has('cursor')).to.equal(false);
  });
});
