import { expect } from '@open-wc/testing';
import type { SessionEntry } from '../../../src/data/entry.js';
import { collapseRepeats } from '../../../src/data/insights/collapse.js';
import { expectFast } from './bench.js';
import { entry, OPS, SEAN, T0 } from './entry.js';

const BELL = 'https://panel.example.com/admin/api/my_account/bell_notification';
const S = 1000;

describe('collapsing repeated requests', () => {
  it('folds a run of the same request (query ignored) into its newest entry with a count and time span', () => {
    const rows = [
      entry({ id: 'b3', time: T0 + 30 * S, url: `${BELL}?t=3` }),
      entry({ id: 'b2', time: T0 + 15 * S, url: `${BELL}?t=2` }),
      entry({ id: 'b1', time: T0, url: BELL }),
      entry({ id: 'edit', time: T0 - S, method: 'POST' }),
    ];
    const rows2 = collapseRepeats(rows);
    expect(rows2).to.deep.equal([
      { entry: rows[0], count: 3, firstTime: T0, lastTime: T0 + 30 * S, ids: ['b3', 'b2', 'b1'] },
      { entry: rows[3], count: 1, firstTime: T0 - S, lastTime: T0 - S, ids: ['edit'] },
    ]);
  });

  it('picks the newest entry of a run whatever the order given', () => {
    const rows = [entry({ id: 'old', time: T0 }), entry({ id: 'new', time: T0 + 5 * S }), entry({ id: 'mid', time: T0 + 2 * S })];
    const [row] = collapseRepeats(rows);
    expect(row!.entry.id).to.equal('new');
    expect(row).to.deep.include({ count: 3, firstTime: T0, lastTime: T0 + 5 * S });
    expect(row!.ids).to.deep.equal(['old', 'new', 'mid']);
  });

  it('breaks a run on a different admin, IP, method or path, and only folds neighbours', () => {
    const base = { url: BELL };
    const rows = [
      entry({ id: '1', ...base }),
      entry({ id: '2', ...base, admin: SEAN }),
      entry({ id: '3', ...base, ip: '10.0.0.9' }),
      entry({ id: '4', ...base, method: 'POST' }),
      entry({ id: '5', url: `${BELL}/x` }),
      entry({ id: '6', ...base }),
      entry({ id: '7', ...base }),
    ];
    expect(collapseRepeats(rows).map((r) => r.ids)).to.deep.equal([['1'], ['2'], ['3'], ['4'], ['5'], ['6', '7']]);
  });

  it('compares admins by id, else by email; deleted admins and missing IPs fold with their like', () => {
    const noId = (email: string): SessionEntry['admin'] => ({ id: null, name: 'Ghost', email });
    const rows = [
      entry({ id: '1', admin: { ...OPS, name: 'Renamed' } }),
      entry({ id: '2', admin: OPS }),
      entry({ id: '3', admin: noId('g@example.com') }),
      entry({ id: '4', admin: noId('G@example.com') }),
      entry({ id: '5', admin: noId('other@example.com') }),
      entry({ id: '6', admin: null, ip: null }),
      entry({ id: '7', admin: null, ip: null }),
      entry({ id: '8', admin: OPS, ip: null }),
    ];
    expect(collapseRepeats(rows).map((r) => r.ids)).to.deep.equal([['1', '2'], ['3', '4'], ['5'], ['6', '7'], ['8']]);
  });

  it('returns nothing for nothing, and is linear on 100,000 entries', () => {
    expect(collapseRepeats([])).to.deep.equal([]);
    const many = Array.from({ length: 100_000 }, (_, i) => entry({ id: `e${i}`, time: T0 - i * S, url: i % 50 < 40 ? `${BELL}?t=${i}` : `/c/${i}` }));
    expectFast(
      () => collapseRepeats(many),
      () => many.map((e) => ({ entry: e, ids: [e.id] })),
    );
    const rows = collapseRepeats(many);
    expect(rows.length).to.equal(2000 + 20_000);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).to.equal(100_000);
  });
});
