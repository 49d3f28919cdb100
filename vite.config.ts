import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { minifyCss } from './scripts/minify-css.mjs';
import { trimFlatpickrCss } from './scripts/flatpickr-css.mjs';
import { flatpickrCuts } from './scripts/flatpickr-js.mjs';

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
    if (!/\/src\/(components|internal)\/.+\.ts$/.test(id) || !code.includes('css`')) return null;
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

/**
 * flatpickr's stylesheet and code as the picker uses them (scripts/flatpickr-css.mjs,
 * scripts/flatpickr-js.mjs; the tests are served the same).
 */
const trimFlatpickrStylesheet: Plugin = {
  name: 'trim-flatpickr-css',
  enforce: 'pre',
  transform(code, id) {
    if (/flatpickr\.min\.css(\?|$)/.test(id)) return { code: trimFlatpickrCss(code), map: null };
    if (/\/flatpickr\/dist\/esm\/index\.js$/.test(id)) {
      const out = new MagicString(code);
      for (const [start, end] of flatpickrCuts(code)) out.remove(start, end);
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    }
  },
};

/**
 * The static text of the elements' `html` and `svg` templates with each run of whitespace that holds
 * a line break made one space, or nothing before the `>` that ends a tag (`<span …\n>`, `</span\n>`), and
 * static attribute values that need no quotes without them (`part=cell`): the same to the HTML parser
 * (the widget has no preformatted text), ~0.7 KiB gzip less. Runs after TypeScript is stripped, on the parsed module.
 */
const minifyHtmlLiterals: Plugin = {
  name: 'admin-sessions-minify-html-literals',
  apply: 'build',
  enforce: 'post',
  transform(code, id) {
    if (!/\/src\/(components|internal)\/.+\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
    const out = new MagicString(code);
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const record = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: { start: number; end: number; value: { raw: string } }[] } };
      if (record.type === 'TaggedTemplateExpression' && record.tag?.type === 'Identifier' && (record.tag.name === 'html' || record.tag.name === 'svg')) {
        // Whether the text so far ends inside a tag (`<a href="…"`), and in which quote: the same
        // state across the `${}` expressions of one template.
        let inTag = false;
        let quote = '';
        for (const quasi of record.quasi!.quasis) {
          const text = code.slice(quasi.start, quasi.end);
          let minified = '';
          for (let i = 0; i < text.length; ) {
            const rest = text.slice(i);
            const space = /^\s*\n\s*/.exec(rest);
            if (space) {
              // In a tag and not in a quoted value, the break before `>` is nothing to the parser (kept
              // before `/>`: after an unquoted value, `${x}/>`, the `/` would join the value).
              minified += inTag && !quote && text[i + space[0].length] === '>' ? '' : ' ';
              i += space[0].length;
              continue;
            }
            // A static value that needs no quotes, followed by a space or the tag's end: `part=cell`.
            const value = inTag && !quote ? /^="([^\s"'=<>`]+)"(?=[\s>])/.exec(rest) : null;
            if (value) {
              minified += `=${value[1]}`;
              i += value[0].length;
              continue;
            }
            const char = text[i]!;
            if (!inTag) inTag = char === '<' && /[a-z/]/i.test(text[i + 1] ?? '');
            else if (quote) quote = char === quote ? '' : quote;
            else if (char === '"' || char === "'") quote = char;
            else inTag = char !== '>';
            minified += char;
            i++;
          }
          if (minified !== text && quasi.end > quasi.start) out.overwrite(quasi.start, quasi.end, minified);
        }
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    };
    visit(this.parse(code));
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
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
 * The bundler's runtime helper (`__exportAll`, 158 bytes: the namespace objects of modules loaded with
 * `import()` from a chunk that holds several) comes as a chunk of its own, which every chunk imports:
 * one more request, and a round trip more before a chunk can run. It goes into the entry, already
 * there, and the chunks import it from there. The import statement keeps its length (padded with
 * spaces), so the chunks' source maps stay right.
 */
