import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const here = new URL('.', import.meta.url);
const features = readdirSync(new URL('src/features', here), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const shared = ['./src/api', './src/components', './src/lib', './src/types', './src/test'];

/**
 * Imports flow one way: shared code -> features -> app. A feature never imports another feature;
 * src/app composes them (see bulletproof-react's "unidirectional codebase").
 */
const importDirection = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: compose them in src/app, or move the shared part to src/components or src/lib.',
  })),
  {
    target: ['./src/features', ...shared],
    from: './src/app',
    message: 'Only src/app may import from src/app.',
  },
  {
    target: shared,
    from: './src/features',
    message: 'Shared code must not depend on a feature.',
  },
];

export default tseslint.config(
  { ignores: ['node/**', 'node_modules/**', 'target/**', 'dist/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Browser tests run in Node; the functions they hand to the page run in the browser.
    files: ['e2e/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'setTimeout', 'clearTimeout', 'fetch', 'URL', 'document', 'btoa', 'Buffer', 'TextEncoder', 'DataView', 'ArrayBuffer', 'Uint8Array', 'getComputedStyle'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: importDirection }],
    },
  },
);
