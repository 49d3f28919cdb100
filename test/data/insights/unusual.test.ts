import { expect } from '@open-wc/testing';
import type { SessionEntry } from '../../../src/data/entry.js';
import { findUnusualActivity, formatWindow } from '../../../src/data/insights/unusual.js';
import { expectFast } from './bench.js';
import { entry, OPS, SEAN, T0 } from './entry.js';
import { seededRandom } from './random.js';

const S = 1000;

describe('unusual activity: new IP', () => {
  it('marks the first request from an IP the admin had not used earlier in the range, with the earlier IP', () => {
    const rows = [
      entry({ id: '1', time: T0, ip: '10.0.4.17' }),
      entry({ id: '2', time: T0 + S, ip: '10.0.4.17' }),
      entry({ id: '3', time: T0 + 2 * S, ip: '203.0.113.7' }),
      entry({ id: '4', time: T0 + 3 * S, ip: '203.0.113.7' }),
      entry({ id: '5', time: T0 + 4 * S, ip: '198.51.100.1' }),
    ].reverse(); // loaded rows come newest first
    const marks = findUnusualActivity(rows);
    expect([...marks.keys()].sort()).to.deep.equal(['3', '5']);
    expect(marks.get('3')!.newIp!.reason).to.equal('First request from 203.0.113.7 for Ops in the loaded range (earlier: 10.0.4.17)');
    expect(marks.get('5')!.newIp!.reason).to.equal('First request from 198.51.100.1 for Ops in the loaded range (earlier: 203.0.113.7 and 1 other IP)');
  });

  it('never marks an admin’s first entries, nor IPs first seen in the same second', () => {
    const rows = [
      entry({ id: 'a', time: T0, ip: '10.0.0.1' }),
      entry({ id: 'b', time: T0, ip: '10.0.0.2' }),
      entry({ id: 'c', time: T0 + S, ip: '10.0.0.2' }),
      entry({ id: 'd', time: T0 + S, ip: '10.0.0.3' }),
      entry({ id: 'e', time: T0 + S, ip: '10.0.0.3' }),
    ];
    const marks = findUnusualActivity(rows);
    expect([...marks.keys()]).to.deep.equal(['d']);
    expect(marks.get('d')!.newIp!.reason).to.contain('(earlier: 10.0.0.2 and 1 other IP)');
  });

  it('carries the earlier IP and the count of other earlier IPs as fields, matching its English reason', () => {
    const rows = [
      entry({ id: '1', time: T0, ip: '10.0.4.17' }),
      entry({ id: '2', time: T0 + S, ip: ' 2001:DB8::1 ' }),
      entry({ id: '3', time: T0 + 2 * S, ip: '203.0.113.7' }),
      entry({ id: '4', time: T0 + 3 * S, ip: '198.51.100.1' }),
    ];
    const marks = findUnusualActivity(rows);
    const fields = (id: string) => {
      const { earlierIp, otherEarlierCount } = marks.get(id)!.newIp!;
      return `${earlierIp} +${otherEarlierCount}`;
    };
    expect(fields('2')).to.equal('10.0.4.17 +0');
    // Trimmed and lower-cased, as the IPs are compared.
    expect(fields('3')).to.equal('2001:db8::1 +1');
    expect(fields('4')).to.equal('203.0.113.7 +2');
    expect(marks.get('4')!.newIp!.reason).to.equal('First request from 198.51.100.1 for Ops in the loaded range (earlier: 203.0.113.7 and 2 other IPs)');
  });

  it('tracks each admin separately, by id, else email; skips deleted admins and rows without an IP', () => {
    const noId = { id: null, name: 'Ghost', email: 'Ghost@example.com' };
    const rows = [
      entry({ id: 'o1', time: T0, ip: '10.0.0.1' }),
      entry({ id: 's1', time: T0 + S, admin: SEAN, ip: '10.0.0.2' }),
      entry({ id: 'o2', time: T0 + 2 * S, ip: '10.0.0.2' }),
      entry({ id: 'g1', time: T0 + 3 * S, admin: noId, ip: '10.0.0.1' }),
      entry({ id: 'g2', time: T0 + 4 * S, admin: { ...noId, email: 'ghost@example.com' }, ip: '10.0.0.9' }),
      entry({ id: 'x1', time: T0 + 5 * S, admin: null, ip: '10.0.0.1' }),
      entry({ id: 'x2', time: T0 + 6 * S, admin: null, ip: '10.0.0.7' }),
      entry({ id: 'n1', time: T0 + 7 * S, ip: null }),
      entry({ id: 'o3', time: T0 + 8 * S, ip: '10.0.0.1' }),
    ];
    const marks = findUnusualActivity(rows);
    expect([...marks.keys()].sort()).to.deep.equal(['g2', 'o2']);
    expect(marks.get('g2')!.newIp!.reason).to.contain('for Ghost');
  });

  it('does not depend on the order rows are given in', () => {
    const random = seededRandom(11);
    const rows = Array.from({ length: 300 }, (_, i) =>
      entry({ id: `r${i}`, time: T0 + Math.floor(random() * 100) * S, ip: `10.0.0.${Math.floor(random() * 6)}`, admin: i % 2 ? OPS : SEAN }),
    );
    const expected = findUnusualActivity(rows);
    const shuffled = [...rows].sort(() => random() - 0.5);
    expect(findUnusualActivity(shuffled)).to.deep.equal(expected);
    expect(findUnusualActivity([...rows].reverse())).to.deep.equal(expected);
  });
});

