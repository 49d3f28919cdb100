import { expect } from '@open-wc/testing';
import { appendPage, mergeNewer } from '../../src/data/merge.js';
import { makeEntries } from '../helpers/entries.js';

describe('merging pages by id', () => {
  it('puts new entries on top, drops duplicates and reports what was added', () => {
    const loaded = makeEntries(5);
    const newer = makeEntries(3, Date.UTC(2025, 11, 15, 13), 'n');
    const { entries, added } = mergeNewer(loaded, [...newer, loaded[0]!, newer[1]!]);
    expect(entries.map((e) => e.id)).to.deep.equal(['n0', 'n1', 'n2', 'e0', 'e1', 'e2', 'e3', 'e4']);
    expect(added).to.deep.equal(['n0', 'n1', 'n2']);
  });

  it('places entries that arrive out of time order by time', () => {
    const loaded = makeEntries(3);
    const late = { ...makeEntries(1, Date.UTC(2025, 11, 15, 12) - 1500, 'late')[0]! };
    const { entries } = mergeNewer(loaded, [late]);
    expect(entries.map((e) => e.id)).to.deep.equal(['e0', 'e1', 'late0', 'e2']);
  });

  it('appends a following page without repeating rows the previous page had', () => {
    const loaded = makeEntries(4);
    const next = appendPage(loaded, [loaded[3]!, ...makeEntries(2, Date.UTC(2025, 11, 15, 11), 'p')]);
    expect(next.map((e) => e.id)).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'p0', 'p1']);
  });
});
