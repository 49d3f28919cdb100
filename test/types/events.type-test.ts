// Type-level test, checked by `npm run typecheck` (never executed): the package's tag and event
// maps make the README's one-liners type-check, and wrong uses fail to compile.
import type { AdminSessions, SessionEntry } from '../../src/index.js';

export function typeChecks(): void {
  const el = document.querySelector('admin-sessions')!;
  const typed: AdminSessions = el;
  el.addEventListener('admin-sessions-load', (event) => {
    const entries: readonly SessionEntry[] = event.detail.entries;
    const total: number | null = event.detail.total;
    void [entries, total];
  });
  el.addEventListener('admin-sessions-error', (event) => {
    const status: number = event.detail.status;
    const login: string | null = event.detail.loginUrl;
    const shown: string = event.detail.text;
    const retryAfter: number | null = event.detail.retryAfter;
    const detail: string | null = event.detail.detail;
    const timeoutSeconds: number | null = event.detail.timeoutSeconds;
    void [status, login, shown, retryAfter, detail, timeoutSeconds];
  });
  document.querySelector('admin-sessions-range')!.addEventListener('admin-sessions-range-change', (event) => {
    const from: number | null = event.detail.from;
    void from;
  });
  document.querySelector('admin-sessions-refresh')!.addEventListener('admin-sessions-refresh-change', (event) => {
    const interval: number = event.detail.interval;
    void interval;
  });
  el.addEventListener('admin-sessions-load', (event) => {
    // @ts-expect-error: the load detail has no `rows`.
    void event.detail.rows;
  });
  // @ts-expect-error: page-size is a number or numeric string, not a boolean.
  typed.pageSize = true;
  void typed;
}
