import { expect } from '@open-wc/testing';
import { ViewsController, type ViewsHost, type WatchedRows } from '../../src/controllers/views-controller.js';
import type { SessionEntry } from '../../src/data/entry.js';
import type { UnusualMark } from '../../src/data/insights/unusual.js';
import type { SortColumn, SortOrder } from '../../src/data/query.js';
import { savedViewsKey, type ViewStorage } from '../../src/data/saved-views.js';
import { loadInsights } from '../../src/data/insights/load.js';
import type { LocalizeController } from '../../src/i18n/localize.js';
import { messagesFor } from '../../src/i18n/localize.js';
import { ControllerHost } from '../helpers/controller-host.js';
import { makeEntries } from '../helpers/entries.js';

await loadInsights();

class FakeViewsHost extends ControllerHost implements ViewsHost {
  range = '24h';
  from: string | null = null;
  to: string | null = null;
  query = '';
  hideMe = false;
  sort: SortColumn = 'time';
  order: SortOrder = 'desc';
  timeZone = 'local';
  collapseRepeats = false;
  columns: unknown = undefined;
  currentAdmin: string | null = null;
  cacheKey: string | null = null;
}

class MemoryStorage implements ViewStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const i18n = { msg: messagesFor('en') } as unknown as LocalizeController;

function setUp({ scope = 'scope-a', persistent = true, currentAdmin = null as string | null, storage = new MemoryStorage() as ViewStorage | null, rows = undefined as WatchedRows | undefined } = {}) {
  const host = new FakeViewsHost();
  host.currentAdmin = currentAdmin;
  host.cacheKey = persistent ? 'viewer' : null;
  const views = new ViewsController(host, { scope: () => scope, i18n, storage, rows });
  host.connect();
  return { host, views, storage, setScope: (next: string) => ((scope = next), host.update()) };
}

/** New rows as a refresh hands them over. */
const arrival = (entries: SessionEntry[], marks = new Map<string, UnusualMark>()) =>
  [{ entries, newIds: new Set(entries.map((entry) => entry.id)) }, marks] as const;

