import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Zorgvuldig',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'zorgvuldig@zorgvuldig.nl', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
