export { AdminSessions } from './components/admin-sessions/admin-sessions.js';
export { AdminSessionsTable } from './components/admin-sessions-table/admin-sessions-table.js';
export * from './events/events.js';
export * from './events/table-events.js';
export type { SessionEntry, SessionAdmin, RequestType, HttpMethod } from './data/entry.js';
export type { SessionQuery, SortColumn, SortOrder } from './data/query.js';
export type { FetchPage, PageRequest, SessionPage, AdapterCapabilities, SessionsAdapter } from './data/adapters/index.js';
export { NativeAdapter, PuqcloudAdapter, createAdapter } from './data/adapters/index.js';
export { SessionsError, type SessionsErrorKind } from './data/errors.js';
