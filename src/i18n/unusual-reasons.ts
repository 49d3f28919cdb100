/**
 * Why a request is marked unusual, in the widget's language: for the details panel's list and the
 * table's badge tooltips.
 *
 * `findUnusualActivity` (src/data/insights/unusual.ts) writes an English `reason` for logs and
 * events, and carries the same in fields: a new-IP mark its `earlierIp` and `otherEarlierCount`, a
 * burst its `count` and `windowMs`. The sentences here are built from those fields. A new-IP mark
 * without them (built by other code with only a `reason`) is shown with its own text as it is.
 */
// Their English comes with them (before anything reads it).
import './en-parts.js';
import type { SessionEntry } from '../data/entry.js';
import type { BurstMark, NewIpMark, UnusualMark } from '../data/insights/unusual.js';
import type { Messages } from './messages.js';

/** What the reasons need from a `LocalizeController`. */
export interface ReasonLocalizer {
  readonly msg: Messages;
}

/** The admin as `findUnusualActivity` names them (a marked request always has an admin). */
function adminName(entry: SessionEntry): string {
  return entry.admin?.name || entry.admin?.email || entry.admin?.id || '';
}

/** A burst window as `findUnusualActivity` measures it: whole minutes from two minutes up, else seconds. */
function windowText(ms: number, localize: ReasonLocalizer): string {
  const units = localize.msg.details.burstWindow;
  if (ms >= 120_000 && ms % 60_000 === 0) return units.minute(ms / 60_000);
  return units.second(Math.round(ms / 100) / 10);
}

/** Why `entry` is marked "new IP". */
export function newIpReason(entry: SessionEntry, mark: NewIpMark, localize: ReasonLocalizer): string {
  const ip = entry.ip?.trim();
  if (!ip || mark.earlierIp === undefined) return mark.reason;
  const others = Number.isFinite(mark.otherEarlierCount) ? Math.max(0, mark.otherEarlierCount!) : 0;
  return localize.msg.details.newIpReason(ip, adminName(entry), mark.earlierIp, others);
}

/** Why `entry` is marked "burst". */
export function burstReason(entry: SessionEntry, mark: BurstMark, localize: ReasonLocalizer): string {
  return localize.msg.details.burstReason(mark.count, adminName(entry), windowText(mark.windowMs, localize));
}

/** The reasons for `mark` on `entry` (new IP first, then burst); empty when nothing is unusual. */
export function unusualReasons(entry: SessionEntry, mark: UnusualMark | undefined, localize: ReasonLocalizer): string[] {
  const reasons: string[] = [];
  if (mark?.newIp) reasons.push(newIpReason(entry, mark.newIp, localize));
  if (mark?.burst) reasons.push(burstReason(entry, mark.burst, localize));
  return reasons;
}
