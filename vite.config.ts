import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Runtime dependencies stay external in the npm build; the standalone build carries them inside. */
const external = [/^lit(\/|$)/, /^@lit\//, /^lit-html/, /^lit-element/, /^@lit-labs\//, /^flatpickr(\/|$)/, /^idb(\/|$)/];

/**
 * Serves the self-contained build at /vendor/admin-sessions.js, so demo/plain.html embeds the widget
 * exactly as a Blade or Twig template would: one script tag, no bundler (`npm start` builds it first).
 */
const vendorStandalone: Plugin = {
  name: 'admin-sessions-vendor',
  configureServer(server) {
    server.middlewares.use('/vendor/admin-sessions.js', (_request, response) => {
      response.setHeader('Content-Type', 'text/javascript');
      response.end(readFileSync(here('./dist/standalone/admin-sessions.js')));
    });
  },
};

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
  const standalone = mode === 'standalone';
  return {
    publicDir: false,
    build: {
      outDir: standalone ? 'dist/standalone' : 'dist',
      emptyOutDir: standalone,
      minify: standalone,
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: here('./src/index.ts'),
        formats: ['es'],
        fileName: () => (standalone ? 'admin-sessions.js' : 'index.js'),
      },
      rolldownOptions: standalone ? {} : { external },
    },
  };
});
