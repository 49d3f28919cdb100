// Type-level test for React 19 hosts, compiled by `npm run typecheck:readme` beside the README's
// React snippet and its `declare module 'react'` (never executed): every `@ts-expect-error` line
// must be an error, so a wrong attribute, value or event-detail field fails to compile.
import 'admin-sessions';
import type { AdminSessions } from 'admin-sessions';
import type { AdminSessions as StandaloneAdminSessions } from 'admin-sessions/standalone';

export function Checks() {
  const standalone: StandaloneAdminSessions = document.createElement('admin-sessions');
  const el: AdminSessions = standalone;
  void el;
  return (
    <>
      <admin-sessions
        endpoint="/api/log"
        adapter="native"
        cache="memory"
        density="compact"
        range="30d"
        sort="ip"
        order="asc"
        page-size={100}
        onadmin-sessions-load={(event) => {
          const total: number | null = event.detail.total;
          const first: string | undefined = event.detail.entries[0]?.id;
          const target: AdminSessions = event.target;
          void [total, first, target];
        }}
        onadmin-sessions-error={(event) => {
          const status: number = event.detail.status;
          void status;
        }}
      />
      {/* @ts-expect-error: `adapter` is 'native' | 'puqcloud'. */}
      <admin-sessions endpoint="/api/log" adapter="puqclod" />
      {/* @ts-expect-error: `cache` is 'idb' | 'memory' | 'none'. */}
      <admin-sessions endpoint="/api/log" cache="indexeddb" />
      {/* @ts-expect-error: `density` is 'comfortable' | 'compact'. */}
      <admin-sessions endpoint="/api/log" density="cozy" />
      {/* @ts-expect-error: `range` is one of the presets. */}
      <admin-sessions endpoint="/api/log" range="2w" />
      {/* @ts-expect-error: no attribute `endpont`. */}
      <admin-sessions endpont="/api/log" />
      <admin-sessions
        endpoint="/api/log"
        // @ts-expect-error: the load detail has `total`, not `count`.
        onadmin-sessions-load={(event) => console.log(event.detail.count)}
      />
      <admin-sessions
        endpoint="/api/log"
        // @ts-expect-error: the error detail's `status` is a number.
        onadmin-sessions-error={(event) => event.detail.status.toUpperCase()}
      />
      <admin-sessions-refresh
        // @ts-expect-error: the refresh control's event carries `interval`, not `seconds`.
        onadmin-sessions-refresh-change={(event) => console.log(event.detail.seconds)}
      />
    </>
  );
}
