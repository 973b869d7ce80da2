import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // CSS goes to a separate file (strict CSP: no inline <style>).
    css: 'external',
  },
};
