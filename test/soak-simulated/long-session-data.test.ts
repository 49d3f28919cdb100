/**
 * `npm run soak:simulated`: 24 simulated hours of the data path, every one of the 43,200 ticks, with
 * the in-memory and cache caps at 20,000 (about 4.5 wall minutes per browser). `npm test` runs a
 * one-hour version (test/hardening/long-session-data.test.ts).
 */
import { describeDataSession } from '../hardening/long-session-data.js';

describeDataSession({ part: 'long-session-data-24h', hours: 24, cap: 20_000, sampleEveryMs: 30 * 60_000 });
