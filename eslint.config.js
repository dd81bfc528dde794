// The lint CI runs (`npm run lint`): ESLint's and typescript-eslint's recommended rules, the rules
// of React hooks in the web app, no warning let through; Prettier owns the layout (`npm run format`),
// so the rules it would contradict are off. Type checking itself is `tsc`, run by each workspace's tests.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated: the GraphQL client types and the migrations (whose SQL escapes \$ for MikroORM).
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'client/src/gql/**',
      'server/src/db/migrations/**',
      '**/*.d.ts',
      'client/test-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests and scripts read GraphQL answers as they come.
    files: ['**/test/**', '**/e2e/**', '**/scripts/**', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
