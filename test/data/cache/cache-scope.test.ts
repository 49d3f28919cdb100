import { expect } from '@open-wc/testing';
import { cacheScope } from '../../../src/data/cache/entry-cache.js';

describe('cacheScope', () => {
  const endpoint = 'https://panel.example.com/api/sessions';

  it('differs per admin and per endpoint, and is stable for the same pair', () => {
    expect(cacheScope(endpoint, 'admin-a')).to.equal(cacheScope(endpoint, 'admin-a'));
    expect(cacheScope(endpoint, 'admin-a')).not.to.equal(cacheScope(endpoint, 'admin-b'));
    expect(cacheScope(endpoint, 'admin-a')).not.to.equal(cacheScope('https://other.example.com/api/sessions', 'admin-a'));
  });

  it('keeps an unknown identity apart from every named one, even an empty name', () => {
    const scopes = new Set([cacheScope(endpoint, null), cacheScope(endpoint, ''), cacheScope(endpoint, 'null')]);
    expect(scopes.size).to.equal(3);
  });

  it('cannot be forged by moving a separator between endpoint and identity', () => {
    expect(cacheScope('a|b', 'c')).not.to.equal(cacheScope('a', 'b|c'));
    expect(cacheScope('a","b', 'c')).not.to.equal(cacheScope('a', 'b","c'));
  });

  it('ignores whitespace around the endpoint', () => {
    expect(cacheScope(` ${endpoint}\n`, 'admin-a')).to.equal(cacheScope(endpoint, 'admin-a'));
  });
});
