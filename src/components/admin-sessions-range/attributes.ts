/** Reading the picker's attributes: instants in the forms a page writes them, and one warning per bad value. */
import type { ComplexAttributeConverter } from 'lit';
import { warnOnce as warnOnceAs } from '../../data/warn-once.js';

/** Warns once per distinct message (the one warn-once), naming this element. */
export function warnOnce(message: string): void {
  warnOnceAs(message, { from: 'admin-sessions-range' });
}

/** ms since the epoch from a number, a numeric string, an ISO 8601 string or a Date; `null` for none, `undefined` if unreadable. */
export function toInstant(value: unknown): number | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'string') {
    const text = value.trim();
    const instant = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text);
    return Number.isFinite(instant) ? instant : undefined;
  }
  return undefined;
}

/** `from` / `to` attributes: ms since the epoch or ISO 8601 (with an offset; without one, the browser's zone). */
export const instantConverter: ComplexAttributeConverter<number | null | string> = {
  // An unreadable value is kept as text so that the element warns once and falls back.
  fromAttribute: (value) => toInstant(value) ?? value,
};
