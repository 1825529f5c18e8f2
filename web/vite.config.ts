import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

const backend = process.env.POLKU_BACKEND ?? 'http://localhost:8080';

const nodeModule = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export default defineConfig({
  plugins: [
    // The UI is written against React's API and runs on Preact (preact/compat, aliased by the preset): the
    // supervisor's phone loads ~10 KB of it instead of React DOM's ~68 KB (the attendance screen's 150 KB budget).
    preact(),
    // The app shell works offline: a service worker precaches the build and answers every navigation with
    // index.html. Nothing else is cached, /api/ above all: client data never sits in a cache (the offline marks will
    // be kept in IndexedDB). A new version takes over at once and is used from the next page load (autoUpdate):
    // nobody on a phone has to answer "update?", and nothing reloads under what they are typing.
    VitePWA({
      registerType: 'autoUpdate',
      // registerSW.js, an external script: the Content-Security-Policy allows no inline one.
      injectRegister: 'script-defer',
      // Served as application/json; the server knows no .webmanifest type.
      manifestFilename: 'manifest.json',
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Polku',
        short_name: 'Polku',
        description: 'Työtoiminnan asiakkuudet, paikat ja läsnäolot',
        lang: 'fi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#00357a',
        background_color: '#f6f7f7',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every page's code and the fonts (woff2: every browser that runs a service worker reads it).
        globPatterns: ['**/*.{js,css,html,woff2,svg,png}'],
        navigateFallback: '/index.html',
        // Navigations to the server's own paths (a document download, the API description) go to the server.
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/, /^\/readyz/],
        runtimeCaching: [],
        // autoUpdate's switch-over, set here as the registration is our own script.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/healthz': { target: backend, changeOrigin: false },
      '/readyz': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // React Router reaches for React 19's useOptimistic only where it exists; Preact has none, and it falls back.
      onLog(level, log, handler) {
        if (log.code === 'IMPORT_IS_UNDEFINED' && log.message.includes('useOptimistic')) return;
        handler(level, log);
      },
      output: {
        // The libraries of the first screen (the frame and a start page), in chunks that change less often than
        // the app's own code, so a new build does not make a phone fetch React again. Only what the first screen
        // imports ($initial): what a feature's page alone needs stays in that page's chunks.
        codeSplitting: {
          groups: [
            { name: 'preact', test: nodeModule('preact'), tags: ['$initial'], priority: 3 },
            {
              name: 'framework',
              test: nodeModule('react-router|@tanstack|i18next|react-i18next|cookie|set-cookie-parser'),
              tags: ['$initial'],
              priority: 2,
            },
            { name: 'design-system', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
});
