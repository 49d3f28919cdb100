import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessionsViews } from '../../../src/components/admin-sessions-views/admin-sessions-views.js';
import { savedViewsKey } from '../../../src/data/saved-views.js';
import { cacheScope } from '../../../src/data/cache/entry-cache.js';

/** The Views menu inside the widget. */
export function menuOf(el: AdminSessions): AdminSessionsViews {
  const menu = el.shadowRoot!.querySelector('admin-sessions-views');
  if (!menu) throw new Error('no Views menu');
  return menu;
}

/** A part inside the Views menu. */
export function viewsPart(el: AdminSessions, part: string): HTMLElement | null {
  return el.shadowRoot?.querySelector('admin-sessions-views')?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`) ?? null;
}

export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Each listed view's line, by name. */
export function viewLines(el: AdminSessions): HTMLElement[] {
  return [...menuOf(el).shadowRoot!.querySelectorAll<HTMLElement>('li[data-name]')];
}

export function viewLine(el: AdminSessions, name: string): HTMLElement | null {
  return viewLines(el).find((line) => line.dataset.name === name) ?? null;
}

/** A real mouse click in the middle of `element`. */
export async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  if (!box.width || !box.height) throw new Error(`cannot click ${element.outerHTML.slice(0, 80)}: not laid out`);
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await sendMouse({ type: 'move', position: [0, 0] });
}

/** Opens the Views menu with the mouse. */
export async function openMenu(el: AdminSessions): Promise<void> {
  const button = viewsPart(el, 'views-button')!;
  if (button.getAttribute('aria-expanded') !== 'true') await clickOn(button);
  await menuOf(el).updateComplete;
}

/** Types a name in "Save current view" and presses Enter. */
export async function saveAs(el: AdminSessions, name: string): Promise<void> {
  const field = viewsPart(el, 'views-name') as HTMLInputElement;
  field.focus();
  if (name) await sendKeys({ type: name });
  await sendKeys({ press: 'Enter' });
  await menuOf(el).updateComplete;
}

/** The localStorage key of the views of `admin` on `endpoint` (a page's `fetchPage`: `'fetchPage'`). */
export function storageKey(endpoint: string, admin: string): string {
  return savedViewsKey(cacheScope(endpoint, admin));
}

/** A viewer no other test uses (warnings are said once per key). */
export const uniqueAdmin = () => `admin-${Math.random().toString(36).slice(2, 10)}@example.com`;
