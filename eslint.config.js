// ESLint flat config for the scorecard app.
//
// Layers (who may import whom) are enforced with import-x/no-restricted-paths; see LAYER_ZONES.
// The domain's purity (no UI, I/O or parsing libraries) is enforced with no-restricted-imports.
// Barrel files (index.ts / index.tsx under src/) are forbidden by the local `local/no-index-files` rule.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const JS_FILES = ['**/*.{js,mjs,cjs,jsx}'];
const TEST_FILES = ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'];

// ---------------------------------------------------------------------------------------------
// Layer boundaries
// ---------------------------------------------------------------------------------------------

// Feature folders under src/features. import-x/no-restricted-paths has no "sibling folder"
// wildcard (a zone's `from` cannot refer back to the folder matched by `target`), so we write one
// zone per feature: "src/features/<f> may not import from src/features except ./<f>". The list is
// the known features plus whatever folders exist on disk when ESLint starts, so a new feature
// folder is covered without editing this file.
const KNOWN_FEATURES = ['history', 'inspections', 'measure', 'present', 'return903', 'scorecard', 'upload'];
function featureFolders() {
  let onDisk = [];
  try {
    onDisk = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    // src/features does not exist yet: the known list is enough.
  }
  return [...new Set([...KNOWN_FEATURES, ...onDisk])].sort();
}

/** @type {{ target: string, from: string[] | string, except?: string[], message: string }[]} */
const LAYER_ZONES = [
  {
    target: './src/domain',
    from: ['./src/adapters', './src/features', './src/shared', './src/app', './src/cli'],
    message: 'src/domain is the innermost layer: it may import only from src/domain.',
  },
  {
    target: './src/adapters',
    from: ['./src/features', './src/shared', './src/app', './src/cli'],
    message: 'src/adapters may import only from src/domain and src/adapters.',
  },
  {
    target: './src/shared',
    from: ['./src/features', './src/app', './src/cli'],
    message: 'src/shared holds generic UI used by features: it may not import features, app or cli.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/cli'],
    message: 'Features are composed by src/app; a feature may not import from src/app or src/cli.',
  },
  {
    target: './src/cli',
    from: ['./src/features', './src/shared', './src/app'],
    message: 'src/cli runs in node: it may import src/domain and src/adapters, never UI code.',
  },
  {
    target: './src/app',
    from: ['./src/cli'],
    message: 'src/cli is the node command line: the web app may not import it.',
  },
  ...featureFolders().map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `Features are independent: src/features/${feature} may not import another feature. Move shared code to src/shared or src/domain.`,
  })),
];

// ---------------------------------------------------------------------------------------------
// Domain purity
// ---------------------------------------------------------------------------------------------

const DOMAIN_MESSAGE = 'src/domain is pure TypeScript: no UI, I/O or parsing libraries';
const DOMAIN_LIBRARIES = ['react', 'react-dom', 'papaparse', 'zustand', 'idb'];
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

