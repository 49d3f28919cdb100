import { startMockServer } from './mocks/browser.js';

await startMockServer({ serverTimeZone: 'UTC' });
await import('../src/index.js');
