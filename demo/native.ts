// The mock API must be running before the element's first request, so the element is imported after.
import { startMockServer } from './mocks/browser.js';

const server = await startMockServer({ serverTimeZone: 'Europe/Kyiv', histogram: true, facets: true });
await import('../src/index.js');

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-fail]')) {
  button.addEventListener('click', () => server.api.failNext(Number(button.dataset.fail), { retryAfter: 10 }));
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-latency]')) {
  button.addEventListener('click', () => server.api.setLatency(Number(button.dataset.latency)));
}