describe('unusual activity: bursts', () => {
  const changing = (count: number, start: number, step: number, overrides: Partial<SessionEntry> = {}): SessionEntry[] =>
    Array.from({ length: count }, (_, i) => entry({ id: `${overrides.admin?.name ?? 'ops'}-${start}-${i}`, time: start + i * step, method: 'POST', ...overrides }));

  it('marks every entry of 10 changing requests by one admin within 60 s, and says how many', () => {
    const rows = changing(12, T0, 5 * S);
    const marks = findUnusualActivity(rows);
    expect(marks.size).to.equal(12);
    for (const row of rows) expect(marks.get(row.id)!.burst).to.deep.equal({ reason: '12 changing requests by Ops within 60 s', count: 12, windowMs: 60_000 });
  });

  it('does not mark 9, nor 10 spread over 60 s or more, nor GETs', () => {
    expect(findUnusualActivity(changing(9, T0, S)).size).to.equal(0);
    expect(findUnusualActivity(changing(10, T0, 6667)).size).to.equal(0); // 60.003 s from first to last
    expect(findUnusualActivity(changing(10, T0, 6666)).size).to.equal(10); // 59.994 s
    expect(findUnusualActivity(changing(20, T0, S, { method: 'GET' })).size).to.equal(0);
  });

  it('counts PUT, PATCH and DELETE too, in any case, but one admin at a time', () => {
    const methods = ['put', 'PATCH', 'DELETE', 'POST', 'Post'];
    const mixed = Array.from({ length: 10 }, (_, i) => entry({ id: `m${i}`, time: T0 + i * S, method: methods[i % 5]! }));
    expect(findUnusualActivity(mixed).size).to.equal(10);
    const split = [...changing(5, T0, S), ...changing(5, T0, S, { admin: SEAN })];
    expect(findUnusualActivity(split).size).to.equal(0);
  });

  it('gives each entry the largest window it is part of, and leaves the quiet ones out', () => {
    // 10 in the first 9 s, a 5-minute pause, 3 stragglers, then 15 in 14 s.
    const rows = [...changing(10, T0, S), ...changing(3, T0 + 300 * S, 100 * S), ...changing(15, T0 + 700 * S, S)];
    const marks = findUnusualActivity(rows);
    expect(rows.filter((r) => marks.has(r.id)).length).to.equal(25);
    expect(marks.get(rows[0]!.id)!.burst!.count).to.equal(10);
    expect(marks.get(rows.at(-1)!.id)!.burst!.count).to.equal(15);
    for (const straggler of rows.slice(10, 13)) expect(marks.has(straggler.id)).to.equal(false);
  });

  it('reports a sliding count: entries at the edges of a long run belong to smaller windows', () => {
    // One request a second for 100 s: every 60 s window holds 60.
    const rows = changing(100, T0, S);
    const marks = findUnusualActivity(rows);
    expect(marks.size).to.equal(100);
    expect(new Set([...marks.values()].map((m) => m.burst!.count))).to.deep.equal(new Set([60]));
  });

  it('takes a configurable rate, and falls back to the defaults for nonsense', () => {
    const rows = changing(3, T0, 100 * S);
    expect(findUnusualActivity(rows, { burstCount: 3, burstWindowMs: 5 * 60_000 }).get(rows[0]!.id)!.burst!.reason).to.equal(
      '3 changing requests by Ops within 5 min',
    );
    expect(findUnusualActivity(changing(2, T0, S, { method: 'GET' }), { burstCount: 2, changingMethods: ['get'] }).size).to.equal(2);
    expect(findUnusualActivity(changing(10, T0, S), { burstCount: Number.NaN, burstWindowMs: -1 }).size).to.equal(10);
    expect(formatWindow(90_000)).to.equal('90 s');
    expect(formatWindow(1500)).to.equal('1.5 s');
  });

  it('puts both marks on one entry when both apply', () => {
    const rows = [entry({ id: 'first', time: T0 - 3600 * S, ip: '10.9.9.9', method: 'GET' }), ...changing(10, T0, S)];
    const mark = findUnusualActivity(rows).get(rows[1]!.id)!;
    expect(mark.newIp).to.not.equal(undefined);
    expect(mark.burst!.count).to.equal(10);
  });
});

