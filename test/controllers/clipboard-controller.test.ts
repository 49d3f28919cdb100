import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ClipboardController } from '../../src/controllers/clipboard-controller.js';
import { LINK_COPIED_MS as COPIED_MS } from '../../src/data/defaults.js';
import { ControllerHost } from '../helpers/controller-host.js';
import { installFakeClock, type FakeClock } from '../helpers/fake-clock.js';

describe('ClipboardController', () => {
  let clock: FakeClock;
  let host: ControllerHost;
  let clipboard: ClipboardController;
  let writeText: sinon.SinonStub;

  beforeEach(() => {
    clock = installFakeClock();
    host = new ControllerHost();
    clipboard = new ClipboardController(host);
    host.connect();
    writeText = sinon.stub(navigator.clipboard, 'writeText');
  });

  afterEach(() => {
    sinon.restore();
    clock.restore();
  });

  it('shows "copied" for exactly 4,000 ms after a copy the clipboard took', async () => {
    writeText.resolves();
    expect(COPIED_MS).to.equal(4000);
    expect(await clipboard.copy('https://panel.example.com/?as.range=1h')).to.equal(true);
    expect(writeText.calledOnceWithExactly('https://panel.example.com/?as.range=1h')).to.equal(true);
    expect(clipboard.status).to.deep.equal({ copied: true });
    expect(host.requestUpdateCount).to.equal(1);

    clock.tick(3999);
    expect(clipboard.status, 'still copied at 3,999 ms').to.deep.equal({ copied: true });
    clock.tick(1);
    expect(clipboard.status).to.equal(null);
    expect(host.requestUpdateCount, 'the host re-renders when it goes').to.equal(2);
  });

  it('a second copy starts the 4 s again', async () => {
    writeText.resolves();
    await clipboard.copy('one');
    clock.tick(3000);
    await clipboard.copy('two');
    clock.tick(3999);
    expect(clipboard.status).to.deep.equal({ copied: true });
    clock.tick(1);
    expect(clipboard.status).to.equal(null);
    expect(clock.countTimers()).to.equal(0);
  });

  it('keeps the text to copy by hand when the browser refuses the clipboard, until cleared', async () => {
    writeText.rejects(new DOMException('Write permission denied.', 'NotAllowedError'));
    expect(await clipboard.copy('https://panel.example.com/?as.q=alice')).to.equal(false);
    expect(clipboard.status).to.deep.equal({ copied: false, text: 'https://panel.example.com/?as.q=alice' });
    expect(clock.countTimers(), 'the offered text does not time out').to.equal(0);

    clipboard.clear();
    expect(clipboard.status).to.equal(null);
    expect(host.requestUpdateCount).to.equal(2);
  });

  it('clear() forgets "copied" and its timer; with nothing shown it does not re-render', async () => {
    writeText.resolves();
    await clipboard.copy('x');
    clipboard.clear();
    expect(clipboard.status).to.equal(null);
    expect(clock.countTimers()).to.equal(0);
    const updates = host.requestUpdateCount;
    clipboard.clear();
    expect(host.requestUpdateCount).to.equal(updates);
  });

  it('leaves no timer when the host leaves the page, and no "copied" that would never go', async () => {
    writeText.resolves();
    await clipboard.copy('x');
    expect(clock.countTimers()).to.equal(1);
    host.disconnect();
    expect(clock.countTimers()).to.equal(0);
    expect(clipboard.status, 'its timer is gone, so "copied" goes with it').to.equal(null);
    expect(host.requestUpdateCount, 'and the host is asked to show that').to.equal(2);
    host.connect();
    expect(clipboard.status).to.equal(null);
  });

  it('keeps the text to copy by hand across a reconnect (it waits for the admin, not a timer)', async () => {
    writeText.rejects(new DOMException('Write permission denied.', 'NotAllowedError'));
    await clipboard.copy('kept');
    host.disconnect();
    host.connect();
    expect(clipboard.status).to.deep.equal({ copied: false, text: 'kept' });
  });
});
