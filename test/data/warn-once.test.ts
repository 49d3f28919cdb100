import { expect } from '@open-wc/testing';
import { warnOnce } from '../../src/data/warn-once.js';

/** The console's warnings while `body` runs. */
function consoleWarnings(body: () => void): string[] {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  try {
    body();
  } finally {
    console.warn = original;
  }
  return said;
}

// The console remembers for the whole page, so each test uses messages of its own.
describe('warnOnce', () => {
  it('says a message once in the console, naming <admin-sessions>', () => {
    const said = consoleWarnings(() => {
      for (let i = 0; i < 3; i++) warnOnce('page-size="x" is not a positive number (warn-once test 1)');
      warnOnce('another problem (warn-once test 1)');
    });
    expect(said).to.deep.equal([
      '<admin-sessions> page-size="x" is not a positive number (warn-once test 1)',
      '<admin-sessions> another problem (warn-once test 1)',
    ]);
  });

  it('names the element given in `from`, and counts the same text from two elements as two warnings', () => {
    const said = consoleWarnings(() => {
      warnOnce('locale="tlh" has no calendar locale (warn-once test 2)', { from: 'admin-sessions-range' });
      warnOnce('locale="tlh" has no calendar locale (warn-once test 2)', { from: 'admin-sessions-range' });
      warnOnce('locale="tlh" has no calendar locale (warn-once test 2)');
    });
    expect(said).to.deep.equal([
      '<admin-sessions-range> locale="tlh" has no calendar locale (warn-once test 2)',
      '<admin-sessions> locale="tlh" has no calendar locale (warn-once test 2)',
    ]);
  });

  it('with a key, says the first message of that key only, whatever the later details', () => {
    const said = consoleWarnings(() => {
      warnOnce('the cache failed (QuotaExceededError) (warn-once test 3)', { key: 'warn-once test 3' });
      warnOnce('the cache failed (UnknownError) (warn-once test 3)', { key: 'warn-once test 3' });
    });
    expect(said).to.deep.equal(['<admin-sessions> the cache failed (QuotaExceededError) (warn-once test 3)']);
  });

  it('gives a sink the message as is, once per sink, and not to the console', () => {
    const first: string[] = [];
    const second: string[] = [];
    const toFirst = (message: string) => void first.push(message);
    const toSecond = (message: string) => void second.push(message);
    const said = consoleWarnings(() => {
      warnOnce('IndexedDB is not available (warn-once test 4)', { sink: toFirst });
      warnOnce('IndexedDB is not available (warn-once test 4)', { sink: toFirst });
      warnOnce('IndexedDB is not available (warn-once test 4)', { sink: toSecond });
    });
    expect(first).to.deep.equal(['IndexedDB is not available (warn-once test 4)']);
    expect(second).to.deep.equal(['IndexedDB is not available (warn-once test 4)']);
    expect(said).to.deep.equal([]);
  });

  it('survives a sink that throws, and does not call it again for the same key', () => {
    let calls = 0;
    const throwing = () => {
      calls++;
      throw new Error('logger down');
    };
    expect(() => warnOnce('broken logger (warn-once test 5)', { sink: throwing })).not.to.throw();
    warnOnce('broken logger (warn-once test 5)', { sink: throwing });
    expect(calls).to.equal(1);
  });
});
