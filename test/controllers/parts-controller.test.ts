/**
 * PartsController: the parts of `<admin-sessions>` that come in chunks of their own. A part's tag
 * is drawn at once; its state says whether its chunk is on its way, slow, there, or failed (with a
 * retry). Fake parts with chunks the test settles by hand, on a fake clock.
 */
import { expect } from '@open-wc/testing';
import { PartsController, type PartLoader } from '../../src/controllers/parts-controller.js';
import { SLOW_PART_MS } from '../../src/data/defaults.js';
import { installFakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { ControllerHost } from '../helpers/controller-host.js';

let serial = 0;

/** A part whose chunk loads when the test says: `arrive()` defines its tag, `fail()` rejects. */
function fakePart() {
  const tag = `x-lazy-part-${++serial}`;
  let settle: { arrive: () => void; fail: (error: Error) => void } | null = null;
  let loads = 0;
  const loader: PartLoader = {
    tag,
    load: () => {
      loads++;
      return new Promise<void>((resolve, reject) => {
        settle = {
          arrive: () => (customElements.define(tag, class extends HTMLElement {}), resolve()),
          fail: (error) => reject(error),
        };
      });
    },
  };
  return { tag, loader, loads: () => loads, arrive: () => settle!.arrive(), fail: (error = new Error('chunk missing')) => settle!.fail(error) };
}

describe('PartsController', () => {
  let clock: FakeClock;
  let host: ControllerHost;

  beforeEach(() => {
    clock = installFakeClock();
    host = new ControllerHost();
    host.connect();
  });

  afterEach(() => {
    host.disconnect();
    clock.restore();
  });

  it('loads a part the first time it is wanted, once, and is ready when its chunk has defined it', async () => {
    const part = fakePart();
    const parts = new PartsController(host, { chart: part.loader });
    expect(part.loads(), 'nothing loads before it is wanted').to.equal(0);
    expect(parts.want('chart')).to.equal('loading');
    expect(parts.want('chart')).to.equal('loading');
    expect(part.loads(), 'one request however often it is drawn').to.equal(1);
    const before = host.requestUpdateCount;
    part.arrive();
    await clock.tickAsync(0);
    expect(parts.want('chart')).to.equal('ready');
    expect(host.requestUpdateCount, 'the host draws it again').to.equal(before + 1);
  });

  it('with a gate, a part wanted before it opens is loading, and its chunk is asked for once when it opens', async () => {
    const part = fakePart();
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const gate = { isOpen: false, opened };
    const parts = new PartsController(host, { chart: part.loader }, gate);
    expect(parts.want('chart')).to.equal('loading');
    expect(parts.want('chart')).to.equal('loading');
    // An open gate asks for it in want() itself (the first test).
    expect(part.loads(), 'nothing asked before the gate opens').to.equal(0);
    gate.isOpen = true;
    open();
    await clock.tickAsync(0);
    expect(part.loads(), 'asked once when it opens').to.equal(1);
    part.arrive();
    await clock.tickAsync(0);
    expect(parts.want('chart')).to.equal('ready');
  });

  it('a part the page already defined is ready at once and loads nothing', () => {
    const part = fakePart();
    customElements.define(part.tag, class extends HTMLElement {});
    const parts = new PartsController(host, { chart: part.loader });
    expect(parts.want('chart')).to.equal('ready');
    expect(part.loads()).to.equal(0);
    expect(host.requestUpdateCount).to.equal(0);
  });

  it(`says a part is slow after ${SLOW_PART_MS} ms, and ready when it comes`, async () => {
    const part = fakePart();
    const parts = new PartsController(host, { chart: part.loader });
    parts.want('chart');
    await clock.tickAsync(SLOW_PART_MS - 1);
    expect(parts.want('chart')).to.equal('loading');
    await clock.tickAsync(1);
    expect(parts.want('chart')).to.equal('slow');
    part.arrive();
    await clock.tickAsync(0);
    expect(parts.want('chart')).to.equal('ready');
  });

  it('a chunk that fails is reported with one warning and can be asked for again', async () => {
    const part = fakePart();
    const parts = new PartsController(host, { chart: part.loader });
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      parts.want('chart');
      part.fail();
      await clock.tickAsync(0);
    } finally {
      console.warn = warn;
    }
    expect(parts.want('chart')).to.equal('failed');
    expect(part.loads(), 'a failed part is not asked again on every render').to.equal(1);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include(part.tag);
    parts.retry('chart');
    expect(part.loads(), 'retry asks again').to.equal(2);
    expect(parts.want('chart')).to.equal('loading');
    part.arrive();
    await clock.tickAsync(0);
    expect(parts.want('chart')).to.equal('ready');
  });
});
