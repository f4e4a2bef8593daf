import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { waypointContent } from './tools/content/vite-plugin';

/** The dev server injects CSS through <style> elements; allow them in dev only. The build keeps the strict policy. */
const devStyles: Plugin = {
  name: 'waypoint-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  plugins: [waypointContent({ root: import.meta.dirname }), devStyles],
  // Recorded with every attempt.
  define: { 'import.meta.env.PACKAGE_VERSION': JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    // Phaser (about 1.4 MB) is deliberately one lazily loaded chunk.
    chunkSizeWarningLimit: 1500,
    sourcemap: true,
    rolldownOptions: {
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
