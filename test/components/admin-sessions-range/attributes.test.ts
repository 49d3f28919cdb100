import { expect } from '@open-wc/testing';
import { instantConverter, toInstant } from '../../../src/components/admin-sessions-range/attributes.js';

describe('attributes (reading from / to)', () => {
  it('reads ms, numeric text, ISO 8601 and Dates; nothing is null', () => {
    expect(toInstant(1_765_800_000_000)).to.equal(1_765_800_000_000);
    expect(toInstant(' 1765800000000 ')).to.equal(1_765_800_000_000);
    expect(toInstant('2025-12-15T12:00:00Z')).to.equal(Date.UTC(2025, 11, 15, 12));
    expect(toInstant(new Date(Date.UTC(2025, 11, 15)))).to.equal(Date.UTC(2025, 11, 15));
    for (const none of [null, undefined, '']) expect(toInstant(none)).to.equal(null);
  });

  it('calls anything else unreadable', () => {
    for (const bad of ['not a date', Number.NaN, Infinity, new Date(Number.NaN), {}, true]) expect(toInstant(bad), String(bad)).to.equal(undefined);
  });

  it('keeps an unreadable attribute as text, so the element can name it when it warns', () => {
    const fromAttribute = instantConverter.fromAttribute!;
    expect(fromAttribute('2025-12-15T12:00:00Z', Number)).to.equal(Date.UTC(2025, 11, 15, 12));
    expect(fromAttribute('yesterday-ish', Number)).to.equal('yesterday-ish');
  });
});
