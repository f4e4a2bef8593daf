// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Relative imports name their file, so the Vite config and what it imports load under Node's own loader.
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration', 'ImportExpression'].map(
          (node) => ({
            selector: `${node}[source.value=/^\\./]:not([source.value=/\\.(ts|mjs|js|json|css)$/])`,
            message: 'Name the file of a relative import, extension included (./runner.ts).',
          }),
        ),
      ],
    },
  },
  {
    // The engine is pure TypeScript: no Phaser, no DOM, no presentation code.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*'], message: 'The engine must not import Phaser.' },
            { group: ['**/presentation/**'], message: 'The engine must not import presentation code.' },
            { group: ['inkjs/full', 'inkjs/compiler/*'], message: 'The ink compiler is build-time only.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
);
