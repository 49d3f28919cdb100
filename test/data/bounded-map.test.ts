import { expect } from '@open-wc/testing';
import '../helpers/insights.js';
import { BoundedMap } from '../../src/data/bounded-map.js';
import { FULL_CAPABILITIES } from '../../src/data/adapters/index.js';
import { splitSearch } from '../../src/data/view.js';

describe('BoundedMap', () => {
  it('keeps at most its limit, letting go of the least recently used key', () => {
    const map = new BoundedMap<string, number>(3);
    map.set('a', 1).set('b', 2).set('c', 3);
    expect(map.get('a')).to.equal(1); // a is now the most recently used
    map.set('d', 4);
    expect([...map.keys()]).to.deep.equal(['c', 'a', 'd']);
    expect(map.has('b')).to.equal(false);
    map.set('c', 30); // setting a kept key uses it too
    map.set('e', 5);
    expect([...map.entries()]).to.deep.equal([['d', 4], ['c', 30], ['e', 5]]);
    expect(map.size).to.equal(3);
  });

  it('reads a missing key as undefined without adding it, and keeps a stored undefined', () => {
    const map = new BoundedMap<string, number | undefined>(2);
    expect(map.get('x')).to.equal(undefined);
    expect(map.size).to.equal(0);
    map.set('u', undefined);
    expect(map.has('u')).to.equal(true);
    expect(map.get('u')).to.equal(undefined);
  });

  it('refuses a limit below one', () => {
    expect(() => new BoundedMap(0)).to.throw(RangeError);
    expect(() => new BoundedMap(1.5)).to.throw(RangeError);
  });

  it('bounds the memo of parsed searches however many different texts an admin types', () => {
    const first = splitSearch('admin:alice', FULL_CAPABILITIES);
    expect(splitSearch('admin:alice', FULL_CAPABILITIES)).to.equal(first, 'memoized');
    for (let i = 0; i < 5000; i++) splitSearch(`ip:10.0.${i >> 8}.${i & 255}`, FULL_CAPABILITIES);
    // Let go long ago: parsed afresh (an equal, new object).
    const again = splitSearch('admin:alice', FULL_CAPABILITIES);
    expect(again).to.not.equal(first);
    expect(again).to.deep.equal(first);
  });
});
