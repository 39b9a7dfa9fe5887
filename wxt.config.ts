import { defineConfig } from 'wxt';
import { photoAssets } from './scripts/photo-assets';

/**
 * Public key only (the private one is never committed): it fixes the Chrome extension ID,
 * which managed policy files name (3rdparty.extensions.<id>). ID: bopcdpmcjgjnecdlabkljmahphbjbdhj
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzQb4Frog6SY4z55wqpMXoH0bEUtdwv7SK5QvkfKuZtB1y/AnP805AnYSHD6gqlS4auw9rL9NmqxC8I8r+dcaIpvA73h3enaKURofbPWaFgUJsXWMq5PBXPGPp02Qjn80ZbtBQk+vPKzFjziEx3w4nxUQGou1/fDZ78WM3hQ/MMOz33lrRRE7PpJZ363c0amWDlOOcZNJ7fHfIoskwHQFh4U3XoQHmgX6SAvUM0C2EaBV/11+kM1mZgqkqrZyTG85+iw2rEOU/XUP1m5iOtxhjyclBc/ARf3UXYQRuYpwKduAJCUh9AyZhxrDXTwdgRiWn4quOAlL0w3YY+0pzqSmSQIDAQAB';
export const CHROME_EXTENSION_ID = 'bopcdpmcjgjnecdlabkljmahphbjbdhj';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Zorgvuldig',
    // The one text the browser itself shows (the store and chrome://extensions, before any of our
    // code runs), so it alone uses public/_locales and the browser's locale; everything else
    // is written through lib/i18n in the user's chosen language.
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // activeTab + scripting: "Controleer met Zorgvuldig" (contextMenus) runs only in the tab the user clicked in.
    // offscreen (Chrome): photos are looked at (faces, text) in an offscreen document (lib/media).
    permissions: [
      'storage',
      'activeTab',
      'contextMenus',
      'scripting',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The OCR and face models are WebAssembly: without 'wasm-unsafe-eval' the worker hangs.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // Asked for when the user turns on the live link check (lib/links) or allows an organisation host (lib/anywhere).
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zorgvuldig@zorgvuldig.nl',
              // 140 (the current ESR) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected: the draft is checked on the device (Firefox's consent prompt says so).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: CHROME_PUBLIC_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
  hooks: {
    // The OCR and face-detection files ship inside the extension (nothing from a CDN).
    'build:publicAssets': (_wxt, files) => void files.push(...photoAssets()),
    // Chrome: access to the pages the content scripts already run on (no new warning), so that after
    // an update the background can put them back into open tabs (lib/anywhere/after-update.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') return;
      const pages = new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []));
      manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...pages])].sort();
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
