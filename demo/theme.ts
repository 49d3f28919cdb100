import { startMockServer } from './mocks/browser.js';

await startMockServer({ serverTimeZone: 'UTC', histogram: true });
await import('../src/index.js');
