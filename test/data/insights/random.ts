/** A seeded pseudo-random generator (the mock log's mulberry32), so a failing random case can be replayed. */
export { mulberry32 as seededRandom } from '../../mocks/random.js';

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
