// A PUQcloud-like admin page: the mock answers exactly as PUQcloud's Laravel controller does.
import { startMockServer } from './mocks/browser.js';

await startMockServer({ serverTimeZone: 'Europe/Kyiv' });
await import('../src/index.js');
