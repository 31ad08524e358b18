import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bankPlugin } from './scripts/bank-plugin';
import { pyodidePlugin } from './scripts/pyodide-plugin';
import { PYODIDE_CACHE, PYODIDE_PATH } from './src/runner/pyodide-files';

// Nothing a user types or imports may run as code. Scripts come only from our origin; the Python
// worker needs 'wasm-unsafe-eval'; CodeMirror injects <style> elements, hence 'unsafe-inline' for
// styles only. Applied to the built app: the dev server's hot reload needs inline scripts.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'bridge-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

export default defineConfig({
  plugins: [
    bankPlugin(),
    contentSecurityPolicy(),
    pyodidePlugin(),
    react(),
    VitePWA({
      // A new version waits for the learner's "Reload": it never reloads a page by itself.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Bridge — ML interview trainer',
        short_name: 'Bridge',
        description: 'Spaced-repetition practice for ML engineering interviews, for backend engineers.',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'bank/**/*.json'],
        navigateFallback: '/index.html',
        // Take control of the open page on first install, so that a later update's "Reload"
        // (skip waiting, then reload on the controller change) also works in that first tab.
        clientsClaim: true,
        // The Python runtime (about 13 MB) is cached the first time a coding question uses it,
        // not precached for every learner.
        runtimeCaching: [
          {
            // A RegExp, not a function: the pattern is copied into sw.js, away from this file's variables.
            urlPattern: new RegExp(`^[^?#]*${PYODIDE_PATH}`),
            handler: 'CacheFirst',
            // The worker stores these files itself (see python-worker.ts); a module import
            // sends an Origin header that such an entry lacks, so Vary must not split them.
            options: { cacheName: PYODIDE_CACHE, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreVary: true } },
          },
        ],
      },
    }),
  ],
  build: { target: 'es2022' },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['pyodide'] },
  preview: { port: 4173, strictPort: true },
});
