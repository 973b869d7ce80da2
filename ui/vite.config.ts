/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { ftlBody } from './ftl-body.js';

// The same build is embedded in the Tauri app and served by the office hub, possibly under a
// sub-path, so every URL is relative. Nothing is fetched from the network at run time.
export default defineConfig({
  base: './',
  plugins: [ftlBody(), svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline polyfill script: the page must work under a strict CSP (script-src 'self').
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs (CSP img-src/media-src 'self').
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk, the entry (issue 12 point 6): left to
        // itself Rolldown splits it into the entry plus common chunks shared with the lazy
        // screens (lib/screens.ts), and every split costs import lists and compresses worse.
        // The lazy chunks import from the entry, which is always loaded before them.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
