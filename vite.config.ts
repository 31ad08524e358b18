import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bankPlugin } from './scripts/bank-plugin';

export default defineConfig({
  plugins: [
    bankPlugin(),
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
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // Take control of the open page on first install, so that a later update's "Reload"
        // (skip waiting, then reload on the controller change) also works in that first tab.
        clientsClaim: true,
      },
    }),
  ],
  build: { manifest: true, target: 'es2022' },
  preview: { port: 4173, strictPort: true },
});
