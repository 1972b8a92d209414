import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Office.js stays in the gateway: nothing else may call Excel.run.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/gateway/excel/**'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='Excel'][property.name='run']", message: 'Only src/gateway/excel calls Excel.run.' }],
    },
  },
  {
    // The engine is pure: no Node, no DOM, no clock, no randomness.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'exceljs', 'papaparse', '**/gateway/**', '**/app/**', '**/cli/**', '**/i18n/**'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The engine reads no clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The engine reads no clock.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The engine is deterministic.' },
        { selector: "MemberExpression[object.name='Excel'][property.name='run']", message: 'Only src/gateway/excel calls Excel.run.' },
      ],
    },
  },
  {
    // The load/sync discipline of Office.js, where Office.js is used: the Excel gateway only.
    files: ['src/gateway/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'jest.config.js', 'jest.e2e.config.js', 'jest.transform.js', 'webpack.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
