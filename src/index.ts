// Registers every element and exports the public API.
export { AdminSessions } from './components/admin-sessions/admin-sessions.js';
export { AdminSessionsTable } from './components/admin-sessions-table/admin-sessions-table.js';
export { AdminSessionsRange } from './components/admin-sessions-range/admin-sessions-range.js';
export { AdminSessionsRefresh } from './components/admin-sessions-refresh/admin-sessions-refresh.js';
export { RANGE_PRESETS, resolvePreset, isRangePreset, type RangePreset } from './components/admin-sessions-range/presets.js';
export * from './events/events.js';
export * from './events/table-events.js';
export * from './events/range-change.js';
export * from './events/refresh-events.js';
export type { SessionEntry, SessionAdmin, RequestType, HttpMethod } from './data/entry.js';
export type { SessionQuery, SortColumn, SortOrder } from './data/query.js';
export type { FetchPage, PageRequest, SessionPage, AdapterCapabilities, SessionsAdapter } from './data/adapters/index.js';
export { NativeAdapter, PuqcloudAdapter, createAdapter } from './data/adapters/index.js';
export { SessionsError, type SessionsErrorKind } from './data/errors.js';
export { clearCache, type ClearCacheOptions } from './data/cache/index.js';
export { RefreshLoop, type RefreshLoopState, type RefreshPausedReason } from './data/refresh/refresh-loop.js';
