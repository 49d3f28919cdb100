/**
 * `npm run soak:simulated`: the element with the cache and memory capped at 20,000, aiming at 24
 * simulated hours. It must reach 1.5 h (past the cap, which fills after 66.7 simulated minutes) and
 * goes on while its 2-minute wall budget lasts (about 4 simulated hours on a 2-core machine); the
 * summary line says the span it reached. `npm test` runs a fixed 10-minute version with a 1,000 cap.
 */
import { describeLongSession } from '../hardening/long-session.js';

describeLongSession({ part: 'long-session-20k', cap: 20_000, goalHours: 24, minHours: 1.5, wallBudgetMs: 2 * 60_000, sampleEveryMs: 15 * 60_000 });
