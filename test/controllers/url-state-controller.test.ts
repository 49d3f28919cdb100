import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import sinon from 'sinon';
import { installFakeClock } from '../helpers/fake-clock.js';
import { UrlStateController } from '../../src/controllers/url-state-controller.js';
import type { SortColumn, SortOrder } from '../../src/data/query.js';

/** A throwaway element with the attributes a deep link carries, wired as `<admin-sessions>` wires the controller. */
class UrlStateProbe extends LitElement {
  @property() range = '24h';
  @property() from: string | null = null;
  @property() to: string | null = null;
  @property() query = '';
  @property({ type: Boolean, attribute: 'hide-me' }) hideMe = false;
  @property() sort: SortColumn = 'time';
  @property() order: SortOrder = 'desc';
  @property({ attribute: 'time-zone' }) timeZone = 'local';
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  viewChanges = 0;
  readonly url = new UrlStateController(this, () => this.viewChanges++);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.url.update(changed.has('syncUrl'));
  }

  protected override render(): TemplateResult {
    return html`${this.range} ${this.query}`;
  }
}
customElements.define('url-state-probe', UrlStateProbe);

describe('UrlStateController', () => {
  let original: string;
  let push: sinon.SinonSpy;
  let replace: sinon.SinonSpy;

  beforeEach(() => {
    original = location.href;
    push = sinon.spy(history, 'pushState');
    replace = sinon.spy(history, 'replaceState');
  });

  afterEach(() => {
    sinon.restore();
    history.replaceState(null, '', original);
  });

  /** Puts `search` in the page URL without the spies seeing it. */
  function setSearch(search: string): void {
    const url = new URL(original);
    url.search = search;
    replace.wrappedMethod.call(history, null, '', url.href);
  }

  const param = (name: string) => new URL(location.href).searchParams.get(`as.${name}`);

  it('with sync-url, reads the view from the URL on the first update', async () => {
    setSearch('?keep=1&as.range=7d&as.q=alice&as.hide_me=1&as.sort=ip&as.order=asc&as.tz=UTC');
    const el = await fixture<UrlStateProbe>(html`<url-state-probe sync-url></url-state-probe>`);
    expect({ range: el.range, query: el.query, hideMe: el.hideMe, sort: el.sort, order: el.order, timeZone: el.timeZone }).to.deep.equal({
      range: '7d',
      query: 'alice',
      hideMe: true,
      sort: 'ip',
      order: 'asc',
      timeZone: 'UTC',
    });
    expect(push.called, 'reading adds no history entry').to.equal(false);
    expect(new URL(location.href).searchParams.get('keep'), 'the page’s own parameters stay').to.equal('1');
    expect(el.viewChanges).to.equal(0);
    expect(el.shadowRoot!.textContent).to.include('7d');
  });

  it('an absolute range in the URL replaces the relative one', async () => {
    setSearch('?as.from=2025-06-01T00:00:00.000Z&as.to=2025-06-02T00:00:00.000Z');
    const el = await fixture<UrlStateProbe>(html`<url-state-probe sync-url range="1h"></url-state-probe>`);
    expect(el.from).to.equal('2025-06-01T00:00:00.000Z');
    expect(el.to).to.equal('2025-06-02T00:00:00.000Z');
    expect(el.url.view.range).to.equal(null);
  });

  it('without sync-url, neither reads nor writes the URL', async () => {
    setSearch('?as.range=7d');
    const el = await fixture<UrlStateProbe>(html`<url-state-probe></url-state-probe>`);
    expect(el.range).to.equal('24h');
    el.range = '1h';
    el.query = 'bob';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent, 'the change was rendered').to.include('1h bob');
    expect(push.called || replace.called).to.equal(false);
    expect(param('range')).to.equal('7d');
  });

  it('a search gets its own entry, its keystrokes replace it until it settles; other changes push', async () => {
    const clock = installFakeClock(Date.now());
    try {
      const el = await fixture<UrlStateProbe>(html`<url-state-probe sync-url></url-state-probe>`);
      expect(push.callCount + replace.callCount, 'the view read from a URL without one is not written back').to.equal(0);

      el.query = 'ali';
      await el.updateComplete;
      expect(param('q')).to.equal('ali');
      expect([push.callCount, replace.callCount], 'a new search: an entry').to.deep.equal([1, 0]);

      clock.tick(999);
      el.query = 'alice';
      await el.updateComplete;
      expect(param('q')).to.equal('alice');
      expect([push.callCount, replace.callCount], 'still typing it: the same entry').to.deep.equal([1, 1]);

      clock.tick(1_000);
      el.query = 'bob';
      await el.updateComplete;
      expect([push.callCount, replace.callCount], 'a second later it had settled: a new entry').to.deep.equal([2, 1]);

      el.range = '7d';
      await el.updateComplete;
      expect(param('range')).to.equal('7d');
      expect(push.callCount).to.equal(3);

      el.query = 'carol';
      await el.updateComplete;
      expect([push.callCount, replace.callCount], 'a search right after a range change keeps that change’s entry').to.deep.equal([4, 1]);

      el.url.settle(false);
      el.query = 'dave';
      await el.updateComplete;
      expect([push.callCount, replace.callCount], 'settled (Enter): the next search is a new entry at once').to.deep.equal([5, 1]);

      // Enter while the last keystrokes wait: they join the search's entry, which then settles.
      el.query = 'dave smith';
      el.url.settle(true);
      await el.updateComplete;
      el.query = 'erin';
      await el.updateComplete;
      expect([push.callCount, replace.callCount]).to.deep.equal([6, 2]);

      el.hideMe = true;
      await el.updateComplete;
      expect(param('hide_me')).to.equal('1');
      expect(el.viewChanges, 'each written change makes a copied link stale').to.equal(9);

      // An update that changes nothing in the view writes nothing.
      el.requestUpdate();
      await el.updateComplete;
      expect(push.callCount + replace.callCount).to.equal(9);
    } finally {
      clock.restore();
    }
  });

  it('Back to an entry restores its whole view: left-out fields are their defaults, the page as opened its starting view', async () => {
    setSearch('');
    const el = await fixture<UrlStateProbe>(html`<url-state-probe sync-url range="7d" sort="ip"></url-state-probe>`);
    el.query = 'alice';
    el.hideMe = true;
    el.from = '2025-06-01T00:00:00.000Z';
    await el.updateComplete;
    setSearch('?as.range=1h');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect({ range: el.range, from: el.from, query: el.query, hideMe: el.hideMe, sort: el.sort }).to.deep.equal({
      range: '1h',
      from: null,
      query: '',
      hideMe: false,
      sort: 'time',
    });
    setSearch('');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect({ range: el.range, query: el.query, sort: el.sort }, 'the view the page started with').to.deep.equal({ range: '7d', query: '', sort: 'ip' });
  });

  it('Back/Forward (popstate) sets the host’s attributes from the URL, without writing it again', async () => {
    const el = await fixture<UrlStateProbe>(html`<url-state-probe sync-url></url-state-probe>`);
    setSearch('?as.range=1h&as.q=carol&as.sort=method');
    push.resetHistory();
    replace.resetHistory();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(el.range).to.equal('1h');
    expect(el.query).to.equal('carol');
    expect(el.sort).to.equal('method');
    expect(el.shadowRoot!.textContent).to.include('1h');
    expect(push.callCount + replace.callCount, 'the URL already says so').to.equal(0);
  });

  it('stops listening to popstate when disconnected, and listens again when reconnected', async () => {
    const el = await fixture<UrlStateProbe>(html`<url-state-probe sync-url></url-state-probe>`);
    const parent = el.parentElement!;
    const removed = sinon.spy(window, 'removeEventListener');
    el.remove();
    expect(removed.calledWith('popstate')).to.equal(true);
    setSearch('?as.range=30d');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(el.range, 'a detached element ignores Back/Forward').to.equal('24h');

    parent.append(el);
    await el.updateComplete;
    setSearch('?as.range=15m');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(el.range).to.equal('15m');
  });
});
