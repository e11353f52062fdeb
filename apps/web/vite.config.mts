import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The API the dev server forwards to (`npm run dev:web`); the API itself serves the built app. */
const api = process.env['KSP_API_URL'] ?? 'http://127.0.0.1:3000';
const proxied = ['/graphql', '/auth', '/uploads', '/files', '/health', '/ready'];

/**
 * NL Design System's React packages name each component at the top level of their modules
 * (`Button.displayName = 'Button'`), and their package.json does not declare them free of side
 * effects. To a bundler both are side effects, so every component of the library stayed in the
 * bundle (~55 KB gzipped of the home route's JavaScript). The names only serve React DevTools:
 * this drops those lines from the packages' JavaScript and marks the modules side-effect-free, so
 * that components the app does not use are left out. (Their CSS is imported separately.)
 */
function nlDesignSystemTreeShaking(): Plugin {
  return {
    name: 'ksp:nl-design-system-tree-shaking',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]@utrecht[\\/][^\\/]+[\\/]dist[\\/].*\.m?js$/ },
      handler(code) {
        return {
          code: code.replace(/^[\w$]+\.displayName = (['"])[^'"\n]*\1;$/gm, ''),
          map: null,
          moduleSideEffects: false,
        };
      },
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), nlDesignSystemTreeShaking()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Read by tools/build.mjs for the size budget, then removed from dist.
    manifest: true,
    // No inline data: URLs in scripts or styles: the pages' CSP allows only files from the origin.
    assetsInlineLimit: 0,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: api, changeOrigin: false }])),
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
