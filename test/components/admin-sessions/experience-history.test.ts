import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { AdminSessionsRangeChangeEvent } from '../../../src/events/range-change.js';
import { installFakeClock, type FakeClock } from '../../helpers/fake-clock.js';
import { startWorker } from '../../helpers/msw.js';
import { HOUR, mount, searchBox, hideMeBox, param, back, typeSearch } from './sync-url-helpers.js';

/**
 * Issue 16, points 12 and 7: with `sync-url`, each settled search and each range change is a
 * history entry, and Back shows the view of the entry it lands on, its URL and its controls
 * together; every zoom (a histogram drag, a narrower range) can be undone with "Zoom out".
 */

describe('<admin-sessions> history entries and ways back (sync-url)', () => {
  before(startWorker);
  const original = location.href;
  let clock: FakeClock | null = null;

  beforeEach(() => {
    // Same-document entries behind the test's, so Back never leaves the test page.
    history.replaceState(null, '', original);
    history.pushState(null, '', original);
  });

  afterEach(() => {
    clock?.restore();
    clock = null;
    history.replaceState(null, '', original);
  });

  it('two searches made seconds apart each get an entry: Back shows the first search, then the page as opened', async () => {
    const el = await mount();
    clock = installFakeClock(Date.now());
    await typeSearch(el, clock, 'alice');
    expect(param('q')).to.equal('alice');
    await clock.tickAsync(3_000);
    await typeSearch(el, clock, 'bob');
    expect(param('q')).to.equal('bob');

    await back();
    await el.updateComplete;
    expect(searchBox(el).value, 'Back shows the earlier search').to.equal('alice');
    expect(param('q')).to.equal('alice');

    await back();
    await el.updateComplete;
    expect(searchBox(el).value, 'then the page as it was opened').to.equal('');
    expect(param('q')).to.equal(null);
    expect(el.range).to.equal('7d');
  });

  it('keystrokes of one search share an entry, and Enter settles it at once', async () => {
    const el = await mount();
    clock = installFakeClock(Date.now());
    // Entries added, counted by the calls that add them: `history.length` stops at the browser's cap
    // (50 in Chromium), which a long run of tests in one tab reaches.
    const pushes: string[] = [];
    const push = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pushes.push(String(args[2]));
      return push.apply(this, args);
    };
    try {
      await typeSearch(el, clock, 'ali');
      await clock.tickAsync(400);
      searchBox(el).focus();
      await sendKeys({ type: 'ce' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(param('q'), 'Enter runs the search without waiting').to.equal('alice');
      expect(pushes.length, 'one entry for the whole search').to.equal(1);
      // Typed right after Enter: a new search, its own entry.
      await typeSearch(el, clock, 'bob');
      expect(pushes.length).to.equal(2);
    } finally {
      history.pushState = push;
    }
    await back();
    await el.updateComplete;
    expect(searchBox(el).value).to.equal('alice');
  });

  it('a search typed right after a range change keeps the range change’s entry', async () => {
    const el = await mount();
    clock = installFakeClock(Date.now());
    const range = el.shadowRoot!.querySelector('admin-sessions-range')!;
    range.dispatchEvent(new AdminSessionsRangeChangeEvent({ from: Date.now() - 24 * HOUR, to: null, relative: '24h' }));
    await el.updateComplete;
    expect(param('range')).to.equal('24h');
    await clock.tickAsync(200);
    await typeSearch(el, clock, 'alice');
    expect(param('q')).to.equal('alice');

    await back();
    await el.updateComplete;
    expect({ range: el.range, search: searchBox(el).value }, 'Back shows the new range without the search').to.deep.equal({ range: '24h', search: '' });
    expect([param('range'), param('q')]).to.deep.equal(['24h', null]);
  });

  it('Back restores the view and the URL together: a control changed before comes back with its URL', async () => {
    const el = await mount();
    hideMeBox(el).click();
    await el.updateComplete;
    expect(param('hide_me')).to.equal('1');

    await back();
    await el.updateComplete;
    expect(hideMeBox(el).checked, 'Hide me is off again, as in the URL').to.equal(false);
    expect(param('hide_me')).to.equal(null);
    expect(el.hideMe).to.equal(false);
  });

  it('Back from an absolute range to a relative one shows the relative range again', async () => {
    const el = await mount();
    const range = el.shadowRoot!.querySelector('admin-sessions-range')!;
    const from = Date.now() - 2 * HOUR;
    range.dispatchEvent(new AdminSessionsRangeChangeEvent({ from, to: Date.now(), relative: null }));
    await el.updateComplete;
    expect(param('from')).to.equal(new Date(from).toISOString());

    await back();
    await el.updateComplete;
    expect({ from: el.from, to: el.to, range: el.range }).to.deep.equal({ from: null, to: null, range: '7d' });
    expect(param('from')).to.equal(null);
  });
});
