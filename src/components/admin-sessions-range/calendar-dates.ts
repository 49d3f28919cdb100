/**
 * Instants ⇄ what the calendar shows. flatpickr only knows the browser's zone, so for another zone
 * it is handed "calendar dates": Date objects whose *local* fields are the wall-clock time in that
 * zone. (No flatpickr here: the panel computes them before the calendar has loaded.)
 */
import { fromWallTime, toWallTime } from '../../data/time-zone.js';

const millisOf = (epochMs: number) => ((epochMs % 1000) + 1000) % 1000;

/** The Date flatpickr should show for an instant (`timeZone` undefined = the browser's zone). */
export function toCalendarDate(epochMs: number, timeZone: string | undefined): Date {
  if (!timeZone) return new Date(epochMs);
  const wall = toWallTime(epochMs, timeZone);
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millisOf(epochMs));
}

/** The instant a calendar date stands for. */
export function fromCalendarDate(date: Date, timeZone: string | undefined): number {
  if (!timeZone) return date.getTime();
  const wall = {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  };
  return fromWallTime(wall, timeZone) + date.getMilliseconds();
}
