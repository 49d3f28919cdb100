/**
 * Issue 8, part 4: a long session through the element. Under fake timers, auto-refresh at a 2 s
 * interval with 10 new entries per tick, an in-memory backend (`fetchPage`, no network) and the
 * cache capped. Asserts: requests equal ticks and never overlap; entries in memory and in the cache
 * stay at the cap; listeners and timers stay constant; the countdown never drifts off the 2 s grid.
 *
 * Two runs use it: `npm test` (long-session.test.ts) a fixed, short span with a small cap, so the
 * cap fills and holds whatever the machine's load; `npm run soak:simulated`
 * (test/soak-simulated/long-session.test.ts) the 20,000 cap for as long as its wall budget allows.
 * The full day of the data path alone is long-session-data.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { PageRequest, SessionPage } from '../../src/data/adapters/adapter.js';
import { MemoryEntryCache } from '../../src/data/cache/memory-entry-cache.js';
import { EPOCH, installFastFakeClock } from '../helpers/fake-clock.js';
import { bellEntry, printSummary, refreshControl, tally } from './helpers.js';
import { formatHeap, readMemory } from '../helpers/memory.js';

const INTERVAL_MS = 2000;
const PER_TICK = 10;
const HOUR = 3_600_000;

export interface LongSessionOptions {
  /** The line's name in the hardening summary. */
  readonly part: string;
  /** The in-memory and cache cap (`max-entries`, `cache-max-entries`). */
  readonly cap: number;
  /** Simulated hours to aim at; the run stops there or when the wall budget is spent. */
  readonly goalHours: number;
  /** Simulated hours the run must reach, budget or not (past the cap: cap / 10 entries × 2 s). */
  readonly minHours: number;
  /** Wall time after which the run stops once it has reached `minHours`. */
  readonly wallBudgetMs: number;
  readonly sampleEveryMs: number;
}

