import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { VitePWA } from 'vite-plugin-pwa';
import { waypointContent } from './tools/content/vite-plugin.ts';

/** The dev server injects CSS through <style> elements; allow them in dev only. The build keeps the strict policy. */
const devStyles: Plugin = {
  name: 'waypoint-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  plugins: [
    waypointContent({ root: import.meta.dirname }),
    devStyles,
    // The service worker precaches everything the app needs, Phaser and the scenarios included, for offline use.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Waypoint — scenario training for peacekeepers',
        short_name: 'Waypoint',
        description: 'Scenario-based training for UN peacekeepers',
        lang: 'en',
        start_url: '/',
        display: 'standalone',
        background_color: '#f6f4ef',
        theme_color: '#0b5cad',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Recorded with every attempt.
  define: { 'import.meta.env.PACKAGE_VERSION': JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    // Phaser (about 1.4 MB) is deliberately one lazily loaded chunk.
    chunkSizeWarningLimit: 1500,
    // No source maps in what ships: they hand out the whole source, comments included, to anyone (and weigh).
    sourcemap: false,
    rolldownOptions: {
      // The content plugin compiles and checks every scenario during the build: its seconds are expected, and a
      // timing notice on every build would only be noise.
      checks: { bundlerTimings: false },
      output: {
        // Phaser is loaded only when a scenario starts; keep it in a chunk of its own.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  // Art the project makes itself, served as is (with its licence).
  publicDir: 'assets',
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});
