import type { SessionEntry } from '../../../src/data/entry.js';

export const T0 = Date.UTC(2025, 11, 15, 12);

export const OPS = { id: 'a-ops', name: 'Ops', email: 'ops@example.com' };
export const SEAN = { id: 'a-sean', name: "Seán O'Brien", email: 'o.brien@example.com' };

/** One entry with sensible defaults; override what the test is about. */
export function entry(overrides: Partial<SessionEntry> & { id: string }): SessionEntry {
  return {
    time: T0,
    admin: OPS,
    ip: '10.0.4.17',
    url: 'https://panel.example.com/admin/clients',
    type: 'WEB',
    method: 'GET',
    userAgent: null,
    ...overrides,
  };
}
