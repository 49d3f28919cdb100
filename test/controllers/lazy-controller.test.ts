/**
 * LazyController: a controller whose code comes in a chunk, made the first time it is wanted; with a
 * gate, `want()` waits for it to open and `load()` (a click that needs it) does not.
 */
import { expect } from '@open-wc/testing';
import { LazyController } from '../../src/controllers/lazy-controller.js';
import { ControllerHost } from '../helpers/controller-host.js';

/** A gate the test opens, and a maker whose calls it counts. */
function setUp(gateOpen = false) {
  const host = new ControllerHost();
  let open!: () => void;
  const gate = { isOpen: gateOpen, opened: gateOpen ? Promise.resolve() : new Promise<void>((resolve) => (open = resolve)) };
  let makes = 0;
  const lazy = new LazyController(host, async () => (makes++, { made: makes }), gate);
  return { host, lazy, makes: () => makes, open: () => ((gate.isOpen = true), open()) };
}

describe('LazyController', () => {
  it('makes its controller the first time it is wanted, once, and asks the host to draw it', async () => {
    const { host, lazy, makes } = setUp(true);
    expect(lazy.want()).to.equal(null);
    expect(makes(), 'asked for at once').to.equal(1);
    expect(lazy.want()).to.equal(null);
    await Promise.resolve();
    await Promise.resolve();
    expect(makes()).to.equal(1);
    expect(lazy.want()).to.deep.equal({ made: 1 });
    expect(host.requestUpdateCount).to.equal(1);
  });

  it('with a closed gate, want() makes nothing until it opens, then makes it once', async () => {
    const { lazy, makes, open } = setUp(false);
    lazy.want();
    lazy.want();
    // An open gate makes it in want() itself (the first test).
    expect(makes(), 'nothing before the gate opens').to.equal(0);
    open();
    await new Promise((resolve) => setTimeout(resolve));
    expect(makes()).to.equal(1);
    expect(lazy.value).to.deep.equal({ made: 1 });
  });

  it('with a closed gate, load() (a click that needs it) makes it at once', async () => {
    const { lazy, makes } = setUp(false);
    expect(await lazy.load()).to.deep.equal({ made: 1 });
    expect(makes()).to.equal(1);
  });
});
