import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { minifyCss } from './scripts/minify-css.mjs';
import { trimFlatpickrCss } from './scripts/trim-flatpickr-css.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Runtime dependencies stay external in the npm build; the standalone build carries them inside. */
const external = [/^lit(\/|$)/, /^@lit\//, /^lit-html/, /^lit-element/, /^@lit-labs\//, /^flatpickr(\/|$)/, /^idb(\/|$)/];
/** flatpickr's CSS is inlined as a string: a `?inline` import would only work in consumers that use Vite. */
const isExternal = (id: string) => !id.includes('?') && external.some((pattern) => pattern.test(id));

/**
 * Serves the standalone build (entry and `chunks/`) at /vendor/admin-sessions.js, so demo/plain.html embeds the widget
 * exactly as a Blade or Twig template would: one script tag, no bundler (`npm start` builds it first).
 */
const vendorStandalone: Plugin = {
  name: 'admin-sessions-vendor',
  configureServer(server) {
    server.middlewares.use('/vendor/', (request, response, next) => {
      const path = (request.url ?? '').split('?')[0]!;
      if (!/^\/(chunks\/)?[\w.-]+\.js$/.test(path)) return next();
      response.setHeader('Content-Type', 'text/javascript');
      response.end(readFileSync(here(`./dist/standalone${path}`)));
    });
  },
};

/**
 * The elements' `css\`…\`` literals minified (the text around `${}` expressions piece by piece) in the builds: gzip keeps ~2 KiB
 * of their whitespace and comments otherwise. The tests run the sources; test/build/minify-css.test.ts
 * shows the browser reads every element's styles the same both ways.
 */
const minifyCssLiterals: Plugin = {
  name: 'admin-sessions-minify-css-literals',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/components\/.+\.ts$/.test(id) || !code.includes('css`')) return null;
    const out = new MagicString(code);
    // To the closing backtick: an escaped one (`\``, in a comment) does not end the literal.
    for (const match of code.matchAll(/\bcss`((?:[^`\\]|\\[\s\S])*)`/g)) {
      // The text between `${}` expressions (a shared rule such as `${visuallyHidden}`) piece by piece.
      const text = match[1]!;
      const pieces = text.split(/\$\{[^}]*\}/);
      const offset = match.index + 'css`'.length;
      let at = 0;
      for (const piece of pieces) {
        const start = text.indexOf(piece, at);
        const minified = minifyCss(piece, pieces.length === 1);
        if (piece) out.overwrite(offset + start, offset + start + piece.length, minified || ' ');
        at = start + piece.length;
        const expression = /^\$\{[^}]*\}/.exec(text.slice(at));
        at += expression ? expression[0].length : 0;
      }
    }
    // The source map keeps every other line where it was.
    return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
  },
};

/** flatpickr's stylesheet, inlined as a string, without the rules the picker never uses (scripts/trim-flatpickr-css.mjs). */
const trimFlatpickrStyles: Plugin = {
  name: 'admin-sessions-trim-flatpickr-css',
  apply: 'build',
  enforce: 'post',
  transform(code, id) {
    if (!/flatpickr\.min\.css\?inline$/.test(id)) return null;
    const match = /^export default (".*");?\s*$/s.exec(code);
    if (!match) this.error(`flatpickr's stylesheet came as unexpected code: ${code.slice(0, 80)}`);
    return { code: `export default ${JSON.stringify(trimFlatpickrCss(JSON.parse(match[1]!)))};`, map: null };
  },
};

/**
 * Vite wraps each `import()` of an app build in a helper that preloads the chunk's CSS and
 * dependencies (~1 KiB gzip). The standalone build has no CSS files and preloads nothing
 * (`modulePreload: false`): the helper only calls the import, so this one does just that.
 */
const plainDynamicImports: Plugin = {
  name: 'admin-sessions-plain-dynamic-imports',
  apply: 'build',
  enforce: 'pre',
  load(id) {
    return id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null;
  },
};

/**
 * For the one-file build: every `import('…')` of ours becomes a static import (the file holds it all
 * anyway), which spares the bundler's lazy-module wrappers (~1.5 KiB gzip).
 */