const RUNTIME_EXPORT = '__asRuntime';
const runtimeInEntry: Plugin = {
  name: 'admin-sessions-runtime-in-entry',
  apply: 'build',
  generateBundle(_, bundle) {
    const runtime = Object.values(bundle).find((file) => file.type === 'chunk' && /(^|\/)rolldown-runtime-[\w-]+\.js$/.test(file.fileName));
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    if (!runtime || runtime.type !== 'chunk' || !entry || entry.type !== 'chunk') return;
    const exported = /export\s*\{\s*(\w+)(?:\s+as\s+(\w+))?\s*\};?\s*$/.exec(runtime.code);
    if (!exported) throw new Error(`${runtime.fileName}: not the runtime chunk this build was written for`);
    const [statement, local, name = local] = exported;
    // Before the source map comment, which stays last.
    const helper = `var ${RUNTIME_EXPORT}=(()=>{${runtime.code.slice(0, -statement.length)};return ${local}})();export{${RUNTIME_EXPORT}};\n`;
    const map = entry.code.lastIndexOf('//# sourceMappingURL=');
    entry.code = map < 0 ? entry.code + helper : entry.code.slice(0, map) + helper + entry.code.slice(map);
    const base = runtime.fileName.split('/').pop()!;
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk' || file === runtime) continue;
      file.code = file.code.replace(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"\\.\\/${base.replace(/[.-]/g, '\\$&')}";?`, 'g'), (whole, names: string) => {
        const renamed = names.replace(new RegExp(`\\b${name}\\b(?=\\s+as\\b|\\s*$)`), RUNTIME_EXPORT);
        const replacement = `import{${renamed}}from"${file.isEntry ? './' : '../'}${entry.fileName}";`;
        if (replacement.length > whole.length) throw new Error(`${file.fileName}: the runtime's import cannot keep its length`);
        return replacement.padEnd(whole.length, ' ');
      });
    }
    delete bundle[runtime.fileName];
    delete bundle[`${runtime.fileName}.map`];
  },
};

/**
 * The helper TypeScript's (experimental) decorators compile to, for the one use the elements make of
 * it: member decorators (`@property`, `@state`, `@query`), applied last to first, each given the
 * member's descriptor (an accessor's, or none for a field) and able to return a new one, which is
 * defined. The general helper also handles class decorators and defers to a `Reflect.decorate`
 * polyfill; none is used here. Each call `_decorate([…], Class.prototype, "name", void 0)` (`null`
 * for an accessor) becomes `_decorate(Class, "name", […])` (`, 1` for an accessor); the build fails
 * on any other (~0.2 KiB gzip per file).
 */
