import { waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRangeChangeEvent } from '../../../src/events/range-change.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An element inside the picker's shadow root; fails the test when it is missing. */
export function part<T extends Element = HTMLElement>(el: AdminSessionsRange, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <admin-sessions-range>`);
  return found;
}

export const trigger = (el: AdminSessionsRange) => part<HTMLButtonElement>(el, '[part~="trigger"]');
export const panel = (el: AdminSessionsRange) => part<HTMLElement>(el, '[part~="panel"]');
export const startInput = (el: AdminSessionsRange) => part<HTMLInputElement>(el, '#start');
export const endInput = (el: AdminSessionsRange) => part<HTMLInputElement>(el, '#end');
export const errorMessage = (el: AdminSessionsRange) => part<HTMLElement>(el, '[part~="error"]');
export const presetButton = (el: AdminSessionsRange, preset: string) =>
  part<HTMLButtonElement>(el, `[part~="preset"][data-preset="${preset}"]`);

/** The trigger's visible text, whitespace collapsed (the visually hidden prefix excluded). */
export const summaryText = (el: AdminSessionsRange) => part(el, '.summary').textContent!.trim();

/** Whether the panel is rendered and takes space on screen. */
export function isPanelShown(el: AdminSessionsRange): boolean {
  const box = panel(el).getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** A real mouse click in the middle of an element (in a shadow root or not). */
export async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

/** A day cell of the calendar month currently shown (not a neighbouring month's). */
export function dayCell(el: AdminSessionsRange, day: number): HTMLElement {
  const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)')];
  const cell = cells.find((candidate) => candidate.textContent?.trim() === String(day));
  if (!cell) throw new Error(`no day ${day} in the calendar`);
  return cell;
}

/** The month and year the calendar shows, as the user reads them. */
export function calendarMonth(el: AdminSessionsRange): string {
  const select = part<HTMLSelectElement>(el, '.flatpickr-monthDropdown-months');
  const year = part<HTMLInputElement>(el, '.numInput.cur-year').value;
  return `${select.selectedOptions[0]!.textContent!.trim()} ${year}`;
}

/**
 * Opens the panel with a real click and waits until it shows. The trigger saying it is expanded is
 * the click's own effect; a busy machine only makes that take longer (up to 5 s), not fail.
 */
export async function openPanel(el: AdminSessionsRange): Promise<void> {
  await click(trigger(el));
  await waitUntil(() => trigger(el).getAttribute('aria-expanded') === 'true', 'the click did not open the panel', { timeout: 5000 });
  await el.updateComplete;
  if (!isPanelShown(el)) throw new Error('the panel is open but takes no space on screen');
}

/** Records every change event the element fires. */
export function recordChanges(el: AdminSessionsRange): AdminSessionsRangeChangeEvent[] {
  const events: AdminSessionsRangeChangeEvent[] = [];
  el.addEventListener('admin-sessions-range-change', (event) => events.push(event));
  return events;
}

/** Clicks into an input, selects its text and types over it, as a person would. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  await click(input);
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
}

/** The texts of the calendar's selected day cells (range ends), in order. */
export function selectedDays(el: AdminSessionsRange): string[] {
  return [...el.shadowRoot!.querySelectorAll('.flatpickr-day.selected, .flatpickr-day.startRange, .flatpickr-day.endRange')]
    .filter((cell) => !cell.classList.contains('prevMonthDay') && !cell.classList.contains('nextMonthDay'))
    .map((cell) => cell.textContent!.trim());
}

/** The element that has focus, looking through the picker's shadow root. */
export const focused = (el: AdminSessionsRange) => el.shadowRoot!.activeElement;

/** Local wall time as ms since the epoch (tests use the browser's zone unless they set one). */
export const local = (year: number, month: number, day: number, hour = 0, minute = 0) =>
  new Date(year, month - 1, day, hour, minute).getTime();
