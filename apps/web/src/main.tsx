import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { createI18n } from './app/i18n';
import { Providers } from './app/Providers';
import { routes } from './app/routes';
import './styles.css';

const i18n = createI18n();
const client = createApolloClient(i18n);
const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers i18n={i18n} client={client}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
