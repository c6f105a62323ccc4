import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['bin/**/*.js', 'bench/**/*.js', 'scripts/**/*.js', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Only the CLI layer talks to the process and the terminal (ARCHITECTURE.md, Layers).
    files: ['src/calculators/**', 'src/model/**', 'src/lint/**', 'src/plan/**', 'src/simulate/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['chalk', 'cli-table3', 'commander', 'fs', 'node:fs', 'node:fs/promises', 'node:process'] }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  {
    // The simulator takes time and chance only from its seeded streams (SIMULATOR.md).
    files: ['src/simulate/**'],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'use a seeded stream from src/simulate/random' },
        { object: 'Date', property: 'now', message: 'simulated time only' },
        { object: 'performance', property: 'now', message: 'simulated time only' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'simulated time only' }],
    },
  },
);
