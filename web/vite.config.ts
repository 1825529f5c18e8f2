import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = process.env.POLKU_BACKEND ?? 'http://localhost:8080';

const nodeModule = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export default defineConfig({
  plugins: [react()],
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
      output: {
        // The libraries of the first screen (the frame and a start page), in chunks that change less often than
        // the app's own code, so a new build does not make a phone fetch React again. Only what the first screen
        // imports ($initial): what a feature's page alone needs stays in that page's chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: nodeModule('react|react-dom|scheduler'), tags: ['$initial'], priority: 3 },
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
