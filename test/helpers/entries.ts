import type { SessionEntry } from '../../src/data/entry.js';

const ADMINS = [
  { id: 'a1', name: 'Alice Admin', email: 'alice@example.com' },
  { id: 'a2', name: 'Bob Ops', email: 'bob@example.com' },
  { id: 'a3', name: "Seán O'Brien", email: 'o.brien@example.com' },
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** `count` entries, newest first, one second apart, ending at `newest`; ids `${prefix}${i}`. */
export function makeEntries(count: number, newest = Date.UTC(2025, 11, 15, 12), prefix = 'e'): SessionEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    time: newest - i * 1000,
    admin: ADMINS[i % ADMINS.length]!,
    ip: `10.0.${i % 250}.${i % 7}`,
    url: i % 10 === 0 ? 'https://panel.example.com/admin/api/my_account/bell_notification' : `https://panel.example.com/admin/clients/${i}`,
    type: i % 2 ? 'API' : 'WEB',
    method: METHODS[i % METHODS.length]!,
    userAgent: 'Mozilla/5.0',
  }));
}