describe('ViewsController', () => {
  const title = document.title;
  beforeEach(() => (document.title = 'Panel'));
  afterEach(() => (document.title = title));

  it('saves the host\'s view under a name, refuses empty and taken names, and a new controller on the same scope reads it back', () => {
    const { host, views, storage } = setUp();
    host.query = 'method:POST';
    host.range = '7d';
    host.hideMe = true;
    host.collapseRepeats = true;
    host.columns = { hidden: ['ip'] };
    expect(views.save('  ')).to.equal('empty');
    expect(views.save(' Posts ')).to.equal(null);
    expect(views.save('Posts')).to.equal('taken');
    expect(views.views.map((view) => view.name)).to.deep.equal(['Posts']);

    const again = setUp({ storage }).views;
    const [posts] = again.views;
    expect(posts!.view).to.include({ q: 'method:POST', range: '7d', hideMe: true });
    expect(posts!.fold).to.equal(true);
    expect(posts!.columns, 'columns passed through as they were').to.deep.equal({ hidden: ['ip'] });
  });

  it('applies a view to the host: range, search, Hide me, sort, zone, fold and columns', () => {
    const { host, views } = setUp();
    Object.assign(host, { from: '2025-06-01T00:00:00.000Z', to: '2025-06-02T00:00:00.000Z', query: 'admin:bob', sort: 'ip', order: 'asc', timeZone: 'utc', collapseRepeats: true, columns: ['a'] });
    views.save('Fixed');
    Object.assign(host, { from: null, to: null, range: '1h', query: '', sort: 'time', order: 'desc', timeZone: 'local', collapseRepeats: false, columns: undefined });
    views.apply('Fixed');
    expect(host).to.include({ from: '2025-06-01T00:00:00.000Z', to: '2025-06-02T00:00:00.000Z', query: 'admin:bob', sort: 'ip', order: 'asc', timeZone: 'utc', collapseRepeats: true });
    expect(host.columns).to.deep.equal(['a']);
  });

  it('renames (keeping its count), deletes and restores a view in its place', () => {
    const { views } = setUp();
    views.save('A');
    views.save('B');
    views.watch('A', true);
    views.arrived(...arrival(makeEntries(2)));
    expect(views.count('A')).to.equal(2);
    expect(views.rename('A', 'B')).to.equal('taken');
    expect(views.rename('A', 'A2')).to.equal(null);
    expect(views.count('A2')).to.equal(2);
    const removed = views.remove('A2')!;
    expect(views.views.map((view) => view.name)).to.deep.equal(['B']);
    expect(views.total, 'a deleted view\'s count goes').to.equal(0);
    views.restore(removed);
    expect(views.views.map((view) => view.name)).to.deep.equal(['A2', 'B']);
  });

  it('counts only new rows that match a watched view (its search, Hide me and absolute range)', () => {
    const { host, views } = setUp({ currentAdmin: 'alice@example.com' });
    host.query = 'method:POST';
    host.hideMe = true;
    views.save('Posts, not mine');
    views.watch('Posts, not mine', true);
    host.query = 'method:GET';
    host.hideMe = false;
    views.save('Unwatched gets');
    Object.assign(host, { range: '24h', from: '2020-01-01T00:00:00.000Z', to: '2020-01-02T00:00:00.000Z', query: '' });
    views.save('Long ago');
    views.watch('Long ago', true);

    // makeEntries: admins alice, bob, o.brien in turn; methods GET, POST, PUT, PATCH, DELETE in turn.
    const rows = makeEntries(15);
    views.arrived(...arrival(rows));
    const postsNotAlice = rows.filter((row) => row.method === 'POST' && row.admin!.email !== 'alice@example.com').length;
    expect(postsNotAlice).to.be.greaterThan(0);
    expect(views.count('Posts, not mine')).to.equal(postsNotAlice);
    expect(views.count('Unwatched gets')).to.equal(0);
    expect(views.count('Long ago'), 'rows outside an absolute range').to.equal(0);
  });

  it('counts marked rows for the built-in watches only when they are on', () => {
    const { views } = setUp();
    const rows = makeEntries(3);
    const marks = new Map<string, UnusualMark>([
      [rows[0]!.id, { newIp: { reason: 'new' } }],
      [rows[1]!.id, { burst: { reason: 'burst', count: 10, windowMs: 60_000 } }],
    ]);
    views.arrived(...arrival(rows, marks));
    expect(views.total).to.equal(0);
    views.watchMarks('newIp', true);
    views.arrived(...arrival(rows, marks));
    expect(views.markCount('newIp')).to.equal(1);
    expect(views.markCount('burst')).to.equal(0);
    views.watchMarks('burst', true);
    views.arrived(...arrival(rows, marks));
    expect([views.markCount('newIp'), views.markCount('burst')]).to.deep.equal([2, 1]);
  });

  it('hands the rows each refresh added to the watches once, at the next update', () => {
    const rows = { log: { entries: makeEntries(5), newIds: new Set<string>() as ReadonlySet<string> }, view: { marks: new Map<string, UnusualMark>() } };
    const { host, views } = setUp({ rows });
    views.save('All');
    views.watch('All', true);
    host.update();
    expect(views.count('All'), 'nothing new yet').to.equal(0);
    rows.log = { ...rows.log, newIds: new Set(['e0', 'e1']) };
    host.update();
    host.update();
    expect(views.count('All'), 'counted once').to.equal(2);
    rows.log = { ...rows.log, newIds: new Set() };
    host.update();
    expect(views.count('All'), 'a refresh that added nothing').to.equal(2);
  });

  it('puts the total in the document title and restores it when seen, or when the host leaves', () => {
    const { views, host } = setUp();
    views.watchMarks('newIp', true);
    const rows = makeEntries(2);
    const marks = new Map<string, UnusualMark>(rows.map((row) => [row.id, { newIp: { reason: 'new' } }]));
    views.arrived(...arrival(rows, marks));
    expect(document.title).to.equal('(2) Panel');
    views.arrived(...arrival(rows.slice(0, 1), marks));
    expect(document.title).to.equal('(3) Panel');
    views.seen();
    expect(document.title).to.equal('Panel');

    views.arrived(...arrival(rows, marks));
    expect(document.title).to.equal('(2) Panel');
    host.disconnect();
    expect(document.title).to.equal('Panel');
    host.connect();
    expect(document.title, 'back in the page, the counts not yet seen').to.equal('(2) Panel');
    views.seen();
    expect(document.title).to.equal('Panel');
  });

  it('leaves a title the page set meanwhile as it is', () => {
    const { views } = setUp();
    views.watchMarks('burst', true);
    const rows = makeEntries(1);
    views.arrived(...arrival(rows, new Map([[rows[0]!.id, { burst: { reason: 'b', count: 10, windowMs: 1 } }]])));
    expect(document.title).to.equal('(1) Panel');
    document.title = 'Another page';
    views.seen();
    expect(document.title).to.equal('Another page');
  });

  it('keeps views per scope: another viewer reads their own; without an identity nothing is stored', () => {
    const storage = new MemoryStorage();
    const { views, setScope } = setUp({ storage });
    views.save('Mine');
    setScope('scope-b');
    expect(views.views).to.deep.equal([]);
    setScope('scope-a');
    expect(views.views.map((view) => view.name)).to.deep.equal(['Mine']);

    const anonymous = setUp({ storage: new MemoryStorage(), persistent: false });
    anonymous.views.save('For now');
    expect(anonymous.views.views.map((view) => view.name), 'kept for the page view').to.deep.equal(['For now']);
    expect((anonymous.storage as MemoryStorage).items.size).to.equal(0);
    expect([...storage.items.keys()]).to.deep.equal([savedViewsKey('scope-a')]);
  });

  it('survives storage that throws (blocked, full)', () => {
    const throwing: ViewStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const { views } = setUp({ storage: throwing });
    expect(views.views).to.deep.equal([]);
    expect(views.save('Still here')).to.equal(null);
    expect(views.views.map((view) => view.name)).to.deep.equal(['Still here']);
  });
});
