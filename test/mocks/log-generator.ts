/**
 * A seeded, realistic admin-session log. Real PUQcloud logs are dominated by noise (the notification
 * bell polls every 5 s per open tab, the session log polls itself), with the interesting requests
 * (edits, deletions, odd URLs) scattered in between; this generator reproduces that mix, plus a few
 * hostile-looking URLs the widget must show as inert text.
 *
 * Pure data: no DOM, no clock. The same options always give the same log.
 */
import {
  ADMIN_PROFILES,
  type Action,
  type AdminProfile,
  type AdminRecord,
  BELL_URL,
  CURRENT_ADMIN_ID,
  DASHBOARD_URL,
  type Device,
  HOSTILE_ACTIONS,
  UA,
  randomApiAction,
  randomBotAction,
  randomWebAction,
  stockLogPollUrl,
} from './fixtures.js';
import { int, mulberry32, pick, type Random, randomFor, sessionId, uuid } from './random.js';

export type { AdminRecord } from './fixtures.js';

/** Everything both wire formats need about one logged request. */
export interface LogRecord {
  /** UUIDv4-shaped, deterministic for a given seed. */
  readonly id: string;
  /** Milliseconds since the epoch, always a whole second (the real column is a DATETIME). */
  readonly time: number;
  /** `null` once the admin was deleted (the foreign key is nulled, as in PUQcloud). */
  readonly adminUuid: string | null;
  readonly admin: AdminRecord | null;
  readonly ip: string | null;
  readonly url: string;
  readonly type: 'WEB' | 'API';
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly userAgent: string | null;
  /** The admin's (fake) Laravel session id: PUQcloud leaks it on every row. */
  readonly sessionId: string;
}

export interface GenerateLogOptions {
  /** End of the log (ms since the epoch); nothing is later than this. */
  readonly now: number;
  /** Exact number of entries (default 50 000). */
  readonly count?: number;
  /** Days the log spans, ending at `now` (default 30). */
  readonly days?: number;
  /** PRNG seed (default 0x5e55). */
  readonly seed?: number;
  /** The admin viewing the demo: owns the tab that is open at `now` (default: "puq puq"). */
  readonly currentAdminId?: string;
}

/** Someone with a tab open while the demo runs. */
export interface LiveActor {
  readonly profile: AdminProfile;
  readonly device: Device;
  readonly sessionId: string;
  /** Their bell fires at `k * 5 s + phaseMs`. */
  readonly phaseMs: number;
}

/** What live growth needs to continue the log past its end. */
export interface LiveContext {
  readonly seed: number;
  readonly current: LiveActor;
  /** A colleague whose tab stays open too: the noise "Hide me" cannot remove. */
  readonly colleague: LiveActor;
}

