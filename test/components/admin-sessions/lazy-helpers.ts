/**
 * What the tests of the parts loaded on demand share (lazy-parts, lazy-parts-failure, lazy-tools):
 * the widget with 30 rows from a page's `fetchPage`, 1440 px wide, and a module's URL for msw to hold
 * or fail. Each of those files runs in its own page, which must not have loaded the parts before.
 */
import { fixture, html } from '@open-wc/testing';
import { http, passthrough, type HttpHandler } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { SessionPage } from '../../../src/data/adapters/adapter.js';
import { makeEntries } from '../../helpers/entries.js';
import { deferred, rowsOf, until } from '../../helpers/msw.js';

/** The module of an element's folder, as the test server serves it. */
export const MODULE = (folder: string) => new RegExp(`/src/components/${folder}/${folder}\\.ts`);

const entries = makeEntries(30, Date.now() - 60_000);
const fetchPage = async (): Promise<SessionPage> => ({ entries, total: entries.length, nextCursor: null });

/** The widget, 1440 px wide, once its first rows are painted. */
export async function mount(): Promise<AdminSessions> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1440px"><admin-sessions cache="none" .fetchPage=${fetchPage}></admin-sessions></div>`);
  const el = wrapper.querySelector<AdminSessions>('admin-sessions')!;
  await until(() => rowsOf(el).length > 0, 'no rows');
  return el;
}

/**
 * msw handlers that hold the requests for these modules until `release()`; `asked` lists, by name,
 * the ones the page has asked for meanwhile.
 */
export function holdModules(modules: Record<string, RegExp>): { handlers: HttpHandler[]; asked: string[]; release: () => void } {
  const gate = deferred();
  const asked: string[] = [];
  const handlers = Object.entries(modules).map(([name, path]) =>
    http.get(path, async () => {
      asked.push(name);
      await gate.promise;
      return passthrough();
    }),
  );
  return { handlers, asked, release: () => gate.resolve() };
}
