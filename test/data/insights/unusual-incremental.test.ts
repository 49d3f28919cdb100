import { expect } from '@open-wc/testing';
import '../../helpers/insights.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { findUnusualActivity, UnusualTracker, type UnusualMark } from '../../../src/data/insights/unusual.js';
import { addedOnTop, unusualMarks } from '../../../src/data/view.js';
import { entry, OPS, SEAN, T0 } from './entry.js';
import { pick, seededRandom } from './random.js';

const S = 1000;
const ADMINS = [OPS, SEAN, { id: 'a-kim', name: 'Kim', email: 'kim@example.com' }, null];
const IPS = ['10.0.0.1', '10.0.0.2', '203.0.113.7', '198.51.100.1', '2001:db8::1', '', '10.0.0.3'];
const METHODS = ['GET', 'GET', 'POST', 'POST', 'POST', 'DELETE', 'PUT'];

/** Marks as one comparable string, for the ids given (sorted). */
function describe_(marks: ReadonlyMap<string, UnusualMark>, ids: readonly string[]): string {
  return [...ids]
    .filter((id) => marks.has(id))
    .sort()
    .map((id) => `${id}: ${JSON.stringify(marks.get(id))}`)
    .join('\n');
}

/** `count` rows newest first, all newer than `after`, a few seconds apart (some in the same second). */
function rowsAfter(random: () => number, after: number, count: number, prefix: string): SessionEntry[] {
  const rows: SessionEntry[] = [];
  let time = after;
  for (let i = 0; i < count; i++) {
    time += 1 + Math.floor(random() * 3) * Math.floor(random() * 4) * S;
    rows.push(entry({ id: `${prefix}${i}`, time, admin: pick(random, ADMINS), ip: pick(random, IPS), method: pick(random, METHODS) }));
  }
  return rows.reverse();
}

describe('unusual activity kept up to date as rows arrive on top', () => {
  it('gives the marks a full pass over every row loaded so far gives, tick after tick, with the bottom let go', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      const CAP = 250;
      let loaded = rowsAfter(random, T0, 200, `s${seed}-r`);
      const ever = [...loaded];
      const tracker = new UnusualTracker();
      tracker.reset(loaded);
      for (let tick = 0; tick < 60; tick++) {
        const fresh = rowsAfter(random, loaded[0]!.time, 1 + Math.floor(random() * 15), `s${seed}-t${tick}-`);
        ever.unshift(...fresh);
        const next = [...fresh, ...loaded].slice(0, CAP);
        const dropped = loaded.slice(next.length - fresh.length);
        expect(tracker.add(fresh, dropped), `seed ${seed} tick ${tick} accepted`).to.equal(true);
        loaded = next;
        const ids = loaded.map((row) => row.id);
        // Rows let go still count as the admin's earlier IPs: the same as a pass over every row ever loaded.
        expect(describe_(tracker.marks, ids), `seed ${seed} tick ${tick}`).to.equal(describe_(findUnusualActivity(ever), ids));
        const stale = [...tracker.marks.keys()].filter((id) => !ids.includes(id));
        expect(stale, `seed ${seed} tick ${tick}: marks of rows let go`).to.deep.equal([]);
      }
      expect(tracker.marks.size, `seed ${seed}: some rows are marked`).to.be.greaterThan(0);
      expect([...tracker.marks.values()].some((mark) => mark.burst), `seed ${seed}: some bursts`).to.equal(true);
    }
  });

  it('raises a burst count on older rows when new changing requests join their window', () => {
    const posts = (from: number, count: number, prefix: string) =>
      Array.from({ length: count }, (_, i) => entry({ id: `${prefix}${i}`, time: T0 + from + i * S, method: 'POST' })).reverse();
    const first = posts(0, 10, 'a');
    const tracker = new UnusualTracker();
    tracker.reset(first);
    expect(tracker.marks.get('a0')?.burst?.count).to.equal(10);
    const fresh = posts(10 * S, 3, 'b');
    expect(tracker.add(fresh)).to.equal(true);
    expect(tracker.marks.get('a0')?.burst?.count).to.equal(13);
    expect(tracker.marks.get('b2')?.burst?.count).to.equal(13);
    expect(describe_(tracker.marks, [...fresh, ...first].map((r) => r.id))).to.equal(
      describe_(findUnusualActivity([...fresh, ...first]), [...fresh, ...first].map((r) => r.id)),
    );
  });

  it('refuses a row older than what it has seen, so the caller judges the list afresh', () => {
    const rows = [entry({ id: '2', time: T0 + 5 * S, ip: '10.0.0.2' }), entry({ id: '1', time: T0, ip: '10.0.0.1' })];
    const tracker = new UnusualTracker();
    tracker.reset(rows);
    const before = describe_(tracker.marks, ['1', '2', 'late']);
    expect(tracker.add([entry({ id: 'late', time: T0 + S, ip: '10.0.0.9' })])).to.equal(false);
    expect(describe_(tracker.marks, ['1', '2', 'late'])).to.equal(before);
  });

  it('goes over only the new rows on a tick, not every loaded one', () => {
    // Every read of `method` is counted: the scan reads it once per row of a known admin it goes over.
    let reads = 0;
    const counted = (row: SessionEntry): SessionEntry => {
      const { method, ...rest } = row;
      return Object.defineProperty({ ...rest }, 'method', { get: () => (reads++, method), enumerable: true }) as SessionEntry;
    };
    const random = seededRandom(9);
    const loaded = rowsAfter(random, T0, 20_000, 'r').map(counted);
    const withAdmin = (list: readonly SessionEntry[]) => list.filter((row) => row.admin).length;
    const first = unusualMarks(loaded);
    expect(reads).to.equal(withAdmin(loaded));
    expect(reads).to.be.greaterThan(10_000);
    reads = 0;
    const fresh = rowsAfter(random, loaded[0]!.time, 10, 't').map(counted);
    const next = [...fresh, ...loaded.slice(0, 19_990)];
    const marks = unusualMarks(next, loaded);
    expect(reads).to.equal(withAdmin(fresh));
    expect(marks).to.equal(first, 'the same map, updated in place');
    // Without the list it follows, the whole list is gone over again.
    reads = 0;
    unusualMarks([...next], undefined);
    expect(reads).to.equal(withAdmin(next));
  });
});

describe('addedOnTop', () => {
  const rows = Array.from({ length: 5 }, (_, i) => entry({ id: `r${i}`, time: T0 - i * S }));
  const fresh = [entry({ id: 'n1', time: T0 + 2 * S }), entry({ id: 'n0', time: T0 + S })];

  it('finds the rows on top and the rows let go at the bottom', () => {
    const step = addedOnTop([...fresh, ...rows.slice(0, 4)], rows);
    expect(step?.fresh.map((r) => r.id)).to.deep.equal(['n1', 'n0']);
    expect(step?.dropped.map((r) => r.id)).to.deep.equal(['r4']);
  });

  it('is null when the list changed in any other way', () => {
    expect(addedOnTop([...fresh, rows[0]!, rows[2]!], rows), 'a row missing in the middle').to.equal(null);
    expect(addedOnTop([...fresh, ...rows, entry({ id: 'older', time: T0 - 9 * S })], rows), 'a row added below').to.equal(null);
    expect(addedOnTop(rows.map((r) => ({ ...r })), rows), 'the same rows as new objects').to.equal(null);
    expect(addedOnTop(fresh, []), 'nothing before').to.equal(null);
  });
});
