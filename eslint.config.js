import tseslint from 'typescript-eslint';

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
    // The pure checker never touches the browser or the DOM.
    files: ['lib/checker/**/*.ts'],
    ignores: ['lib/checker/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt/*',
            'webextension-polyfill',
            '**/platforms/**',
            '**/settings/**',
            '**/messaging/**',
            '**/components/**',
          ],
        },
      ],
    },
  },
);
