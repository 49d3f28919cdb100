/**
 * With TIMINGS=1 (or for groups that ask for it): prints how long each test file took in each
 * browser, slowest first, at the end of the run. Measured from the session's start (INITIALIZING)
 * to its end (FINISHED): with one page per browser, that is the file's share of the wall time.
 */
export function timingReporter({ top = Infinity } = {}) {
  const started = new Map();
  const took = [];
  return {
    start({ sessions, startTime }) {
      this.startTime = startTime;
      // Sessions the runner started before this reporter was told of the run began at its start.
      for (const session of sessions.all()) if (session.status !== 'SCHEDULED' && session.status !== 'FINISHED') started.set(session.id, startTime);
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        else if (session.status === 'FINISHED' && started.has(session.id)) {
          took.push({ file: session.testFile, browser: session.browser?.name ?? 'browser', ms: Date.now() - started.get(session.id) });
          started.delete(session.id);
        }
      });
    },
    stop() {
      if (took.length === 0) return;
      const root = `${process.cwd()}/`;
      const lines = ['', `Time per test file (${took.length} file runs, ${((Date.now() - this.startTime) / 1000).toFixed(0)} s wall):`];
      for (const { file, browser, ms } of [...took].sort((a, b) => b.ms - a.ms).slice(0, top)) {
        lines.push(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${browser.padEnd(9)} ${file.replace(root, '')}`);
      }
      console.log(lines.join('\n'));
    },
  };
}
