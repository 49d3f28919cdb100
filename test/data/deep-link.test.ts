import { expect } from '@open-wc/testing';
import { needsNewHistoryEntry, readLinkedView, writeLinkedView, type LinkedView } from '../../src/data/deep-link.js';

const base: LinkedView = { range: '24h', from: null, to: null, q: '', hideMe: false, sort: 'time', order: 'desc', timeZone: 'local' };

describe('deep links', () => {
  it('writes only what differs from the defaults and keeps the page’s own parameters', () => {
    const href = writeLinkedView('https://panel.example/admin/sessions?tab=2', { ...base, q: 'ip:10.0.0.0/8 -url:bell', hideMe: true, sort: 'admin', order: 'asc', timeZone: 'utc' });
    const url = new URL(href);
    expect(url.searchParams.get('tab')).to.equal('2');
    expect(url.searchParams.get('as.range')).to.equal('24h');
    expect(url.searchParams.get('as.q')).to.equal('ip:10.0.0.0/8 -url:bell');
    expect(url.searchParams.get('as.hide_me')).to.equal('1');
    expect(url.searchParams.get('as.sort')).to.equal('admin');
    expect(url.searchParams.get('as.tz')).to.equal('utc');
    expect(writeLinkedView('https://p.example/x', base)).to.equal('https://p.example/x?as.range=24h');
  });

  it('round-trips a view, absolute ranges included', () => {
    const view = { ...base, range: null, from: '2025-12-14T13:00:00.000Z', to: '2025-12-16T13:00:00.000Z', q: 'a "b c"' };
    const read = readLinkedView(new URL(writeLinkedView('https://p.example/', view)).search);
    expect(read).to.deep.equal({ from: view.from, to: view.to, q: view.q });
  });

  it('replaces the history entry while typing, pushes one for other changes', () => {
    expect(needsNewHistoryEntry(base, { ...base, q: 'o' })).to.equal(false);
    expect(needsNewHistoryEntry(base, { ...base, range: '7d' })).to.equal(true);
    expect(needsNewHistoryEntry(base, { ...base, hideMe: true })).to.equal(true);
  });
});
