/**
 * Starts the mock API in the browser: a service worker (demo/public/mockServiceWorker.js, served
 * at the site root) answers the two session-log endpoints; every other request goes to the network.
 * The mock API itself lives with the tests (test/mocks/), which use the same handlers.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type MockApiControls, type MockApiOptions } from '../../test/mocks/handlers.js';

export interface MockServer {
  readonly worker: SetupWorker;
  /** failNext(), setLatency(), the shared store… */
  readonly api: MockApiControls;
  stop(): void;
}

export async function startMockServer(options: MockApiOptions = {}): Promise<MockServer> {
  const handlers = createHandlers(options);
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { worker, api: handlers, stop: () => worker.stop() };
}
