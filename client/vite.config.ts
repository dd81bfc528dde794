import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress';

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
  },
  server: {
    // The API and its graphql-ws endpoint share /graphql on the server (port 4000), so one proxy
    // entry with ws: true carries both and the session cookie stays same-origin in development.
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      // The files the server renders: PDFs, exports, the ITA publication.
      '/documents': 'http://localhost:4000',
      '/exports': 'http://localhost:4000',
      '/reports': 'http://localhost:4000',
      // Issue 14, item 6: the ITA pages and the memo.
      '/ita': 'http://localhost:4000',
      // The import of past registers (issue 11, item 6) and its template.
      '/imports': 'http://localhost:4000',
    },
  },
});
