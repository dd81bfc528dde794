import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);

export default defineConfig({
  plugins: [react()],
  // graphql 16 has no exports map: Node loads its CJS build and Vite its .mjs one. One copy only
  // (stack.md, gotcha 1), or codegen and Apollo see two realms.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    // Component tests opt into a DOM with `// @vitest-environment happy-dom`; the rest run in Node.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.e2e.test.ts'],
    testTimeout: 20_000,
  },
});
