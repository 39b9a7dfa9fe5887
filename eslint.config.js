import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.mjs';
import userText from './eslint-rules/user-text.mjs';

const local = { rules: { layers, 'user-text': userText } };

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
    plugins: { local },
    rules: { 'local/layers': 'error' },
  },
  {
    // One way to write user text: catalogues (lib/i18n) looked up with t(key, lang), in the
    // language the user chose. lib/i18n itself builds the pairs; tests may write them out.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/testing.ts',
      'lib/i18n/**',
      'tests/**',
      'eslint-rules/**',
      // The phrase-table schema: its { nl, en } are zod shapes that check the texts each data file
      // takes from its own catalogue, not words a user reads.
      'lib/checker/phrases/table.ts',
    ],
    plugins: { local },
    rules: { 'local/user-text': 'error' },
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
