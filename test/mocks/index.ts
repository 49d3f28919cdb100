/**
 * The mock API: a seeded, realistic session log served in both contracts (native and PUQcloud), with
 * controls to break it. Tests use it through msw; the demo (`npm start`) starts the same handlers in
 * a service worker (demo/mocks/browser.ts). Typical use:
 *
 *   const handlers = createHandlers({ count: 200, now: () => FIXED_NOW, latencyMs: 0 });
 *   const worker = setupWorker(...handlers); await worker.start({ quiet: true });
 *   handlers.failNext(401);
 */
export {
  createHandlers,
  DEFAULT_NATIVE_PATH,
  DEFAULT_PUQCLOUD_PATH,
  type Contract,
  type FailOptions,
  type MockApiControls,
  type MockApiOptions,
  type MockHandlers,
  type RecordedRequest,
} from './handlers.js';
export {
  compareRecordsNewestFirst,
  generateLog,
  growLog,
  liveEntries,
  type GeneratedLog,
  type GenerateLogOptions,
  type LogRecord,
} from './log-generator.js';
export { MockLogStore } from './log-store.js';
export { ADMIN_PROFILES, CURRENT_ADMIN_ID, HOSTILE_ACTIONS, PANEL_ORIGIN, type AdminRecord } from './fixtures.js';
export { htmlspecialchars, phpJsonEncode, toPuqcloudRow } from './puqcloud-api.js';
export { adminName, toNativeEntry } from './native-api.js';
export { ServerClock } from './server-time.js';

/** A fixed "now" for tests: 2025-12-15 14:03:22.500 UTC (the contract examples' day). */
export const TEST_NOW = Date.UTC(2025, 11, 15, 14, 3, 22, 500);

/** Admin ids by role, so tests need not repeat UUIDs. */
export const MOCK_ADMINS = {
  current: '9e7b6a51-2f7d-4c1e-8d8c-3b1a4b9f0e22',
  sean: '3f1c2d4e-8a9b-4c7d-9e0f-1a2b3c4d5e6f',
  ops: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  zoe: 'c41e7d2a-5b3f-4e8a-9d1c-2f6b8a0e4d37',
  tj: '5d2f8e61-0a4b-4c9d-8e7f-6a1b2c3d4e50',
  /** Deleted: their rows carry `admin: null`. */
  deleted: 'e8a1f3c5-7b9d-4f2e-a6c8-0d1e2f3a4b5c',
} as const;