export interface GeneratedLog {
  /** Newest first; ties in time broken by id (descending), like `compareNewestFirst`. */
  readonly records: LogRecord[];
  /** The log holds every entry up to this instant. */
  now: number;
  readonly live: LiveContext;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BELL_PERIOD = 5 * SECOND;
/** The stock page's auto-refresh intervals plus its 1 s of slack. */
const LOG_POLL_PERIODS = [61 * SECOND, 31 * SECOND, 11 * SECOND, 6 * SECOND];

export const DEFAULT_COUNT = 50_000;
export const DEFAULT_DAYS = 30;
export const DEFAULT_SEED = 0x5e55;

/** A working stretch: one login, one device, some open tabs. */
interface Stretch {
  readonly profile: AdminProfile;
  readonly device: Device;
  readonly tabs: number;
  start: number;
  readonly weight: number;
  readonly sessionId: string;
  /** Events to emit; set when the budget is shared out. */
  budget: number;
}

/** Newest first, ties by id descending: the order of `records` and of the native contract. */
export function compareRecordsNewestFirst(a: LogRecord, b: LogRecord): number {
  return b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export function findProfile(adminId: string): AdminProfile {
  const profile = ADMIN_PROFILES.find((candidate) => candidate.record.uuid === adminId);
  if (!profile) throw new Error(`Unknown mock admin ${adminId}`);
  return profile;
}

/** Generates the log. `count` entries over `days` days ending at `now`, newest first. */
export function generateLog(options: GenerateLogOptions): GeneratedLog {
  const count = Math.max(0, Math.floor(options.count ?? DEFAULT_COUNT));
  const days = Math.max(1, options.days ?? DEFAULT_DAYS);
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now;
  const windowStart = now - days * DAY;
  const random = mulberry32(seed);
  const live = liveContext(seed, findProfile(options.currentAdminId ?? CURRENT_ADMIN_ID), random);

  const stretches = chooseStretches(planStretches(random, now, days), count);
  const current = currentStretch(live.current, now);
  shareBudget(stretches, current, count);

  const records: LogRecord[] = [];
  // Enough that a 200-entry test log has a few, without flooding a large one.
  const hostileRate = Math.max(0.001, 20 / Math.max(1, count));
  const emit = new Emitter(random, records, windowStart, now, hostileRate);
  for (const stretch of stretches) emit.stretch(stretch);
  emit.currentStretch(current, live.current.phaseMs);

  records.sort(compareRecordsNewestFirst);
  return { records, now, live };
}

/** Picks who keeps a tab open during the live demo, and their sessions. */
function liveContext(seed: number, currentProfile: AdminProfile, random: Random): LiveContext {
  const device = currentProfile.devices[0]!;
  const colleagueProfile =
    ADMIN_PROFILES.find((p) => p !== currentProfile && !p.bot && p.deletedDaysAgo === null) ?? currentProfile;
  return {
    seed,
    current: { profile: currentProfile, device, sessionId: sessionId(random), phaseMs: 2 * SECOND },
    colleague: { profile: colleagueProfile, device: colleagueProfile.devices[0]!, sessionId: sessionId(random), phaseMs: 4 * SECOND },
  };
}

/** Every stretch the cast could plausibly have worked over the window, in time order. */
function planStretches(random: Random, now: number, days: number): Stretch[] {
  const stretches: Stretch[] = [];
  const windowStart = now - days * DAY;
  const firstMidnight = Math.floor(windowStart / DAY) * DAY;
  for (let dayStart = firstMidnight; dayStart < now; dayStart += DAY) {
    const weekday = new Date(dayStart).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    for (const profile of ADMIN_PROFILES) {
      // Deleted admins worked only before their deletion.
      if (profile.deletedDaysAgo !== null && dayStart >= now - profile.deletedDaysAgo * DAY) continue;
      if (weekend && random() >= profile.weekendChance) continue;
      const perDay = profile.bot ? 3 : random() < 0.35 ? 2 : 1;
      for (let i = 0; i < perDay; i++) {
        const [earliest, latest] = profile.shiftStartHours;
        const start = dayStart + int(random, earliest, latest) * HOUR + int(random, 0, 59) * MINUTE + int(random, 0, 59) * SECOND;
        if (start < windowStart || start >= now) continue;
        stretches.push({
          profile,
          device: pick(random, profile.devices),
          tabs: int(random, profile.tabs[0], profile.tabs[1]),
          start,
          // Scripts run often but briefly; people's stretches carry the bell noise.
          weight: (profile.bot ? 0.25 : 1) * (0.5 + random()),
          sessionId: sessionId(random),
          budget: 0,
        });
      }
    }
  }
  return stretches.sort((a, b) => a.start - b.start);
}

/**
 * About 300 events per stretch, spread evenly over the window. Small logs keep at least 8
 * stretches and one per admin, so a 200-entry test log still has the deleted admin, IPv6, etc.
 */
function chooseStretches(candidates: Stretch[], count: number): Stretch[] {
  const wanted = Math.min(candidates.length, Math.max(8, Math.round(count / 300)));
  if (wanted >= candidates.length) return candidates;
  const chosen = new Set<Stretch>();
  for (const profile of ADMIN_PROFILES) {
    const own = candidates.filter((s) => s.profile === profile);
    const middle = own[Math.floor(own.length / 2)];
    if (middle) chosen.add(middle);
  }
  for (let i = 0; chosen.size < wanted; i++) {
    chosen.add(candidates[Math.floor((i * candidates.length) / wanted) % candidates.length]!);
    if (i > 2 * candidates.length) break;
  }
  return [...chosen].sort((a, b) => a.start - b.start);
}

/** The tab the demo's viewer has open right now; it runs up to `now`. */
function currentStretch(actor: LiveActor, now: number): Stretch {
  return { profile: actor.profile, device: actor.device, tabs: 1, start: now, weight: 0, sessionId: actor.sessionId, budget: 0 };
}

/** Shares `count` out exactly: ~2 % to the current tab, the rest by weight. */
function shareBudget(stretches: Stretch[], current: Stretch, count: number): void {
  current.budget = stretches.length === 0 ? count : Math.min(count, Math.max(Math.min(count, 20), Math.round(count * 0.02)));
  const rest = count - current.budget;
  const totalWeight = stretches.reduce((sum, s) => sum + s.weight, 0);
  let given = 0;
  for (const stretch of stretches) {
    stretch.budget = Math.floor((rest * stretch.weight) / totalWeight);
    given += stretch.budget;
  }
  for (let i = 0; given < rest; i = (i + 1) % stretches.length, given++) stretches[i]!.budget++;
}

/** Turns stretches into records. Holds the shared state so the per-event functions stay small. */
class Emitter {
  constructor(
    private readonly random: Random,
    private readonly out: LogRecord[],
    private readonly windowStart: number,
    private readonly now: number,
    private readonly hostileRate: number,
  ) {}

  stretch(s: Stretch): void {
    if (s.budget <= 0) return;
    if (s.profile.bot) this.#botBursts(s);
    else this.#humanStretch(s);
  }

  /** The viewer's current tab: bells on the live grid, so live growth carries on seamlessly. */
  currentStretch(s: Stretch, phaseMs: number): void {
    if (s.budget <= 0) return;
    const lastTick = Math.floor((this.now - phaseMs) / BELL_PERIOD) * BELL_PERIOD + phaseMs;
    const bells = Math.max(1, Math.round(s.budget * 0.75));
    const start = lastTick - (bells - 1) * BELL_PERIOD;
    for (let i = 0; i < bells; i++) this.#push(s, start + i * BELL_PERIOD, 'API', 'GET', BELL_URL);
    const others = s.budget - bells;
    if (others > 0) this.#push(s, start, 'WEB', 'GET', DASHBOARD_URL);
    for (let i = 1; i < others; i++) this.#action(s, start + this.random() * (lastTick - start));
  }

  /** A person: lands on the dashboard, tabs poll the bell, maybe watches the log, does some work. */
  #humanStretch(s: Stretch): void {
    const random = this.random;
    const budget = s.budget - 1;
    const bells = Math.round(budget * (0.55 + 0.2 * random()));
    let logPolls = random() < s.profile.watchesLog ? Math.round(budget * (0.08 + 0.1 * random())) : 0;
    const perTab = Math.ceil(bells / Math.max(1, s.tabs));
    // 6 % slack covers the bell timer's occasional 1 s slips, so no bell runs past `now`.
    const duration = Math.max(Math.ceil(perTab * BELL_PERIOD * 1.06) + s.tabs * 4 * SECOND, 2 * MINUTE);
    logPolls = Math.min(logPolls, Math.floor(duration / LOG_POLL_PERIODS[LOG_POLL_PERIODS.length - 1]!));
    const actions = budget - bells - logPolls;
    // Keep the whole stretch inside the window.
    s.start = Math.max(this.windowStart, Math.min(s.start, this.now - duration));

    this.#push(s, s.start, 'WEB', 'GET', DASHBOARD_URL);
    this.#bells(s, bells);
    this.#logPolls(s, logPolls, duration);
    for (let i = 0; i < actions; i++) this.#action(s, s.start + random() * duration);
  }

  /** Each tab opens a few seconds after the last and polls every 5 s (a timer sometimes slips 1 s). */
  #bells(s: Stretch, bells: number): void {
    const tabs = Math.max(1, s.tabs);
    let tabStart = s.start;
    for (let tab = 0; tab < tabs; tab++) {
      tabStart += int(this.random, 1, 4) * SECOND;
      const n = Math.floor(bells / tabs) + (tab < bells % tabs ? 1 : 0);
      let time = tabStart;
      for (let i = 0; i < n; i++) {
        this.#push(s, time, 'API', 'GET', BELL_URL);
        time += this.random() < 0.03 ? BELL_PERIOD + SECOND : BELL_PERIOD;
      }
    }
  }

