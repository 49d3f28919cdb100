/**
 * Why a request is marked unusual, in the panel's language.
 *
 * `computeUnusual` (src/data/insights/unusual.ts) writes its reasons in English. A burst carries its
 * numbers (`count`, `windowMs`), so it is written anew from them. A new-IP mark carries only its
 * English sentence: the IP the admin used before, and how many others, are read back from its
 * "(earlier: …)" ending; when that ending is not there (the data layer worded it differently), the
 * English sentence is shown as it is rather than a wrong translation.
 */
import type { SessionEntry } from '../../data/entry.js';
import type { UnusualMark } from '../../data/insights/unusual.js';
import type { Messages } from '../../i18n/messages.js';

/** What the reasons need from a `LocalizeController`. */
export interface ReasonLocalizer {
  readonly msg: Messages;
}

/** `(earlier: 203.0.113.9)` or `(earlier: 203.0.113.9 and 2 other IPs)` at the end of the English reason. */
const EARLIER = /\(earlier: (\S+)(?: and (\d+) other IPs?)?\)$/;

/** The admin as `computeUnusual` names them (a marked request always has an admin). */
function adminName(entry: SessionEntry): string {
  return entry.admin?.name || entry.admin?.email || entry.admin?.id || '';
}

/** A burst window as `computeUnusual` measures it: whole minutes from two minutes up, else seconds. */
function windowText(ms: number, localize: ReasonLocalizer): string {
  const units = localize.msg.details.burstWindow;
  if (ms >= 120_000 && ms % 60_000 === 0) return units.minute(ms / 60_000);
  return units.second(Math.round(ms / 100) / 10);
}

/** The reasons for `mark` on `entry` (new IP first, then burst); empty when nothing is unusual. */
export function unusualReasons(entry: SessionEntry, mark: UnusualMark | undefined, localize: ReasonLocalizer): string[] {
  const msg = localize.msg.details;
  const reasons: string[] = [];
  if (mark?.newIp) {
    const earlier = EARLIER.exec(mark.newIp.reason);
    const ip = entry.ip?.trim();
    reasons.push(earlier && ip ? msg.newIpReason(ip, adminName(entry), earlier[1]!, Number(earlier[2] ?? 0)) : mark.newIp.reason);
  }
  if (mark?.burst) reasons.push(msg.burstReason(mark.burst.count, adminName(entry), windowText(mark.burst.windowMs, localize)));
  return reasons;
}
