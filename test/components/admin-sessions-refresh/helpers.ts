import { sendMouse } from '@web/test-runner-commands';
import { refreshPreferenceKey } from '../../../src/data/refresh/refresh-preference.js';
import type { AdminSessionsRefresh } from '../../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';

/** The element in `el`'s shadow root exposing `part`, or null. */
export function part<T extends Element = HTMLElement>(el: AdminSessionsRefresh, name: string): T | null {
  return el.shadowRoot!.querySelector<T & Element>(`[part~="${name}"]`) as T | null;
}

/** Like `part`, for parts that must be there. */
export function mustPart<T extends Element = HTMLElement>(el: AdminSessionsRefresh, name: string): T {
  const found = part<T>(el, name);
  if (!found) throw new Error(`no part "${name}" rendered`);
  return found;
}

/** A real mouse click in the middle of `target`. */
export async function clickOn(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** The countdown's percentage as announced (`aria-valuenow`), or null when no countdown is shown. */
export function countdownPercent(el: AdminSessionsRefresh): number | null {
  const value = part(el, 'countdown')?.getAttribute('aria-valuenow');
  return value == null ? null : Number(value);
}

export function text(el: AdminSessionsRefresh, name: string): string | null {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
}

export const PREFERENCE_KEY = refreshPreferenceKey();

export function forgetChoice(): void {
  localStorage.removeItem(PREFERENCE_KEY);
}

/** Makes the page report `document.visibilityState` as `state` and tells listeners. */
export function setPageVisibility(state: DocumentVisibilityState): void {
  if (state === 'visible') delete (document as { visibilityState?: unknown }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