describe('unusual activity at scale', () => {
  it('marks 100,000 entries within ~200 ms, agreeing with a brute-force count', () => {
    const random = seededRandom(42);
    const admins = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, name: `Admin ${i}`, email: `a${i}@example.com` }));
    let time = T0;
    const rows: SessionEntry[] = [];
    for (let i = 0; i < 100_000; i++) {
      // Ordinary traffic, with one admin in a busy stretch one block in ten.
      const busy = Math.floor(i / 1000) % 10 === 0;
      time += Math.floor(random() * (busy ? 300 : 800));
      rows.push({
        id: `e${i}`,
        time,
        admin: busy ? admins[0]! : admins[Math.floor(random() * admins.length)]!,
        ip: `10.0.${Math.floor(random() * 4)}.${Math.floor(random() * 50)}`,
        url: 'https://panel.example.com/admin/clients',
        type: 'WEB',
        method: random() < (busy ? 0.6 : 0.2) ? 'POST' : 'GET',
        userAgent: null,
      });
    }
    rows.reverse();
    expectFast(
      () => findUnusualActivity(rows),
      () => new Map(rows.map((r) => [r.id, { id: r.id }])),
    );
    const marks = findUnusualActivity(rows);
    const marked = [...marks.values()];
    expect(marked.filter((m) => m.burst).length).to.be.greaterThan(1000);
    expect(marked.some((m) => m.newIp)).to.equal(true);

    // Brute force over the busy admin's and one other admin's changing requests.
    for (const id of ['a0', 'a3']) {
      const mine = rows.filter((r) => r.admin!.id === id && r.method === 'POST').sort((a, b) => a.time - b.time);
      for (let i = 0; i < mine.length; i += 5) {
        let most = 0;
        for (let start = i; start >= 0 && mine[i]!.time - mine[start]!.time < 60_000; start--) {
          let end = i;
          while (end + 1 < mine.length && mine[end + 1]!.time - mine[start]!.time < 60_000) end++;
          most = Math.max(most, end - start + 1);
        }
        expect(marks.get(mine[i]!.id)?.burst?.count ?? 0, mine[i]!.id).to.equal(most >= 10 ? most : 0);
      }
    }
  });
});
