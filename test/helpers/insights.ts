/**
 * The query language and the unusual-activity marks (a chunk of their own, `src/data/insights/load.ts`),
 * loaded before a test module runs: tests of the data path call `deriveView` and friends directly,
 * as the widget does once that chunk is there.
 */
import { loadInsights } from '../../src/data/insights/load.js';

await loadInsights();
