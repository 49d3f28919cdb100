// Be a consumer of the packed package, offline: `npm pack`, unpack it into tmp/consumer/node_modules,
// and build one small app per public entry with vite (as an app's bundler would). Checks what each
// build contains (the table alone has no flatpickr and no other element), prints the sizes (gzip -9)
// and what `npm pack` ships. `node scripts/check-consumer.mjs` after `npm run build`; check-size.mjs
// then holds the table-only app to its budget.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const CONSUMER = join(ROOT, 'tmp/consumer');
const PACKAGE = join(CONSUMER, 'node_modules/admin-sessions');
const ELEMENTS = ['admin-sessions', 'admin-sessions-table', 'admin-sessions-range', 'admin-sessions-refresh', 'admin-sessions-histogram', 'admin-sessions-details', 'admin-sessions-facets', 'admin-sessions-views'];

/** Each app: what it imports, which elements it must define, and which it must not contain. */
const APPS = {
  main: { source: "import 'admin-sessions';", defines: ELEMENTS },
  // The widget alone: its parts (flatpickr, idb) are chunks of their own, not in its entry.
  widget: { source: "import 'admin-sessions/widget';", defines: ['admin-sessions', 'admin-sessions-table'], entryWithout: ['flatpickr', 'idb'], lazyParts: true },
  table: { source: "import 'admin-sessions/table';", defines: ['admin-sessions-table'], without: ['flatpickr', 'idb'] },
  range: { source: "import 'admin-sessions/range';", defines: ['admin-sessions-range'] },
  refresh: { source: "import 'admin-sessions/refresh';", defines: ['admin-sessions-refresh'], without: ['flatpickr'] },
  histogram: { source: "import 'admin-sessions/histogram';", defines: ['admin-sessions-histogram'], without: ['flatpickr'] },
  details: { source: "import 'admin-sessions/details';", defines: ['admin-sessions-details'], without: ['flatpickr'] },
  facets: { source: "import 'admin-sessions/facets';", defines: ['admin-sessions-facets'], without: ['flatpickr', 'idb'] },
};

rmSync(CONSUMER, { recursive: true, force: true });
mkdirSync(PACKAGE, { recursive: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', CONSUMER], { cwd: ROOT, encoding: 'utf8' }))[0];
execFileSync('tar', ['xzf', join(CONSUMER, packed.filename), '-C', PACKAGE, '--strip-components=1']);
console.log(`npm pack: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
const unexpected = packed.files.map((file) => file.path).filter((path) => !/^(dist\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE$)/.test(path));
if (unexpected.length) throw new Error(`npm pack ships files a consumer never loads: ${unexpected.join(', ')}`);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let failed = false;
for (const [name, app] of Object.entries(APPS)) {
  mkdirSync(join(CONSUMER, 'src'), { recursive: true });
  writeFileSync(join(CONSUMER, `src/${name}.js`), `${app.source}\n`);
  const outDir = join(CONSUMER, 'size', name);
  await build({
    configFile: false,
    root: CONSUMER,
    logLevel: 'warn',
    build: { sourcemap: true, outDir, emptyOutDir: true, minify: true, modulePreload: false, target: 'es2022', rolldownOptions: { input: join(CONSUMER, `src/${name}.js`) } },
  });
  const files = readdirSync(outDir, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
  const code = files.map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
  const size = files.reduce((total, file) => total + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);
  const entry = files.find((file) => file.split('/').pop().startsWith(`${name}-`));
  /** The modules in the app's entry file (from its source map). */
  const entrySources = entry ? JSON.parse(readFileSync(join(outDir, `${entry}.map`), 'utf8')).sources.join('\n') : '';
  writeFileSync(join(outDir, 'entry.txt'), entry ?? '');
  const problems = [
    ...app.defines.filter((tag) => !new RegExp(`[\`'"]${tag}[\`'"]`).test(code)).map((tag) => `does not define <${tag}>`),
    ...ELEMENTS.slice(1).filter((tag) => !app.lazyParts && !app.defines.includes(tag) && new RegExp(`[\`'"]${tag}[\`'"]`).test(code)).map((tag) => `defines <${tag}> too`),
    ...(app.without ?? []).filter((word) => code.toLowerCase().includes(word)).map((word) => `contains ${word}`),
    ...(app.entryWithout ?? []).filter((name) => entrySources.includes(`node_modules/${name}/`)).map((name) => `its entry contains ${name}`),
  ];
  failed ||= problems.length > 0;
  console.log(`  ${problems.length ? 'FAIL' : 'ok  '} ${name.padEnd(10)} ${kib(size).padStart(9)} in ${files.length} file(s), entry ${entry}${problems.length ? `: ${problems.join('; ')}` : ''}`);
}
if (failed) process.exit(1);