  /** The stock log page with auto-refresh on: one 1–2 KB DataTables URL per poll. */
  #logPolls(s: Stretch, polls: number, duration: number): void {
    if (polls <= 0) return;
    const period = LOG_POLL_PERIODS.find((p) => p * polls <= duration) ?? LOG_POLL_PERIODS[LOG_POLL_PERIODS.length - 1]!;
    const opened = s.start + Math.floor(this.random() * Math.max(0, duration - period * polls));
    const hideMe = this.random() < 0.3;
    let draw = 1;
    for (let i = 0; i < polls; i++, draw++) {
      const time = opened + i * period;
      // jQuery's cache-buster `_` starts at the page-load time and counts up per request.
      this.#push(s, time, 'API', 'GET', stockLogPollUrl(draw, time, hideMe, opened + draw - 1));
    }
  }

  #action(s: Stretch, time: number): void {
    const random = this.random;
    if (random() < this.hostileRate) {
      const hostile = pick(random, HOSTILE_ACTIONS);
      this.#push(s, time, hostile.type, hostile.method, hostile.url, random() < 0.3 ? UA.odd : undefined);
      return;
    }
    const action: Action = random() < s.profile.apiShare ? randomApiAction(random) : randomWebAction(random);
    this.#push(s, time, action.type, action.method, action.url);
  }

  /** A script's runs: bursts of API calls a second or a few apart, with pauses between. */
  #botBursts(s: Stretch): void {
    const offsets: number[] = [];
    for (let i = 0, offset = 0; i < s.budget; i++) {
      offsets.push(offset);
      offset += this.random() < 0.05 ? int(this.random, 5, 40) * MINUTE : int(this.random, 1, 8) * SECOND;
    }
    // Slide the whole run back if it would end after `now`, rather than piling rows up at `now`.
    const start = Math.max(this.windowStart, Math.min(s.start, this.now - offsets[offsets.length - 1]!));
    for (const offset of offsets) {
      const action = randomBotAction(this.random);
      this.#push(s, start + offset, action.type, action.method, action.url);
    }
  }

  #push(s: Stretch, time: number, type: LogRecord['type'], method: LogRecord['method'], url: string, userAgent?: string): void {
    const clamped = Math.min(this.now, Math.max(this.windowStart, time));
    this.out.push(record(uuid(this.random), toSecond(clamped, this.now), s.profile, s.device, s.sessionId, type, method, url, userAgent));
  }
}

