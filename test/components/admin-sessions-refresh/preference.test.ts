import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import type { AdminSessionsRefresh } from '../../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import {
  readRefreshPreference,
  refreshPreferenceKey,
  writeRefreshPreference,
  type PreferenceStorage,
} from '../../../src/data/refresh/refresh-preference.js';
import { PREFERENCE_KEY, forgetChoice, mustPart } from './helpers.js';

/** A storage that keeps items in a Map, so the helper can be tested without the page's localStorage. */
function memoryStorage(): PreferenceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const throwingStorage: PreferenceStorage = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('refresh preference helper', () => {
  it('keys the choice by page', () => {
    expect(refreshPreferenceKey('/admin/sessions')).to.equal('admin-sessions:refresh:/admin/sessions');
    expect(refreshPreferenceKey()).to.equal(`admin-sessions:refresh:${location.pathname}`);
  });

  it('reads back what it wrote', () => {
    const storage = memoryStorage();
    expect(readRefreshPreference('k', storage)).to.equal(null);
    expect(writeRefreshPreference({ enabled: true, interval: 30 }, 'k', storage)).to.equal(true);
    expect(JSON.parse(storage.items.get('k')!)).to.deep.equal({ enabled: true, interval: 30 });
    expect(readRefreshPreference('k', storage)).to.deep.equal({ enabled: true, interval: 30 });
  });

  it('keeps only the well-formed fields and ignores anything else', () => {
    const storage = memoryStorage();
    storage.items.set('a', JSON.stringify({ enabled: 'yes', interval: 10 }));
    storage.items.set('b', JSON.stringify({ enabled: false, interval: -1 }));
    storage.items.set('c', '{not json');
    storage.items.set('d', '42');
    expect(readRefreshPreference('a', storage)).to.deep.equal({ interval: 10 });
    expect(readRefreshPreference('b', storage)).to.deep.equal({ enabled: false });
    expect(readRefreshPreference('c', storage)).to.equal(null);
    expect(readRefreshPreference('d', storage)).to.equal(null);
  });

  it('survives storage that throws or is missing', () => {
    expect(readRefreshPreference('k', throwingStorage)).to.equal(null);
    expect(writeRefreshPreference({ enabled: true, interval: 5 }, 'k', throwingStorage)).to.equal(false);
    expect(readRefreshPreference('k', null)).to.equal(null);
    expect(writeRefreshPreference({ enabled: true, interval: 5 }, 'k', null)).to.equal(false);
  });
});

describe('<admin-sessions-refresh> remembers the choice per page', () => {
  beforeEach(forgetChoice);
  afterEach(forgetChoice);

  async function chooseInterval(el: AdminSessionsRefresh, seconds: number): Promise<void> {
    const select = mustPart<HTMLSelectElement>(el, 'interval');
    select.value = String(seconds);
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  it('restores the switch and the interval when the element is created again', async () => {
    const first = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh></admin-sessions-refresh>`);
    mustPart(first, 'switch').click();
    await chooseInterval(first, 30);
    expect(readRefreshPreference()).to.deep.equal({ enabled: true, interval: 30 });
    first.remove();

    const second = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh></admin-sessions-refresh>`);
    expect(second.enabled).to.equal(true);
    expect(second.interval).to.equal(30);
    expect(mustPart(second, 'switch').getAttribute('aria-checked')).to.equal('true');
    expect(mustPart<HTMLSelectElement>(second, 'interval').value).to.equal('30');
  });

  it('lets attributes set by the page win, field by field', async () => {
    writeRefreshPreference({ enabled: true, interval: 30 });
    const intervalOnly = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh interval="10"></admin-sessions-refresh>`);
    expect(intervalOnly.interval).to.equal(10);
    expect(intervalOnly.enabled).to.equal(true); // not given by the page: remembered

    const both = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh enabled interval="2"></admin-sessions-refresh>`);
    expect(both.interval).to.equal(2);
    expect(both.enabled).to.equal(true);

    writeRefreshPreference({ enabled: false, interval: 30 });
    const enabledOnly = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh enabled></admin-sessions-refresh>`);
    expect(enabledOnly.enabled).to.equal(true);
    expect(enabledOnly.interval).to.equal(30);
  });

  it('lets properties set before attaching win too (as <admin-sessions> sets them)', async () => {
    writeRefreshPreference({ enabled: true, interval: 30 });
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh .enabled=${false} .interval=${60}></admin-sessions-refresh>`);
    expect(el.enabled).to.equal(false);
    expect(el.interval).to.equal(60);
  });

  it('stays usable when storage throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = throwingStorage.getItem;
    Storage.prototype.setItem = throwingStorage.setItem;
    try {
      const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh></admin-sessions-refresh>`);
      expect(el.enabled).to.equal(false);
      const change = oneEvent(el, 'admin-sessions-refresh-change');
      mustPart(el, 'switch').click();
      expect((await change).detail).to.deep.equal({ enabled: true, interval: 5 });
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
    expect(localStorage.getItem(PREFERENCE_KEY)).to.equal(null);
  });
});
