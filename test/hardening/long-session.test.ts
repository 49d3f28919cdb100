/**
 * Issue 8, part 4, in `npm test`: the element through a fixed 10 simulated minutes (300 ticks) with
 * a cap of 1,000, which fills after 200 s and holds for the rest of the run. The span does not depend
 * on the machine's speed. The 20,000 cap for hours is `npm run soak:simulated`
 * (test/soak-simulated/long-session.test.ts).
 */
import { describeLongSession } from './long-session.js';

describeLongSession({ part: 'long-session', cap: 1_000, goalHours: 1 / 6, minHours: 1 / 6, wallBudgetMs: 0, sampleEveryMs: 2 * 60_000 });
