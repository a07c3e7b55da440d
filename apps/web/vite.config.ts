import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server forwards API paths to the API process, so the browser sees one origin (cookies,
// the API's same-origin check and the CSP all behave as in production).
const apiOrigin = process.env.SAMSYN_API_ORIGIN ?? 'http://localhost:3001';
const proxied = { target: apiOrigin, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.VITE_PORT ?? 3000),
    strictPort: true,
    proxy: {
      '/trpc': proxied,
      '/api': proxied,
      '/healthz': proxied,
      '/readyz': proxied,
    },
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk stays cached across releases.
        // The spreadsheet libraries are only for the economy's import and export: their own chunk,
        // loaded on demand, never part of the first download. The same for the form library.
        codeSplitting: {
          groups: [
            {
              name: 'xlsx',
              test: /[\\/]node_modules[\\/].*(read-excel-file|write-excel-file|fflate|saxen|unzipper-esm|worker-f|papaparse)[\\/]/,
              priority: 2,
            },
            // The form kit's library: loaded with the first page that has a form, not at start.
            // (Without its dependencies: React itself would follow it into this chunk.)
            {
              name: 'forms',
              test: /[\\/]node_modules[\\/].*(react-hook-form|@hookform)[\\/]/,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            // The period reports' text editor (TipTap on ProseMirror): loaded with the editor only.
            {
              name: 'editor',
              test: /[\\/]node_modules[\\/].*(@tiptap|prosemirror-[a-z-]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs|fast-equals)[\\/]/,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
