import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output',
      '.wxt',
      'dist-cli',
      'tests/e2e/fixtures/dist',
      'public/dict',
      'coverage',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Imports point one way, down the layers (README "How it is built"); tests may reach anywhere.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing.ts'],
    plugins: { local: { rules: { layers } } },
    rules: { 'local/layers': 'error' },
  },
  {
    // The pure checker never touches the browser or the DOM.
    files: ['lib/checker/**/*.ts'],
    ignores: ['lib/checker/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator'],
      'no-restricted-imports': [
        'error',
        {
          // Layer imports are the layers rule's; this keeps browser libraries out.
          patterns: ['wxt/*', 'webextension-polyfill'],
        },
      ],
    },
  },
);