/** Net listeners added and not removed, on any target, from now on. */
function countListeners(): { live(): number; restore(): void } {
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (o: object) => (ids.has(o) ? ids.get(o)! : (ids.set(o, ++next), next));
  const live = new Set<string>();
  const key = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
    return `${id(target)}|${type}|${capture}|${listener && typeof listener === 'object' || typeof listener === 'function' ? id(listener as object) : 'null'}`;
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (listener) live.add(key(this, type, listener, options));
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof add;
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (listener) live.delete(key(this, type, listener, options));
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof remove;
  return {
    live: () => live.size,
    restore() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}

const entry = (n: number, time: number) => bellEntry('L', n, time);

interface Sample {
  at: number;
  ticks: number;
  refreshes: number;
  inMemory: number;
  inCache: number;
  timers: number;
  listeners: number;
  nextDueOffGrid: number;
  remaining: number | null;
  label: string;
  valueNow: string | null;
  /** Reported, not asserted (see test/helpers/memory.ts): `performance.memory` in Chromium, else null. */
  heapBytes: number | null;
  domNodes: number;
  wallMs: number;
}

export function describeLongSession({ part, cap: CAP, goalHours: GOAL_HOURS, minHours: MIN_HOURS, wallBudgetMs: WALL_BUDGET_MS, sampleEveryMs: SAMPLE_EVERY_MS }: LongSessionOptions): void {
  const run = {
    samples: [] as Sample[],
    stats: { requests: 0, refreshes: 0, firstPages: 0, inFlight: 0, maxInFlight: 0 },
    wallMs: 0,
    simulatedMs: 0,
    t0: 0,
    error: null as unknown,
  };

  describe(`hardening 4: a long session (fake timers, 2 s refresh, 10 entries per tick, cap ${CAP.toLocaleString('en')})`, function () {
    this.timeout(20 * 60_000);

    before(async function () {
      this.timeout(20 * 60_000);
      const listeners = countListeners();
      const caches = new Set<MemoryEntryCache>();
      const realWrite = MemoryEntryCache.prototype.write;
      MemoryEntryCache.prototype.write = function (this: MemoryEntryCache, ...args: Parameters<MemoryEntryCache['write']>) {
        caches.add(this);
        return realWrite.apply(this, args);
      };
      const clock = installFastFakeClock(EPOCH);
      const wallStart = performance.now();
      let el: AdminSessions | null = null;
      try {
        let nextId = 1000;
        const initial = Array.from({ length: 50 }, (_, i) => entry(999 - i, EPOCH - 60_000 - i * 1000));
        const { stats } = run;
        const fetchPage = async (request: PageRequest): Promise<SessionPage> => {
          stats.requests++;
          stats.inFlight++;
          stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
          await Promise.resolve();
          stats.inFlight--;
          if (!request.newerThan) {
            stats.firstPages++;
            return { entries: initial.slice(0, request.limit), total: null, nextCursor: null };
          }
          stats.refreshes++;
          const now = Date.now();
          const fresh = Array.from({ length: PER_TICK }, (_, i) => entry(nextId + PER_TICK - 1 - i, now - i));
          nextId += PER_TICK;
          return { entries: fresh, total: null, nextCursor: null };
        };
        el = document.createElement('admin-sessions') as AdminSessions;
        el.setAttribute('cache', 'memory');
        el.setAttribute('cache-max-entries', String(CAP));
        el.setAttribute('max-entries', String(CAP));
        el.setAttribute('auto-refresh', '');
        el.setAttribute('refresh-interval', String(INTERVAL_MS / 1000));
        el.setAttribute('range', '30d');
        el.style.setProperty('--admin-sessions-table-height', '400px');
        el.fetchPage = fetchPage;
        run.t0 = Date.now();
        document.body.append(el);
        for (let i = 0; i < 50 && stats.firstPages === 0; i++) await clock.tickAsync(0);
        expect(stats.firstPages, 'first page loaded').to.equal(1);

        const control = () => refreshControl(el!);
        const sample = async () => {
          // Sample half a second into an interval: the countdown must read 1.5 s left.
          await clock.tickAsync(500);
          await el!.updateComplete;
          await (control() as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          const now = Date.now();
          const label = control().shadowRoot!.querySelector('[part~="countdown-label"]')?.textContent?.trim() ?? '';
          const valueNow = control().shadowRoot!.querySelector('[part~="countdown"]')?.getAttribute('aria-valuenow') ?? null;
          const nextDue = control().nextDueAt;
          run.samples.push({
            at: now - run.t0,
            ticks: Math.floor((now - run.t0) / INTERVAL_MS),
            refreshes: stats.refreshes,
            inMemory: el!.entries.length,
            inCache: Math.max(0, ...[...caches].map((cache) => cache.size)),
            timers: clock.countTimers(),
            listeners: listeners.live(),
            nextDueOffGrid: nextDue === null ? Number.NaN : (nextDue - run.t0) % INTERVAL_MS,
            remaining: nextDue === null ? null : nextDue - now,
            label,
            valueNow,
            ...readMemory(),
            wallMs: Math.round(performance.now() - wallStart),
          });
          await clock.tickAsync(INTERVAL_MS - 500);
        };
        await clock.tickAsync(INTERVAL_MS - ((Date.now() - run.t0) % INTERVAL_MS)); // onto the grid
        await sample();
        const end = run.t0 + GOAL_HOURS * HOUR;
        while (Date.now() < end && (performance.now() - wallStart < WALL_BUDGET_MS || Date.now() - run.t0 < MIN_HOURS * HOUR)) {
          await clock.tickAsync(Math.min(SAMPLE_EVERY_MS, end - Date.now()) - INTERVAL_MS);
          await sample();
        }
        run.simulatedMs = Date.now() - run.t0;
        el.remove();
        await clock.tickAsync(10);
      } catch (error) {
        run.error = error;
      } finally {
        run.wallMs = Math.round(performance.now() - wallStart);
        el?.remove();
        clock.restore();
        MemoryEntryCache.prototype.write = realWrite;
        listeners.restore();
      }
      console.log(
        `HARDENING[${part}] samples [min, refreshes, in memory, in cache, timers, listeners, wall ms, JS heap bytes, DOM nodes] ${JSON.stringify(
          run.samples.map(({ at, refreshes, inMemory, inCache, timers, listeners: l, wallMs, heapBytes, domNodes }) => [at / 60000, refreshes, inMemory, inCache, timers, l, wallMs, heapBytes, domNodes]),
        )}`,
      );
    });

    after(function () {
      const t = tally(this.test!.parent!);
      const last = run.samples[run.samples.length - 1];
      const first = run.samples[0];
      const memory = first && last ? `; JS heap ${formatHeap(first.heapBytes)} → ${formatHeap(last.heapBytes)}, DOM nodes ${first.domNodes} → ${last.domNodes} (reported, not asserted)` : '';
      printSummary(
        part,
        `${(run.simulatedMs / HOUR).toFixed(2)} simulated hours in ${(run.wallMs / 1000).toFixed(1)} s wall time: ${run.stats.refreshes} refreshes for ${last?.ticks ?? 0} ticks, max ${run.stats.maxInFlight} in flight, ${last?.inMemory ?? 0} entries in memory, ${last?.inCache ?? 0} in the cache (cap ${CAP})${memory}; ${t.passed}/${t.total} checks passed.`,
        { simulatedHours: run.simulatedMs / HOUR, wallMs: run.wallMs, ...run.stats, last, passed: t.passed, failed: t.failed, total: t.total },
      );
    });

    it('ran the whole simulated span without throwing', () => {
      expect(run.error).to.equal(null);
      expect(run.simulatedMs, `simulated ${(run.simulatedMs / HOUR).toFixed(2)} h in ${(run.wallMs / 1000).toFixed(0)} s`).to.be.at.least(MIN_HOURS * HOUR);
    });

    it('requests equal ticks: one refresh per 2 s tick, exactly', () => {
      for (const s of run.samples) expect(s.refreshes, `at ${s.at / 60000} min`).to.equal(s.ticks);
    });

    it('requests never overlap', () => {
      expect(run.stats.maxInFlight).to.equal(1);
      expect(run.stats.firstPages, 'one first page, then only refreshes').to.equal(1);
    });

    it(`entries in the cache reach the cap (${CAP}) and stay there`, () => {
      const reached = run.samples.filter((s) => s.inCache >= CAP);
      expect(reached.length, 'samples at the cap').to.be.greaterThan(0);
      for (const s of run.samples) expect(s.inCache, `at ${s.at / 60000} min`).to.be.at.most(CAP);
      for (const s of reached) expect(s.inCache).to.equal(CAP);
    });

    it(`entries in memory stay at the cap (${CAP})`, () => {
      for (const s of run.samples) {
        expect(s.inMemory, `at ${s.at / 60000} min: entries held by the element (max-entries)`).to.be.at.most(CAP);
      }
    });

    it('listeners stay constant', () => {
      const counts = run.samples.map((s) => s.listeners);
      expect(new Set(counts.slice(1)).size, `net live listeners per sample: ${counts.join(', ')}`).to.equal(1);
    });

    it('timers stay constant', () => {
      const counts = run.samples.map((s) => s.timers);
      expect(new Set(counts).size, `pending timers per sample: ${counts.join(', ')}`).to.equal(1);
    });

    it('the countdown never drifts: next refresh stays on the 2 s grid and reads "1.5 s left" half a second in', () => {
      for (const s of run.samples) {
        const at = `at ${s.at / 60000} min`;
        expect(s.nextDueOffGrid, `${at}: next refresh off the grid by`).to.equal(0);
        expect(s.remaining, at).to.equal(1500);
        expect(s.label, at).to.equal('Next refresh in 2 s');
        expect(s.valueNow, at).to.equal('75');
      }
    });
  });
}
