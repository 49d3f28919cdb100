/**
 * Issue 8, part 4, the data path alone: the RefreshLoop driving SessionLog.refresh at a 2 s
 * interval, 10 new entries per tick, the in-memory cap and the cache cap equal — under fake timers,
 * every tick. Two runs use it: a short one in `npm test` (long-session-data.test.ts: one simulated
 * hour, caps 2,000, reached after 400 s) and the full day in `npm run soak:simulated`
 * (test/soak-simulated/: 24 simulated hours, caps 20,000, ~4.5 wall minutes per browser). The
 * element-level run (long-session.ts) adds the DOM.
 */
import { expect } from '@open-wc/testing';
import type { PageRequest, SessionPage } from '../../src/data/adapters/adapter.js';
import { MemoryEntryCache } from '../../src/data/cache/memory-entry-cache.js';
import { DEFAULT_QUERY } from '../../src/data/query.js';
import { RefreshLoop } from '../../src/data/refresh/refresh-loop.js';
import { SessionLog } from '../../src/data/session-log.js';
import { EPOCH, installFastFakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { bellEntry, printSummary, tally } from './helpers.js';
import { formatHeap, readMemory } from '../helpers/memory.js';

const INTERVAL_MS = 2000;
const PER_TICK = 10;
const HOUR = 3_600_000;

export interface DataSessionOptions {
  /** The line's name in the hardening summary. */
  readonly part: string;
  /** Simulated hours; every tick of them runs. */
  readonly hours: number;
  /** The in-memory and cache cap. */
  readonly cap: number;
  readonly sampleEveryMs: number;
}

const entry = (n: number, time: number) => bellEntry('D', n, time);

interface Sample {
  readonly at: number;
  readonly ticks: number;
  readonly refreshes: number;
  readonly inMemory: number;
  readonly inCache: number;
  readonly timers: number;
  readonly nextDueOffGrid: number;
  readonly newestIsLatest: boolean;
  /** Reported, not asserted (see test/helpers/memory.ts): `performance.memory` in Chromium, else null. */
  readonly heapBytes: number | null;
}

export function describeDataSession({ part, hours: HOURS, cap: CAP, sampleEveryMs: SAMPLE_EVERY_MS }: DataSessionOptions): void {
  const run = { samples: [] as Sample[], requests: 0, refreshes: 0, inFlight: 0, maxInFlight: 0, failures: 0, wallMs: 0, simulatedMs: 0, error: null as unknown };

  describe(`hardening 4b: ${HOURS} simulated hours of the data path (2 s refresh, 10 entries per tick, caps ${CAP.toLocaleString('en')})`, function () {
    this.timeout(10 * 60_000);

    before(async function () {
      this.timeout(10 * 60_000);
      const wallStart = performance.now();
      let clock: FakeClock | null = null;
      let loop: RefreshLoop | null = null;
      try {
        clock = installFastFakeClock(EPOCH);
        const t0 = Date.now();
        let nextId = 1000;
        const fetchPage = async (request: PageRequest): Promise<SessionPage> => {
          run.requests++;
          run.inFlight++;
          run.maxInFlight = Math.max(run.maxInFlight, run.inFlight);
          await Promise.resolve();
          run.inFlight--;
          if (!request.newerThan) return { entries: Array.from({ length: 50 }, (_, i) => entry(999 - i, t0 - 60_000 - i * 1000)), total: null, nextCursor: null };
          run.refreshes++;
          const now = Date.now();
          const fresh = Array.from({ length: PER_TICK }, (_, i) => entry(nextId + PER_TICK - 1 - i, now - i));
          nextId += PER_TICK;
          return { entries: fresh, total: null, nextCursor: null };
        };
        const cache = new MemoryEntryCache({ maxEntries: CAP, maxAgeMs: 48 * HOUR });
        const log = new SessionLog({ fetchPage, pageSize: 50, cache, scope: 'long', maxEntries: CAP, onChange: () => undefined });
        await log.loadFirst({ ...DEFAULT_QUERY, from: t0 - 30 * 24 * HOUR }, new AbortController().signal);
        loop = new RefreshLoop({
          enabled: true,
          intervalMs: INTERVAL_MS,
          visibility: null,
          refresh: async (signal) => {
            await log.refresh(signal);
          },
          onState: (state) => {
            if (state.failures > run.failures) run.failures = state.failures;
          },
        });
        loop.start();
        const sample = () => {
          const now = Date.now();
          const nextDue = loop!.state.nextDueAt;
          run.samples.push({
            at: now - t0,
            ticks: Math.floor((now - t0) / INTERVAL_MS),
            refreshes: run.refreshes,
            inMemory: log.entries.length,
            inCache: cache.size,
            timers: clock!.countTimers(),
            nextDueOffGrid: nextDue === null ? Number.NaN : (nextDue - t0) % INTERVAL_MS,
            newestIsLatest: log.entries[0]?.id === `D${String(nextId - 1).padStart(9, '0')}`,
            heapBytes: readMemory().heapBytes,
          });
        };
        // Half an interval off the grid, so a sample never lands on a tick.
        await clock.tickAsync(INTERVAL_MS / 2);
        const end = t0 + HOURS * HOUR;
        while (Date.now() < end) {
          await clock.tickAsync(Math.min(SAMPLE_EVERY_MS, end - Date.now()));
          sample();
        }
        run.simulatedMs = Date.now() - t0;
      } catch (error) {
        run.error = error;
      } finally {
        loop?.stop();
        clock?.restore();
        run.wallMs = Math.round(performance.now() - wallStart);
      }
    });

    after(function () {
      const t = tally(this.test!.parent!);
      const last = run.samples[run.samples.length - 1];
      printSummary(
        part,
        `${(run.simulatedMs / HOUR).toFixed(1)} simulated hours in ${(run.wallMs / 1000).toFixed(1)} s wall time: ${run.refreshes} refreshes for ${last?.ticks ?? 0} ticks, max ${run.maxInFlight} in flight, ${last?.inMemory ?? 0} entries in memory, ${last?.inCache ?? 0} in the cache (cap ${CAP}); JS heap ${formatHeap(run.samples[0]?.heapBytes ?? null)} → ${formatHeap(last?.heapBytes ?? null)} (reported, not asserted); ${t.passed}/${t.total} checks passed.`,
        { simulatedHours: run.simulatedMs / HOUR, wallMs: run.wallMs, requests: run.requests, refreshes: run.refreshes, maxInFlight: run.maxInFlight, last, passed: t.passed, failed: t.failed, total: t.total },
      );
    });

    it(`ran all ${HOURS} simulated hours without an error`, () => {
      expect(String(run.error ?? '')).to.equal('');
      expect(run.simulatedMs).to.equal(HOURS * HOUR);
      expect(run.failures, 'failed refreshes').to.equal(0);
    });

    it(`requests equal ticks (${((HOURS * HOUR) / INTERVAL_MS).toLocaleString('en')}) and never overlap`, () => {
      for (const s of run.samples) expect(s.refreshes, `at ${s.at / HOUR} h`).to.equal(s.ticks);
      expect(run.refreshes).to.equal((HOURS * HOUR) / INTERVAL_MS);
      expect(run.requests, 'one first page, then only refreshes').to.equal(run.refreshes + 1);
      expect(run.maxInFlight).to.equal(1);
    });

    it(`entries in memory and in the cache reach the cap (${CAP}) and stay there, newest on top`, () => {
      // The caps fill after CAP / PER_TICK ticks; every sample after that must be at the cap.
      const full = run.samples.filter((s) => s.at > (CAP / PER_TICK) * INTERVAL_MS);
      expect(full.length, 'samples after the caps filled').to.be.greaterThan(run.samples.length / 2);
      for (const s of full) {
        expect(s.inMemory, `in memory at ${s.at / HOUR} h`).to.equal(CAP);
        expect(s.inCache, `in the cache at ${s.at / HOUR} h`).to.equal(CAP);
        expect(s.newestIsLatest, `the latest entry on top at ${s.at / HOUR} h`).to.equal(true);
      }
    });

    it('timers stay constant and the next refresh never drifts off the 2 s grid', () => {
      expect(new Set(run.samples.map((s) => s.timers)).size, `pending timers: ${run.samples.map((s) => s.timers).join(', ')}`).to.equal(1);
      for (const s of run.samples) expect(s.nextDueOffGrid, `at ${s.at / HOUR} h`).to.equal(0);
    });
  });
}
