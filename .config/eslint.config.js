// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would break the one-way flow of ARCHITECTURE.md §1. */
const forbid = (patterns, why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message: why })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '**/.turbo/**',
      'packages/db/migrations/**',
      '**/*.config.ts',
      '.config/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Configuration is read once, validated, in apps/server/src/config.ts.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through apps/server/src/config.ts.',
        },
      ],
    },
  },
  {
    files: ['apps/server/src/config.ts', '**/*.test.ts', 'apps/web/e2e/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['packages/domain/**'],
    rules: forbid(
      ['@umbrella/*', 'drizzle-orm*', 'pg', 'express', '@trpc/*', 'node:fs', 'node:net'],
      'packages/domain is pure: it imports nothing of ours and does no I/O.',
    ),
  },
  {
    files: ['packages/db/**'],
    rules: forbid(
      ['@umbrella/api*', '@umbrella/server*', '@umbrella/web*'],
      'packages/db may import only @umbrella/domain.',
    ),
  },
  {
    files: ['packages/api/**'],
    rules: forbid(
      ['@umbrella/server*', '@umbrella/web*', 'express'],
      'packages/api must not know about the server or the web app.',
    ),
  },
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic rules; the React Compiler rules misread react-hook-form's handleSubmit and refs.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...forbid(
        ['@umbrella/db*', '@umbrella/server*', 'drizzle-orm*', 'pg', 'node:*'],
        'The web app imports only @umbrella/domain (and types from @umbrella/api).',
      ),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@umbrella/api',
              message: 'Import only types from @umbrella/api.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
