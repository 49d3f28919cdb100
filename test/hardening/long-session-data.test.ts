/**
 * Issue 8, part 4, in `npm test`: one simulated hour of the data path with caps of 2,000, so the caps
 * fill (after 400 s) and hold for most of the run. The full day (caps 20,000) is
 * `npm run soak:simulated` (test/soak-simulated/long-session-data.test.ts).
 */
import { describeDataSession } from './long-session-data.js';

describeDataSession({ part: 'long-session-data', hours: 1, cap: 2_000, sampleEveryMs: 5 * 60_000 });
