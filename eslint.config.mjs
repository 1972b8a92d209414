import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // The engine is pure: no Node, no DOM, no clock, no randomness.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'exceljs', 'papaparse', '**/gateway/**', '**/app/**', '**/cli/**', '**/i18n/**'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The engine reads no clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The engine reads no clock.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The engine is deterministic.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'jest.config.js', 'webpack.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