/** no-restricted-imports options forbidding the libraries (and, unless allowNode, node built-ins). */
function domainRestrictions({ allowNode }) {
  const names = allowNode ? DOMAIN_LIBRARIES : [...DOMAIN_LIBRARIES, ...NODE_BUILTINS];
  const subpaths = ['@tanstack/*', ...names.map((name) => `${name}/*`)];
  if (!allowNode) subpaths.push('node:*');
  return [
    'error',
    {
      paths: names.map((name) => ({ name, message: DOMAIN_MESSAGE })),
      patterns: [{ group: subpaths, message: DOMAIN_MESSAGE }],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Local rules
// ---------------------------------------------------------------------------------------------

const local = {
  meta: { name: 'local' },
  rules: {
    'no-index-files': {
      meta: {
        type: 'problem',
        docs: { description: 'Forbid barrel files (index.ts / index.tsx)' },
        schema: [],
        messages: {
          barrel:
            'No barrel files: name the module after what it holds (e.g. scorecard-table.tsx) and import it directly.',
        },
      },
      create(context) {
        if (!/^index\.[cm]?[jt]sx?$/.test(path.basename(context.filename))) return {};
        return {
          Program(node) {
            context.report({ node, messageId: 'barrel', loc: { line: 1, column: 0 } });
          },
        };
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// File length
// ---------------------------------------------------------------------------------------------

const MAX_LINES = 400;
// The stylesheet (src/app/styles.css) is not JavaScript, so this rule does not see it.

// ---------------------------------------------------------------------------------------------
// No spreading of a list into a call's arguments
// ---------------------------------------------------------------------------------------------

// list.push(...items) and Math.max(...values) pass every item as an argument to one call, which
// overflows the call stack from about 120,000 items: a large file's figures or problems crashed the
// command line this way (issue 14). Use append() (src/domain/lists/append.ts) and largest() or
// smallest() (src/domain/lists/extent.ts), which loop.
const SPREAD_ADVICE =
  'passes every item as an argument and overflows the call stack on a large list: use a loop, append() or largest()/smallest() from src/domain/lists/.';
const NO_SPREAD_INTO_CALLS = [
  'error',
  {
    selector: 'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
    message: `Spreading into push/unshift/splice ${SPREAD_ADVICE}`,
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
    message: `Spreading into Math.max/Math.min ${SPREAD_ADVICE}`,
  },
  {
    selector: 'CallExpression[callee.property.name=/^(fromCharCode|fromCodePoint)$/] > SpreadElement',
    message: `Spreading into String.fromCharCode ${SPREAD_ADVICE}`,
  },
];

// ---------------------------------------------------------------------------------------------
// The config
// ---------------------------------------------------------------------------------------------

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'bench-results/', 'test-results/'], 'ignored folders'),

  { name: 'eslint recommended', ...js.configs.recommended },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // TypeScript: type-aware rules through the project service (tsconfig.json).
  {
    name: 'typescript',
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // async event handlers in JSX (onClick={async () => …}) are fine.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    name: 'typescript tests',
    files: TEST_FILES,
    rules: {
      // expect(spy.method).toHaveBeenCalled() is the normal way to write a test.
      '@typescript-eslint/unbound-method': 'off',
      // vitest types asymmetric matchers (expect.stringContaining(), expect.any()) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  // Plain JS (bin/, scripts/, configs): no type information (they are outside tsconfig.json).
  {
    name: 'javascript',
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  },

  // Imports: resolution through the TypeScript resolver, cycles, layers.
  {
    name: 'imports',
    files: [...TS_FILES, ...JS_FILES],
    extends: [importX.flatConfigs.recommended],
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ alwaysTryTypes: true, project: path.join(root, 'tsconfig.json') }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity, ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-duplicates': 'error',
      // Noisy for packages that export both a default object and its members (typescript-eslint).
      'import-x/no-named-as-default-member': 'off',
      // Slow (parses every imported package to list its exports) and of little use here.
      'import-x/namespace': 'off',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: LAYER_ZONES }],
      // Vite's ?url / ?raw / ?worker suffixes and virtual modules are not files.
      'import-x/no-unresolved': ['error', { ignore: ['\\?[a-z&=]+$', '^virtual:'] }],
    },
  },
  {
    // TypeScript already checks these, more accurately and faster (typescript-eslint's advice).
    name: 'imports checked by typescript',
    files: TS_FILES,
    rules: {
      'import-x/named': 'off',
      'import-x/default': 'off',
      'import-x/no-unresolved': 'off',
    },
  },

  // React.
  {
    name: 'react hooks',
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    name: 'accessibility',
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
    rules: {
      // A scrolling wrapper round a wide table is <div role="region" aria-labelledby=… tabIndex={0}>
      // so keyboard users can scroll it (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
    },
  },

  // Domain purity. Tests beside domain code may use node built-ins (e.g. to read test/fixtures),
  // but not UI or parsing libraries.
  {
    name: 'domain purity',
    files: ['src/domain/**/*.{ts,tsx,mts,cts}'],
    rules: { 'no-restricted-imports': domainRestrictions({ allowNode: false }) },
  },
  {
    name: 'domain purity (tests)',
    files: ['src/domain/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': domainRestrictions({ allowNode: true }) },
  },

  // No barrel files.
  {
    name: 'no barrel files',
    files: ['src/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { local },
    rules: { 'local/no-index-files': 'error' },
  },

  // No file under src/ over 400 lines (blank lines and comments count): a longer file holds more than
  // one concept, which then wants its own file (issue 11, "One house for every page").
  {
    name: 'file length',
    files: ['src/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    rules: { 'max-lines': ['error', { max: MAX_LINES, skipBlankLines: false, skipComments: false }] },
  },
  {
    name: 'no spreading of a list into a call',
    files: [...TS_FILES, ...JS_FILES],
    rules: { 'no-restricted-syntax': NO_SPREAD_INTO_CALLS },
  },

  // Globals: the browser for the app; node for the command line, scripts, tests, configs and any
  // other JS file at the top of the repository.
  {
    name: 'browser globals',
    files: ['src/**'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'node globals',
    files: ['src/cli/**', 'bin/**', 'scripts/**', 'test/**', '*.config.*', '*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
]);
