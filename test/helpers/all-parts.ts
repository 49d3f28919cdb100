/**
 * The parts `<admin-sessions>` loads on demand (`src/components/admin-sessions/parts.ts`), defined
 * up front: tests of the shell's behaviour see it as after its parts arrived. How they arrive
 * (loading, slow, failed, retry) is `test/controllers/parts-controller.test.ts`.
 */
import '../../src/components/admin-sessions-range/admin-sessions-range.js';
import '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import '../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import '../../src/components/admin-sessions-details/admin-sessions-details.js';
