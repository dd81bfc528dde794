import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import './app/styles.css';

import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apolloClient } from './app/apollo';
import { App } from './app/App';
import { syncDocumentLang } from './app/i18n';

// index.html is served in Thai; switch <html lang> and the title before the first paint if the
// user chose English last time.
syncDocumentLang();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={apolloClient}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
