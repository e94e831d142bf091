import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { keepPictogramsAsFiles } from './src/content/pictogram-assets';
import { firstScreenGroup } from './scripts/build/first-screen-chunk';

/**
 * Writes `.br` and `.gz` beside every text file of the build, so the server can send them
 * pre-compressed (@fastify/static `preCompressed`): on a slow mobile link the first screen's
 * 450 kB of JavaScript travel as about 140 kB.
 */
function precompress(): Plugin {
  return {
    name: 'vdc-precompress',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json|webmanifest)$/.test(file)) continue;
        const source = readFileSync(join(dir, file));
        if (source.length < 1024) continue;
        writeFileSync(join(dir, `${file}.gz`), gzipSync(source, { level: 9 }));
        writeFileSync(join(dir, `${file}.br`), brotliCompressSync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? '8081'}`;

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // The adviser chooses when an update applies (workbox-window prompt), so nothing reloads under a form.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'VDC — Validation des compétences',
        short_name: 'VDC terrain',
        description: 'Suivi des candidats à la validation des compétences, hors ligne, sur tablette.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f3f5f8',
        theme_color: '#1d4f91',
        categories: ['productivity', 'education'],
        // Drawn by scripts/pwa/icons.mjs; maskable ones keep the mark inside the safe circle.
        icons: [
          ...[48, 72, 96, 128, 144, 192, 256, 384, 512].map((size) => ({
            src: `/icons/icon-${size}.png`,
            sizes: `${size}x${size}`,
            type: 'image/png',
            purpose: 'any',
          })),
          { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
        // Taken from the app by scripts/pwa/screenshots.mjs (demo data, fictional people).
        screenshots: [
          { src: '/icons/screenshot-wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'Liste des candidats sur tablette' },
          { src: '/icons/screenshot-narrow.png', sizes: '540x960', type: 'image/png', form_factor: 'narrow', label: 'Accueil sur téléphone' },
        ],
      },
      workbox: {
        // Precache the app shell, every lazy chunk, fonts, icons, pictograms and every audio clip, so
        // the app starts and works with no network. Nothing under /api is ever cached (personal data);
        // runtime caching stays empty. Screenshots serve only the install dialog: not precached.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,mp3,json,webmanifest}'],
        globIgnores: ['**/*.map', 'icons/screenshot-*.png'],
        // exceljs (about 1 MB) is precached too, so exports work offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
      },
    }),
    precompress(),
  ],
  server: { proxy: { '/api': apiTarget } },
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: keepPictogramsAsFiles,
    // The first screen's own imports are preloaded from index.html. A lazy screen's imports are not
    // announced with <link rel=modulepreload> at run time: every screen comes from the service
    // worker's cache, and appending two dozen links cost more main-thread time on a modest tablet
    // than the round trips they saved (Lighthouse, candidate list).
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The first screen's modules, the libraries every screen runs on among them, in one file:
          // gzip compresses one file better than twenty, and index.html preloads one file instead
          // of twenty (scripts/build/first-screen-chunk.ts). The router is a file of its own: the
          // first screen shows the login without it (src/app/first-screen.tsx).
          groups: [
            { name: firstScreenGroup(resolve(import.meta.dirname, 'src/main.tsx'), 'shell') },
            { name: 'router', test: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
          ],
        },
      },
    },
  },
});