/** Whole seconds, never past `now` (rounding down keeps the `≤ now` promise). */
function toSecond(time: number, now: number): number {
  return Math.floor(Math.min(time, now) / SECOND) * SECOND;
}

function record(
  id: string,
  time: number,
  profile: AdminProfile,
  device: Device,
  sessionIdValue: string,
  type: LogRecord['type'],
  method: LogRecord['method'],
  url: string,
  userAgent: string | undefined,
): LogRecord {
  const deleted = profile.deletedDaysAgo !== null;
  return {
    id,
    time,
    adminUuid: deleted ? null : profile.record.uuid,
    admin: deleted ? null : profile.record,
    ip: device.ip,
    url,
    type,
    method,
    userAgent: userAgent ?? device.userAgent,
    sessionId: sessionIdValue,
  };
}

// ---------------------------------------------------------------------------------------------
// Live growth

/** Growth is capped at one day of entries, so a demo tab left asleep for a week stays responsive. */
const MAX_LIVE_SPAN = DAY;

/** Slots within one 5 s tick; each draws its randomness from (seed, tick, slot) alone. */
const Slot = { CurrentBell: 1, ColleagueBell: 2, Dice: 3, CurrentAction: 4, OtherAction: 5, Bot: 6 } as const;

/**
 * The entries that happen in (`after`, `upTo`], newest first. A pure function of time: growing
 * in one step or many gives the same rows with the same ids.
 */
