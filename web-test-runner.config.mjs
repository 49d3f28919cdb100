import rollupCommonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHROME_FLAGS, chromePath, firefoxPath } from './scripts/browsers.mjs';
import { trimFlatpickrCss } from './scripts/flatpickr-css.mjs';
import { trimFlatpickrJs } from './scripts/flatpickr-js.mjs';
import { hardeningReporter } from './scripts/hardening-reporter.mjs';
import { timingReporter } from './scripts/timing-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const root = fileURLToPath(new URL('.', import.meta.url));
const only = process.env.BROWSERS?.split(',') ?? ['chromium', 'firefox'];

/**
 * The test browsers: Chromium and Firefox (or those named in BROWSERS). `reducedMotion` starts them
 * with the operating system's "reduce motion" preference on, `darkSystem` as on a system set to dark
 * (for the `reduced-motion` and `dark-system` groups: puppeteer cannot emulate these in Firefox).
 */
function launchers({ reducedMotion = false, darkSystem = false, browsers: names = only } = {}) {
  const chromeFlags = [...CHROME_FLAGS, ...(reducedMotion ? ['--force-prefers-reduced-motion'] : []), ...(darkSystem ? ['--force-dark-mode'] : [])];
  const firefoxPrefs = {
    ...(reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
    ...(darkSystem ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
  };
  const browsers = [];
  if (names.includes('chromium')) {
    browsers.push(
      chromeLauncher({
        puppeteer: puppeteerCore,
        concurrency: 1,
        launchOptions: {
          executablePath: chromePath(),
          headless: true,
          args: chromeFlags,
        },
      }),
    );
  }
  if (names.includes('firefox')) {
    browsers.push(
      chromeLauncher({
        puppeteer: puppeteerCore,
        concurrency: 1,
        launchOptions: {
          browser: 'firefox',
          executablePath: firefoxPath(),
          headless: true,
          ...(Object.keys(firefoxPrefs).length ? { extraPrefsFirefox: firefoxPrefs } : {}),
        },
      }),
    );
  }
  return browsers;
}

/**
 * Test files that need browsers started with other settings, each run in its own group. `npm test`
 * runs the groups one after another (`wtr --group default`, then each group): six browsers starting
 * at once on a 2-core machine made the first files of the main run time out.
 */
const REDUCED_MOTION = 'test/accessibility/reduced-motion.test.ts';
const DARK_SYSTEM = 'test/theming/dark-system.test.ts';
/** The long simulated soaks (24 h of the data path, hours of the element): `npm run soak:simulated`. */
const SOAK_SIMULATED = 'test/soak-simulated/*.test.ts';
/**
 * Screenshots compared with committed baselines (`test/visual/baselines/`): Chromium only, with
 * reduced motion on (nothing mid-transition). A missing baseline fails the run; only
 * `UPDATE_VISUALS=1 npx wtr --group visual` writes baselines. A failed comparison writes the new
 * screenshot and a diff image to `test/visual/failed/` (gitignored). Writing the 390 and 1440 px
 * baselines also copies them to `docs/screenshots/` (linked from the README).
 */
const VISUAL = 'test/visual/*.test.ts';
const visualRegression = visualRegressionPlugin({
  update: process.env.UPDATE_VISUALS === '1',
  baseDir: fileURLToPath(new URL('./test/visual', import.meta.url)),
  getBaselineName: ({ name }) => `baselines/${name}`,
  getDiffName: ({ name }) => `failed/${name}-diff`,
  getFailedName: ({ name }) => `failed/${name}`,
  async saveBaseline({ filePath, name, content }) {
    await mkdir(dirname(filePath), { recursive: true });
    await writeFile(filePath, content);
    if (/-(390|1440)$/.test(name)) {
      const docs = fileURLToPath(new URL(`./docs/screenshots/${name.slice('baselines/'.length)}.png`, import.meta.url));
      await mkdir(dirname(docs), { recursive: true });
      await copyFile(filePath, docs);
    }
  },
  // pixelmatch's per-pixel colour tolerance (0 to 1; its default, 0.1, let a WEB badge go from
  // #0b6b3a to #0b5b3a unseen), anti-aliased pixels not counted; then at most 40 pixels may differ.
  // Two runs on this machine differ by 0 pixels so counted (4 at tolerance 0 with anti-aliasing);
  // that badge change differs by 600 to 800 pixels per shot, a column moving by thousands.
  diffOptions: { threshold: 0.02, includeAA: false },
  failureThresholdType: 'pixel',
  failureThreshold: 40,
});

/**
 * `wtr --files …` without `--group` runs just those files: the groups above would otherwise run too,
 * each with the given files in its own browsers, and fail the run.
 */
const argv = process.argv.slice(2);
const onlyGivenFiles = argv.some((arg) => arg === '--files' || arg.startsWith('--files=')) && !argv.some((arg) => arg === '--group' || arg.startsWith('--group='));

/**
 * Serves `*.css?inline` imports (a vite feature) as a module exporting the CSS text. A package's CSS
 * is resolved here, to `/__css-inline__/<file>?inline`: the node resolver drops the query when
 * node_modules lies outside the root (linked, as in a git worktree).
 */
const CSS_INLINE = '/__css-inline__';
const requireFromRoot = createRequire(`${root}/`);
const cssInline = {
  name: 'css-inline',
  resolveImport({ source }) {
    if (source.endsWith('.css?inline') && !source.startsWith('.') && !source.startsWith('/')) {
      return `${CSS_INLINE}${requireFromRoot.resolve(source.slice(0, -'?inline'.length))}?inline`;
    }
  },
  async serve(context) {
    if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
      const file = context.path.startsWith(`${CSS_INLINE}/`)
        ? decodeURIComponent(context.path.slice(CSS_INLINE.length))
        : fileURLToPath(new URL('.' + context.path, `file://${root}/`));
      const text = await readFile(file, 'utf8');
      // flatpickr's stylesheet as the builds ship it (vite.config.ts).
      const css = /flatpickr\.min\.css$/.test(file) ? trimFlatpickrCss(text) : text;
      return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
    }
  },
  // flatpickr's code as the builds ship it (vite.config.ts).
  transform(context) {
    if (/\/flatpickr\/dist\/esm\/index\.js$/.test(context.path)) return { body: trimFlatpickrJs(context.body) };
  },
};

/**
 * React ships CommonJS only (test/embedding runs the README's React 19 snippet): its files are read
 * as production builds and converted to ES modules. Nothing else goes through these two plugins.
 * strictRequires: false + requireReturnsDefault: each file is converted alone here, so a `require()`
 * must import the other file's default export (rollup's cross-module proxies do not work per file).
 */
const REACT = /\/node_modules\/(react|react-dom|scheduler)\//;
const reactProduction = {
  name: 'react-production',
  transform(context) {
    if (REACT.test(context.path) && typeof context.body === 'string') return context.body.replaceAll('process.env.NODE_ENV', '"production"');
  },
};
const reactCommonjs = fromRollup(rollupCommonjs)({ strictRequires: false, requireReturnsDefault: true, include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'] });

/** msw's worker must be served from the site root. */
const mswWorker = (context, next) => {
  if (context.url === '/mockServiceWorker.js') context.url = '/demo/public/mockServiceWorker.js';
  return next();
};

export default {
  files: ['test/**/*.test.ts', `!${REDUCED_MOTION}`, `!${DARK_SYSTEM}`, `!${SOAK_SIMULATED}`, `!${VISUAL}`],
  groups: onlyGivenFiles ? [] : [
    { name: 'reduced-motion', files: REDUCED_MOTION, browsers: launchers({ reducedMotion: true }) },
    { name: 'dark-system', files: DARK_SYSTEM, browsers: launchers({ darkSystem: true }) },
    { name: 'soak-simulated', files: SOAK_SIMULATED },
    { name: 'visual', files: VISUAL, browsers: launchers({ reducedMotion: true, browsers: ['chromium'] }) },
  ],
  reporters: [defaultReporter(), hardeningReporter(), ...(process.env.TIMINGS ? [timingReporter()] : [])],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: root,
  browsers: launchers(),
  concurrency: 2,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  middleware: [mswWorker],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' }), cssInline, reactProduction, reactCommonjs, visualRegression, a11ySnapshotPlugin()],
};
