/**
 * Prints the issue-8 battery's counts at the end of a test run: each test/hardening file logs one
 * `HARDENING[part]: text {json}` line from the browser; this gathers them per browser and prints
 * payloads tried, cases survived and scripts executed (which must stay 0).
 */
const PREFIX = /^HARDENING\[([\w-]+)\]: (.*?) (\{.*\})$/s;

export function hardeningReporter() {
  let sessionManager = null;
  return {
    start({ sessions }) {
      sessionManager = sessions;
    },
    stop({ sessions }) {
      const all = sessions ?? sessionManager?.all?.() ?? [];
      const byBrowser = new Map();
      for (const session of all) {
        for (const args of session.logs ?? []) {
          const line = args.map((arg) => (typeof arg === 'string' ? arg : '')).join(' ');
          const match = PREFIX.exec(line);
          if (!match) continue;
          let data;
          try {
            data = JSON.parse(match[3]);
          } catch {
            continue;
          }
          const browser = session.browser?.name ?? 'browser';
          if (!byBrowser.has(browser)) byBrowser.set(browser, new Map());
          byBrowser.get(browser).set(match[1], { text: match[2], data });
        }
      }
      if (byBrowser.size === 0) return;
      const lines = ['', 'Hardening battery (issue 8):'];
      for (const [browser, parts] of byBrowser) {
        let passed = 0;
        let total = 0;
        let scripts = 0;
        let payloads = '0 hostile payloads';
        for (const [part, { text, data }] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
          passed += Number(data.passed ?? 0);
          total += Number(data.total ?? 0);
          if (part === 'hostile-data') {
            scripts += Number(data.scriptsExecuted ?? 0);
            payloads = `${data.payloads} hostile payloads × ${data.contracts} contracts (every field)`;
          }
          lines.push(`  ${browser} ${part}: ${text}`);
        }
        lines.push(`  ${browser} TOTAL: ${payloads} tried, ${passed} of ${total} cases survived, ${scripts} scripts executed.`);
      }
      console.log(lines.join('\n'));
    },
  };
}
