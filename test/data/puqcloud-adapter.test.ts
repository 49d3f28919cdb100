import { expect } from '@open-wc/testing';
import page from '../fixtures/puqcloud/page.json';
import expected from '../fixtures/puqcloud/page.expected.json';
import pageDebug from '../fixtures/puqcloud/page-debug.json';
import pageEmpty from '../fixtures/puqcloud/page-empty.json';
import { parsePuqcloudPage, puqcloudParams } from '../../src/data/adapters/puqcloud.js';
import { DEFAULT_QUERY } from '../../src/data/query.js';
import { formatDmyHms } from '../../src/data/time-zone.js';
import { SESSION_ADMIN_KEYS, SESSION_ENTRY_KEYS } from '../../src/data/entry.js';

const firstPage = { cursor: null, newerThan: null, limit: 10 };

describe('puqcloud adapter: reading pages', () => {
  it('shows every row of page.json as page.expected.json says', () => {
    const { entries } = parsePuqcloudPage(page, 'UTC', firstPage);
    expect(entries.length).to.equal(expected.length);
    entries.forEach((entry, i) => {
      const want = expected[i]!;
      expect(entry.id).to.equal(want.id);
      expect(formatDmyHms(entry.time, 'UTC')).to.equal(
        want.created_at.replace(/^(\d{4})-(\d{2})-(\d{2})/, '$3-$2-$1'),
      );
      expect(entry.ip).to.equal(want.ip);
      expect(entry.admin?.name ?? null).to.equal(want.name);
      expect(entry.admin?.email ?? null).to.equal(want.email);
      expect(entry.type).to.equal(want.type);
      expect(entry.method).to.equal(want.method);
      expect(entry.url).to.equal(want.url);
    });
  });

  it('decodes entities exactly once and handles a null last name and a deleted admin', () => {
    const { entries } = parsePuqcloudPage(page, 'UTC', firstPage);
    expect(entries[2]!.admin!.name).to.equal("Seán O'Brien");
    expect(entries[4]!.admin!.name).to.equal('Ops');
    expect(entries[6]!.admin).to.equal(null);
    const doubleEscaped = structuredClone(page);
    doubleEscaped.data.original.data[0]!.url = 'https://p.example/a?x=1&amp;amp;y=2';
    expect(parsePuqcloudPage(doubleEscaped, 'UTC', firstPage).entries[0]!.url).to.equal('https://p.example/a?x=1&amp;y=2');
  });

  it('keeps only whitelisted fields: no session_id, no admin notes', () => {
    const { entries } = parsePuqcloudPage(pageDebug, 'UTC', firstPage);
    expect(entries.length).to.be.greaterThan(0);
    for (const entry of entries) {
      expect(Object.keys(entry)).to.have.members([...SESSION_ENTRY_KEYS]);
      if (entry.admin) expect(Object.keys(entry.admin)).to.have.members([...SESSION_ADMIN_KEYS]);
      expect(JSON.stringify(entry)).not.to.include('Xk3v9Qd1');
      expect(JSON.stringify(entry)).not.to.include('SELECT');
    }
  });

  it('reads times in the server time zone', () => {
    const utc = parsePuqcloudPage(page, 'UTC', firstPage).entries[0]!;
    const kyiv = parsePuqcloudPage(page, 'Europe/Kyiv', firstPage).entries[0]!;
    expect(new Date(utc.time).toISOString()).to.equal('2025-12-15T14:03:22.000Z');
    expect(utc.time - kyiv.time).to.equal(2 * 3600 * 1000);
  });

  it('treats an empty page and data:null as empty, not an error', () => {
    expect(parsePuqcloudPage(pageEmpty, 'UTC', firstPage).entries).to.deep.equal([]);
    expect(parsePuqcloudPage({ ...pageEmpty, data: null }, 'UTC', firstPage).entries).to.deep.equal([]);
  });

  it('gives a next cursor while rows remain and none at the end', () => {
    const next = parsePuqcloudPage(page, 'UTC', { cursor: '0', newerThan: null, limit: 7 });
    expect(next.nextCursor).to.equal('7');
    expect(next.total).to.equal(1532);
    expect(parsePuqcloudPage(page, 'UTC', { cursor: '0', newerThan: null, limit: 10 }).nextCursor).to.equal(null);
  });

  it('rejects a body of the wrong shape with a readable error', () => {
    expect(() => parsePuqcloudPage({ data: { original: {} } }, 'UTC', firstPage)).to.throw(/not a session log page/);
    expect(() => parsePuqcloudPage([1, 2], 'UTC', firstPage)).to.throw(/not a session log page/);
  });
});

describe('puqcloud adapter: building requests', () => {
  const signal = new AbortController().signal;
  it('sends DataTables paging, date order, dates in the server zone and hide_me as 0/1', () => {
    const query = { ...DEFAULT_QUERY, from: Date.UTC(2025, 11, 14, 13), to: Date.UTC(2025, 11, 16, 13), q: ' puq ', hideMe: true };
    const params = puqcloudParams({ query, cursor: '50', newerThan: null, limit: 50, signal }, 7, 'Europe/Kyiv');
    expect(params.get('draw')).to.equal('7');
    expect(params.get('start')).to.equal('50');
    expect(params.get('length')).to.equal('50');
    expect(params.get('search[value]')).to.equal('puq');
    expect(params.get('order[0][column]')).to.equal('0');
    expect(params.get('order[0][dir]')).to.equal('desc');
    expect(params.get('start_date')).to.equal('14-12-2025 15:00:00');
    expect(params.get('end_date')).to.equal('16-12-2025 15:00:00');
    expect(params.get('hide_me')).to.equal('1');
    const off = puqcloudParams({ query: DEFAULT_QUERY, cursor: null, newerThan: null, limit: 50, signal }, 1, 'UTC');
    expect(off.get('hide_me')).to.equal('0');
    expect(off.get('length')).to.not.equal('-1');
  });

  it('asks only for entries since the newest shown one and drops what it already has', () => {
    const { entries } = parsePuqcloudPage(page, 'UTC', firstPage);
    const newest = entries[0]!;
    const params = puqcloudParams({ query: DEFAULT_QUERY, cursor: null, newerThan: newest, limit: 50, signal }, 2, 'UTC');
    expect(params.get('start_date')).to.equal('15-12-2025 14:03:22');
    expect(params.get('start')).to.equal('0');
    const again = parsePuqcloudPage(page, 'UTC', { cursor: null, newerThan: newest, limit: 50 });
    expect(again.entries.map((e) => e.id)).to.not.include(newest.id);
  });
});
