/**
 * What the open panel edits until Apply or Cancel, as plain data: the texts of the Start and End
 * fields, the instants behind them, and the checks that turn them into a range (no DOM).
 */
import type { AdminSessionsRangeChangeDetail } from '../../events/range-change.js';
import { fromCalendarDate, toCalendarDate } from './calendar-dates.js';
import type { DateText } from './date-text.js';
import { resolvePreset, type RangePreset } from '../../data/range-presets.js';

/** What the panel edits until Apply or Cancel. */
export interface Draft {
  /** The exact instants behind the texts, as last set by a preset, the calendar or the applied value. */
  readonly from: number | null;
  readonly to: number | null;
  readonly relative: RangePreset | null;
  /** What the Start and End inputs show (possibly typed, unparsed). */
  readonly startText: string;
  readonly endText: string;
}

export type Field = 'start' | 'end';

/** A validation problem; its text is looked up at render time, so it follows a language change. */
export interface InputError {
  readonly kind: 'invalidStart' | 'invalidEnd' | 'endBeforeStart';
  readonly field: Field;
  /** The date pattern the input must follow (`MM/DD/YYYY, HH:mm`). */
  readonly format: string;
}

/** How the fields' texts are written and read (in the zone), and the zone of the calendar's dates (`undefined` = the browser's). */
export interface TextSettings {
  readonly text: DateText;
  readonly zone: string | undefined;
}

export const EMPTY_DRAFT: Draft = { from: null, to: null, relative: null, startText: '', endText: '' };

/** An instant as the fields show it; `''` for an open end. */
export function fieldText(instant: number | null, settings: TextSettings): string {
  return instant === null ? '' : settings.text.format(instant);
}

export function draftOf(from: number | null, to: number | null, relative: RangePreset | null, settings: TextSettings): Draft {
  return { from, to, relative, startText: fieldText(from, settings), endText: fieldText(to, settings) };
}

/** A preset resolved against the clock now, as a draft. */
export function presetDraft(preset: RangePreset, now: number, settings: TextSettings): Draft {
  const { from, to } = resolvePreset(preset, now, settings.zone);
  return draftOf(from, to, preset, settings);
}

/** The draft's instants as the calendar shows them (none, the start, or both ends). */
export function calendarDates(draft: Draft, zone: string | undefined): Date[] {
  return [draft.from, draft.to].filter((instant): instant is number => instant !== null).map((instant) => toCalendarDate(instant, zone));
}

/** A field's instant: `null` when empty, `undefined` when unreadable. */
export function readField(text: string, exact: number | null, settings: TextSettings): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Untouched text keeps the exact instant (seconds included) it was formatted from.
  if (exact !== null && trimmed === fieldText(exact, settings)) return exact;
  return settings.text.parse(trimmed) ?? undefined;
}

/** The draft as a range to apply (a relative one resolved against `now`), or why it cannot be. */
export function checkDraft(draft: Draft, now: number, settings: TextSettings): { range: AdminSessionsRangeChangeDetail } | { error: InputError } {
  if (draft.relative) return { range: { ...resolvePreset(draft.relative, now, settings.zone), relative: draft.relative } };
  const format = settings.text.hint;
  const from = readField(draft.startText, draft.from, settings);
  if (from === undefined) return { error: { kind: 'invalidStart', field: 'start', format } };
  const to = readField(draft.endText, draft.to, settings);
  if (to === undefined) return { error: { kind: 'invalidEnd', field: 'end', format } };
  if (from !== null && to !== null && to < from) return { error: { kind: 'endBeforeStart', field: 'end', format } };
  return { range: { from, to, relative: null } };
}

/**
 * A field was committed (blur or Enter): its error if it is unreadable; else the draft with both
 * fields' instants, for the calendar to follow; `null` when there is nothing to follow yet.
 */
export function commitField(field: Field, draft: Draft, settings: TextSettings): { draft: Draft } | { error: InputError } | null {
  const from = readField(draft.startText, draft.from, settings);
  const to = readField(draft.endText, draft.to, settings);
  const format = settings.text.hint;
  if (field === 'start' && from === undefined) return { error: { kind: 'invalidStart', field, format } };
  if (field === 'end' && to === undefined) return { error: { kind: 'invalidEnd', field, format } };
  if (from === undefined || to === undefined || (from !== null && to !== null && to < from)) return null;
  return { draft: { ...draft, from, to } };
}

/** The calendar day a date falls on (local fields). */
const dayKey = (date: Date) => `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;

/**
 * The user picked days or changed the time in the calendar: the draft becomes absolute. Picked days
 * are whole days: a fresh pick starts at 00:00 (the calendar's time row resets to its default hour),
 * and the pick that completes a range moves its end to 23:59:59.999 of the last day (`shown`: the
 * dates the calendar must show instead of its own). After that the time row edits the end.
 * `draft` is `null` when the texts do not change: flatpickr also reports when focus merely leaves
 * its time inputs, and a preset is kept then.
 */
export function pickedDraft(dates: readonly Date[], draft: Draft, settings: TextSettings): { draft: Draft | null; shown: Date[] | null } {
  const { zone } = settings;
  const [first, second] = dates;
  let last = second;
  let shown: Date[] | null = null;
  const shownDays = calendarDates(draft, zone).map(dayKey);
  if (first && second && dates.map(dayKey).join() !== shownDays.join()) {
    last = new Date(second.getFullYear(), second.getMonth(), second.getDate(), 23, 59, 59, 999);
    shown = [first, last];
  }
  const from = first ? fromCalendarDate(first, zone) : null;
  const to = last ? fromCalendarDate(last, zone) : null;
  const next = draftOf(from, to, null, settings);
  const unchanged = next.startText === draft.startText && next.endText === draft.endText;
  return { draft: unchanged ? null : next, shown };
}
