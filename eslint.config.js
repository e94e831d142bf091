// Lint is part of `npm test` with zero warnings. The layering of docs/architecture.md is
// enforced here, not promised: app → features → components, i18n, pwa, db, sync, domain;
// sync → db, domain; db → domain; server → domain. Only db imports dexie.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const forbid = (...groups) => ['error', { patterns: groups.flat() }];
const noFeatures = { group: ['**/features', '**/features/**'], message: 'Only src/app imports features.' };
const noDexie = { group: ['dexie', 'dexie-react-hooks', 'dexie/*'], message: 'Only src/db imports dexie.' };
const noReact = { group: ['react', 'react-dom', 'react-dom/*', 'react-*', '@testing-library/*'], message: 'This layer has no React.' };
const noDemoData = { group: ['**/domain/demo', '**/domain/demo/**'], message: 'Fictional data generators stay out of the app bundle.' };
const noServer = { group: ['**/server/**'], message: 'The app never imports server code.' };
const layer = (name) => ({ group: [`**/${name}`, `**/${name}/**`], message: `This layer may not import ${name}/.` });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'dev-dist/**', 'public/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(noFeatures, noDexie, noReact, noServer, layer('db'), layer('sync'), layer('app'),
        layer('components'), layer('i18n'), layer('pwa'), layer('content')),
    },
  },
  {
    files: ['src/db/**/*.{ts,tsx}'],
    ignores: ['src/db/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(noFeatures, noServer, noDemoData, layer('sync'), layer('app'), layer('components'), layer('pwa')),
    },
  },
  {
    files: ['src/sync/**/*.ts'],
    ignores: ['src/sync/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(noFeatures, noDexie, noReact, noServer, noDemoData, layer('app'), layer('components'), layer('pwa')),
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/i18n/**/*.ts', 'src/pwa/**/*.ts', 'src/content/**/*.ts'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': forbid(noFeatures, noDexie, noServer, noDemoData, layer('app')) },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': forbid(noDexie, noServer, noDemoData) },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(noFeatures, noDexie, noReact, layer('src/db'), layer('src/sync'),
        layer('src/app'), layer('src/components'), layer('src/i18n'), layer('src/pwa')),
    },
  },
  {
    // The shipped app logs nothing for debugging (no log, debug or trace in the console of a
    // production tablet); a warning or an error that someone must see stays allowed.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/test-support/**', 'src/**/testing/**'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    // Every user-visible string goes through i18next: no literal text in JSX.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-only', 'jsx-attributes': { include: ['alt', 'title', 'aria-label', 'placeholder', 'label'] } }],
    },
  },
);