const staticDynamicImports: Plugin = {
  name: 'admin-sessions-static-dynamic-imports',
  apply: 'build',
  enforce: 'post',
  transform(code, id) {
    if (!/\/src\/.+\.ts$/.test(id) || !code.includes('import(')) return null;
    const out = new MagicString(code);
    const names = new Map<string, string>();
    for (const match of code.matchAll(/\bimport\((['"])([^'"]+)\1\)/g)) {
      const specifier = match[2]!;
      if (!names.has(specifier)) names.set(specifier, `__lazy${names.size}`);
      out.overwrite(match.index, match.index + match[0].length, `Promise.resolve(${names.get(specifier)})`);
    }
    out.prepend([...names].map(([specifier, name]) => `import * as ${name} from ${JSON.stringify(specifier)};\n`).join(''));
    return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
  },
};

/**
 * The standalone build's chunks loaded on demand, grouped by when they are needed (what the entry
 * shares with them stays in the entry). Other languages (`de-…`, `uk-…`, and flatpickr's calendar
 * locales) stay one chunk each.
 */
const CHUNK_GROUPS = [
  {
    // What the first rows do not need but an admin soon does: the range picker (with flatpickr), the
    // histogram, the refresh control, row details, export, the query language with the
    // unusual-activity marks, the caches (IndexedDB with idb, memory), and their English. One file:
    // all of it is asked for as the first rows are (the range picker and refresh control are drawn
    // with the toolbar, the cache is read beside the first request).
    name: 'parts',
    priority: 2,
    test: /src\/components\/admin-sessions-(range|histogram|details|refresh)\/|node_modules\/flatpickr\/dist\/(?!esm\/l10n\/(?!default))|flatpickr\.min\.css|lit-html\/directives\/(live|style-map)|src\/i18n\/en-parts\.ts|src\/controllers\/(histogram|export|url-state)-controller|src\/data\/deep-link|src\/data\/histogram\/|src\/data\/insights\/(?!load\.ts|query-words\.ts)|src\/data\/cache\/(?!entry-cache|deferred-entry-cache|no-cache)|node_modules\/idb\//,
  },
  // A language's texts and its calendar locale: one file for a German or Ukrainian page.
  { name: 'de', priority: 2, test: /src\/i18n\/de\.ts|flatpickr\/dist\/esm\/l10n\/de\.js/ },
  { name: 'uk', priority: 2, test: /src\/i18n\/uk\.ts|flatpickr\/dist\/esm\/l10n\/uk\.js/ },
  // What the entry imports statically, in one piece with it (not split by what the chunks share).
  { name: 'admin-sessions-core', priority: 1, tags: ['$initial' as const] },
];

export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    // `npm start`: the demo pages, with msw serving a realistic mocked log.
    return {
      root: here('./demo'),
      publicDir: here('./demo/public'),
      plugins: [vendorStandalone],
      server: { host: '127.0.0.1', port: 5173, strictPort: false },
      build: { outDir: here('./dist/demo'), emptyOutDir: true },
    };
  }
  if (mode === 'standalone' || mode === 'one-file') {
    // For `<script type="module">` in any template, fully minified, lit, idb and styles inside.
    // `standalone`: an entry that paints the first rows plus a `chunks/` folder beside it, loaded on
    // demand (relative `import()`s, so the folder works from any path or CDN). `one-file`: everything
    // in one file, for hosts that cannot serve a folder. (Library mode would keep the whitespace of
    // an ES build, so these are app builds of an entry that keeps its exports.)
    const oneFile = mode === 'one-file';
    return {
      publicDir: false,
      base: './',
      plugins: oneFile ? [minifyCssLiterals, trimFlatpickrStyles, staticDynamicImports] : [minifyCssLiterals, trimFlatpickrStyles, plainDynamicImports],
      build: {
        outDir: oneFile ? 'dist/one-file' : 'dist/standalone',
        emptyOutDir: true,
        minify: true,
        sourcemap: true,
        target: 'es2022',
        modulePreload: false,
        rolldownOptions: {
          input: here('./src/standalone.ts'),
          preserveEntrySignatures: 'allow-extension',
          output: {
            format: 'es',
            entryFileNames: 'admin-sessions.js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // A few chunks rather than one per shared module: each file gzips on its own.
            codeSplitting: oneFile ? false : { includeDependenciesRecursively: false, groups: CHUNK_GROUPS },
          },
        },
      },
    };
  }
  return {
    publicDir: false,
    plugins: [minifyCssLiterals, trimFlatpickrStyles],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: here('./src/index.ts'),
        formats: ['es'],
      },
      // One file per source module (dist/components/…/….js beside dist/index.js): the manifest's
      // module paths point at them, and bundlers can leave out what a page does not import.
      rolldownOptions: { external: isExternal, output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: ({ name }) => `${name.replace(/^node_modules\//, 'vendor/')}.js` } },
    },
  };
});
