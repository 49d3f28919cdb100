import { expect } from '@open-wc/testing';
import type { LinkedView } from '../../src/data/deep-link.js';
import { makeView, readSavedViews, readViewLink, viewLink, viewMatcher, writeSavedViews, type ViewStorage } from '../../src/data/saved-views.js';
import { makeEntries } from '../helpers/entries.js';
import { recordWarnings } from '../helpers/controller-host.js';

const VIEW: LinkedView = { range: '24h', from: null, to: null, q: 'admin:bob -url:"bell notification"', hideMe: true, sort: 'ip', order: 'asc', timeZone: 'utc' };

function storage(initial: Record<string, string> = {}): ViewStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

let keys = 0;
const freshKey = () => `test-views-${keys++}-${Math.random().toString(36).slice(2)}`;

describe('saved views (data)', () => {
  it('stores a view as its deep link and reads it back the same', () => {
    const link = viewLink(VIEW);
    expect(link).to.match(/^\?as\./);
    expect(readViewLink(link)).to.deep.equal({ view: VIEW, defect: null });
  });

  it('reports why a stored link no longer parses', () => {
    expect(readViewLink(42).defect).to.deep.equal({ field: 'link' });
    expect(readViewLink('?as.q=x').defect, 'no range at all').to.deep.equal({ field: 'range' });
    expect(readViewLink('?as.range=99y').defect).to.deep.equal({ field: 'range' });
    expect(readViewLink('?as.from=yesterday').defect).to.deep.equal({ field: 'from' });
    expect(readViewLink('?as.range=1h&as.sort=colour').defect).to.deep.equal({ field: 'sort' });
    expect(readViewLink('?as.range=1h&as.order=up').defect).to.deep.equal({ field: 'order' });
    const quote = readViewLink('?as.range=1h&as.q=%22open').defect;
    expect(quote?.field).to.equal('query');
  });

  it('skips entries that are not views with one warning per key, lists broken ones, and writes both back as they were', async () => {
    const key = freshKey();
    const raw = { views: [{ name: 'Good', link: viewLink(VIEW), watch: true, fold: 'yes' }, { name: 'Broken', link: '?as.range=nope', extra: 1 }, null, 'x', { name: 'Good' }, { link: '?as.range=1h' }], watchBurst: true };
    const store = storage({ [key]: JSON.stringify(raw) });
    let saved = readSavedViews('', null);
    const warnings = await recordWarnings(() => {
      saved = readSavedViews(key, store);
      readSavedViews(key, store);
    });
    expect(warnings, 'said once for this key').to.have.length(1);
    expect(saved.views.map((view) => [view.name, view.defect === null])).to.deep.equal([['Good', true], ['Broken', false]]);
    expect(saved.views[0]!.watch).to.equal(true);
    expect(saved.views[0]!.fold, 'a field of the wrong type is its default').to.equal(false);
    expect(saved.watchBurst).to.equal(true);
    expect(saved.kept).to.deep.equal([null, 'x', { name: 'Good' }, { link: '?as.range=1h' }]);

    writeSavedViews(key, store, { ...saved, views: [...saved.views, makeView('New', VIEW, true, false)] });
    const written = JSON.parse(store.items.get(key)!) as { views: unknown[] };
    expect(written.views).to.deep.equal([raw.views[0], raw.views[1], { name: 'New', link: viewLink(VIEW), fold: true, watch: false }, null, 'x', { name: 'Good' }, { link: '?as.range=1h' }]);
  });

  it('warns once for a key whose entries are malformed', async () => {
    const key = freshKey();
    const store = storage({ [key]: JSON.stringify({ views: [7] }) });
    const warnings = await recordWarnings(() => {
      readSavedViews(key, store);
      readSavedViews(key, store);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('Saved views');
  });

  it('unreadable text gives no views, one warning, and is kept aside by the next write', async () => {
    const key = freshKey();
    const store = storage({ [key]: '[[[' });
    let saved = readSavedViews('', null);
    const warnings = await recordWarnings(() => {
      saved = readSavedViews(key, store);
      readSavedViews(key, store);
    });
    expect(warnings, 'said once').to.have.length(1);
    expect(saved.views).to.deep.equal([]);
    writeSavedViews(key, store, saved);
    expect(store.items.get(`${key}:unreadable`)).to.equal('[[[');
    expect(JSON.parse(store.items.get(key)!).views).to.deep.equal([]);
  });

  it('matches new rows as the view would show them', () => {
    const rows = makeEntries(10);
    const matches = viewMatcher({ ...VIEW, q: 'method:POST', hideMe: true }, 'bob@example.com', new Map());
    const shown = rows.filter(matches);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((row) => row.method === 'POST' && row.admin!.email !== 'bob@example.com')).to.equal(true);
    expect(rows.filter(viewMatcher({ ...VIEW, q: '', from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z', range: null }, null, new Map()))).to.deep.equal([]);
  });
});
