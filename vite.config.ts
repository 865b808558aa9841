import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { bundledFingerprints } from './src/build/bundledFingerprints.ts'
import { datasetAccess } from './src/build/datasetAccess.ts'
import { datasetManifest, datasetsPlugin } from './src/build/datasetsPlugin.ts'
import { pymPlugin } from './src/build/pymPlugin.ts'
import { SECURITY_HEADERS } from './src/build/securityHeaders.ts'

export default defineConfig({
  // Relative base: dist/ works when copied under any sub-path of any static server.
  base: './',
  plugins: [react(), datasetsPlugin({ dir: 'data' }), pymPlugin()],
  // The build validates the bundled datasets (prerender step); the app then trusts exactly these files.
  define: {
    __BUNDLED_FINGERPRINTS__: JSON.stringify(bundledFingerprints('data')),
    // The picker's list, generated from the files: never a hand-kept list.
    __DATASET_MANIFEST__: JSON.stringify(datasetManifest('data')),
    // What ?data= may open besides the manifest: a data folder, or (preview builds) any path.
    __DATASET_ACCESS__: JSON.stringify(datasetAccess(process.env)),
  },
  // `npm run preview` serves what production should: the README's security headers.
  preview: { headers: { ...SECURITY_HEADERS } },
  build: {
    // Keep CSS in files (never inlined as data: or <style>) so a strict CSP needs no 'unsafe-inline'.
    assetsInlineLimit: 0,
    // Styles sit beside their components, lazy ones too (the sections below the matrix, the
    // embed): one stylesheet, linked from every page, so the prerendered first view is styled
    // in full from its first paint.
    cssCodeSplit: false,
    sourcemap: false,
    // Every browser with module scripts loads them; modulepreload only speeds up, so no polyfill.
    modulePreload: { polyfill: false },
    // Read by the prerender to preload each page's language catalogue, then removed from dist/.
    manifest: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Code under test renders any language at once, as the build's prerender does.
          setupFiles: ['src/i18n/allCatalogues.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // The tests work out expected texts in Node, in any language.
          setupFiles: ['src/i18n/allCatalogues.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium per file is heavy on a 2-core CI machine.
          fileParallelism: false,
        },
      },
    ],
  },
})