const DECORATE = '\0admin-sessions-decorate';
const DECORATE_HELPER = `export default (target, key, decorators, accessor) => {
  target = target.prototype;
  let descriptor = accessor ? Object.getOwnPropertyDescriptor(target, key) : undefined;
  for (let i = decorators.length; i--; ) descriptor = decorators[i](target, key, descriptor) || descriptor;
  if (descriptor) Object.defineProperty(target, key, descriptor);
};`;
const LIT_STANDARD = {
  property: '"object"==typeof o?r(t,e,o):',
  query: '"object"==typeof s?n:',
  base: 'Reflect.decorate&&"object"!=typeof t&&Object.defineProperty(e,t,c),',
};
const memberDecorators: Plugin = {
  name: 'admin-sessions-member-decorators',
  apply: 'build',
  enforce: 'post',
  // After TypeScript is stripped: the import of the general helper and its calls are in the code then.
  transform(code, id) {
    const helper = '"@oxc-project/runtime/helpers/decorate"';
    if (!code.includes(helper)) return null;
    const out = new MagicString(code);
    out.replaceAll(helper, JSON.stringify(DECORATE));
    type Node = { type: string; start: number; end: number; operator?: string; value?: unknown; name?: string; object?: Node; property?: Node; computed?: boolean };
    const text = (node: Node) => code.slice(node.start, node.end);
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const call = node as Node & { callee?: Node; arguments?: Node[] };
      if (call.type === 'CallExpression' && call.callee?.name === '_decorate') {
        const [decorators, target, key, descriptor] = call.arguments!;
        const field = descriptor?.type === 'UnaryExpression' && descriptor.operator === 'void';
        const accessor = descriptor?.type === 'Literal' && descriptor.value === null;
        const onPrototype = target?.type === 'MemberExpression' && !target.computed && target.property!.name === 'prototype';
        if (call.arguments!.length !== 4 || decorators!.type !== 'ArrayExpression' || !onPrototype || !(field || accessor)) {
          throw new Error(`${id}: a decorator this build's helper does not handle: ${text(call)}`);
        }
        out.overwrite(call.start, call.end, `_decorate(${text(target!.object!)}, ${text(key!)}, ${text(decorators!)}${accessor ? ', 1' : ''})`);
        return;
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    };
    visit(this.parse(code));
    return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
  },
  resolveId(id) {
    return id === DECORATE ? id : null;
  },
  // Lit's decorators with standard decorators take a context object, with these a name (the calls
  // above): their standard paths (`@property`'s `standardProperty`, ~0.2 KiB gzip; `@query`'s) are
  // never taken here, and the helper defines the descriptor `desc` returns, so `desc` need not.
  load(id) {
    if (id === DECORATE) return DECORATE_HELPER;
    const file = /\/@lit\/reactive-element\/decorators\/(property|query|base)\.js$/.exec(id)?.[1] as keyof typeof LIT_STANDARD | undefined;
    if (!file) return null;
    const code = readFileSync(id, 'utf8');
    const standard = LIT_STANDARD[file];
    if (!code.includes(standard)) throw new Error(`${id}: not the @lit/reactive-element this build was written for`);
    return code.replace(standard, '');
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
 * shares with them stays in the entry). The German and Ukrainian texts are one chunk each.
 */
const CHUNK_GROUPS = [
  // The range picker's calendar, loaded the first time its panel opens: flatpickr, its stylesheet and
  // English, and the flatpickr date formats of `date-format`.
  { name: 'calendar', priority: 4, test: /src\/components\/admin-sessions-range\/calendar(-time|-locales)?\.ts|node_modules\/flatpickr\/dist\/|flatpickr\.min\.css/ },
  {
    // What the first rows do not need but an admin soon does: the range picker (its calendar apart), the
    // histogram, the refresh control and its loop, row details, export, `sync-url` and copying, the query language with the
    // unusual-activity marks, and their English. One file, asked for once the first rows are painted
    // (FirstRowsGate).
    name: 'parts',
    priority: 2,
    test: new RegExp([
      String.raw`src/components/admin-sessions-(range|histogram|details|refresh)/`,
      String.raw`src/i18n/(en-parts|unusual-reasons)\.ts`,
      String.raw`src/controllers/(histogram|export|url-state|clipboard)-controller`,
      String.raw`src/components/admin-sessions/(shared-link|export-part)`,
      String.raw`src/internal/(clipboard|download)`,
      String.raw`src/controllers/optional-endpoint`,
      String.raw`src/data/facets/path`,
      String.raw`src/data/deep-link`,
      String.raw`src/data/histogram/`,
      String.raw`src/data/refresh/refresh-loop`,
      String.raw`src/data/insights/(?!load\.ts|query-words\.ts|plain-words\.ts|suggest\.ts)`,
      String.raw`src/data/cache/(?!entry-cache|deferred-entry-cache|no-cache)`,
      String.raw`node_modules/idb/`,
    ].join('|')),
  },
  {
    // The investigation tools (issue 17), drawn with the toolbar after the first rows: moving through
    // time and the scroll track, relative times, the keyboard (shortcuts, search suggestions), saved
    // views and watches, the columns' widths and menu. Their own file, with its own size budget.
    name: 'investigate',
    priority: 3,
    test: new RegExp([
      String.raw`src/components/admin-sessions-views/`,
      String.raw`src/components/admin-sessions/(time-nav|scroll-track|keyboard|columns-menu)`,
      String.raw`src/controllers/(time-nav|relative-time|views|shortcuts|suggest|columns)-controller`,
      String.raw`src/data/saved-views`,
      String.raw`src/data/insights/suggest\.ts`,
      String.raw`src/i18n/en-tools\.ts`,
    ].join('|')),
  },
  // The facets panel, its controller and counting, loaded when the panel is first shown.
  { name: 'facets', priority: 3, test: /src\/components\/admin-sessions-facets\/|src\/controllers\/facets-controller|src\/data\/facets\/facets/ },
  // A language's texts (its calendar's month and day names come from Intl).
  { name: 'de', priority: 2, test: /src\/i18n\/de\.ts/ },
  { name: 'uk', priority: 2, test: /src\/i18n\/uk\.ts/ },
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
      // Lit's production build, as a page gets it: the demo's console stays quiet (no dev-mode notice).
      resolve: { conditions: ['module', 'browser', 'production'] },
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
      plugins: oneFile
        ? [trimFlatpickrStylesheet, minifyCssLiterals, minifyHtmlLiterals, memberDecorators, staticDynamicImports]
        : [trimFlatpickrStylesheet, minifyCssLiterals, minifyHtmlLiterals, memberDecorators, plainDynamicImports, runtimeInEntry],
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
    plugins: [trimFlatpickrStylesheet, minifyCssLiterals, minifyHtmlLiterals],
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