export function liveEntries(live: LiveContext, after: number, upTo: number): LogRecord[] {
  const out: LogRecord[] = [];
  if (upTo <= after) return out;
  const from = Math.max(after, upTo - MAX_LIVE_SPAN);
  // Start two ticks early: a bot burst begun in an earlier tick may spill into this range.
  const firstTick = Math.floor(from / BELL_PERIOD) - 2;
  const lastTick = Math.floor(upTo / BELL_PERIOD);
  const add = (rec: LogRecord) => {
    if (rec.time > from && rec.time <= upTo) out.push(rec);
  };
  for (let tick = firstTick; tick <= lastTick; tick++) tickEntries(live, tick, add);
  return out.sort(compareRecordsNewestFirst);
}

/** What happens in one 5 s tick: two bells, sometimes a click, now and then a script run. */
function tickEntries(live: LiveContext, tick: number, add: (rec: LogRecord) => void): void {
  const base = tick * BELL_PERIOD;
  const { seed, current, colleague } = live;
  const idFor = (slot: number, n = 0) => uuid(randomFor(seed, tick, slot, n));
  add(record(idFor(Slot.CurrentBell), base + current.phaseMs, current.profile, current.device, current.sessionId, 'API', 'GET', BELL_URL, undefined));
  add(record(idFor(Slot.ColleagueBell), base + colleague.phaseMs, colleague.profile, colleague.device, colleague.sessionId, 'API', 'GET', BELL_URL, undefined));

  const dice = randomFor(seed, tick, Slot.Dice);
  if (dice() < 0.08) {
    const r = randomFor(seed, tick, Slot.CurrentAction);
    const action = r() < current.profile.apiShare ? randomApiAction(r) : randomWebAction(r);
    add(liveRecord(idFor(Slot.CurrentAction), base + int(r, 0, 4) * SECOND, current, action));
  }
  if (dice() < 0.15) {
    const r = randomFor(seed, tick, Slot.OtherAction);
    const actor = otherActor(seed, r, base);
    const action = r() < 0.02 ? pick(r, HOSTILE_ACTIONS) : r() < actor.profile.apiShare ? randomApiAction(r) : randomWebAction(r);
    add(liveRecord(idFor(Slot.OtherAction), base + int(r, 0, 4) * SECOND, actor, action));
  }
  if (dice() < 0.01) botBurst(live, tick, base, add);
}

/** A colleague (not deleted, not a script) on their first device, with a session per day. */
function otherActor(seed: number, r: Random, time: number): LiveActor {
  const people = ADMIN_PROFILES.filter((p) => !p.bot && p.deletedDaysAgo === null);
  const index = int(r, 0, people.length - 1);
  const profile = people[index]!;
  return { profile, device: profile.devices[0]!, sessionId: sessionId(randomFor(seed, index, Math.floor(time / DAY))), phaseMs: 0 };
}

function botBurst(live: LiveContext, tick: number, base: number, add: (rec: LogRecord) => void): void {
  const bot = ADMIN_PROFILES.find((p) => p.bot);
  if (!bot) return;
  const r = randomFor(live.seed, tick, Slot.Bot);
  const actor: LiveActor = { profile: bot, device: bot.devices[0]!, sessionId: sessionId(r), phaseMs: 0 };
  const calls = int(r, 3, 6);
  for (let i = 0; i < calls; i++) {
    add(liveRecord(uuid(randomFor(live.seed, tick, Slot.Bot, i + 1)), base + i * SECOND, actor, randomBotAction(r)));
  }
}

function liveRecord(id: string, time: number, actor: LiveActor, action: Action): LogRecord {
  return record(id, time, actor.profile, actor.device, actor.sessionId, action.type, action.method, action.url, undefined);
}

/**
 * Appends to `log` what happened between its end and `now` (bells every 5 s for the open tabs,
 * the odd click, script runs) and returns the new entries, newest first.
 */
export function growLog(log: GeneratedLog, now: number): LogRecord[] {
  const added = liveEntries(log.live, log.now, now);
  if (now > log.now) log.now = now;
  if (added.length === 0) return added;
  const { records } = log;
  // Shift in place: spreading tens of thousands of arguments into unshift() can overflow the stack.
  const oldLength = records.length;
  records.length = oldLength + added.length;
  records.copyWithin(added.length, 0, oldLength);
  for (let i = 0; i < added.length; i++) records[i] = added[i]!;
  return added;
}
