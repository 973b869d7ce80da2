/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The same build is embedded in the Tauri app and served by the office hub, possibly under a
// sub-path, so every URL is relative. Nothing is fetched from the network at run time.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline polyfill script: the page must work under a strict CSP (script-src 'self').
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs (CSP img-src/media-src 'self').
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
