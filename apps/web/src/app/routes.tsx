import type { RouteObject } from 'react-router';
import { AccessibilityPage } from '../pages/AccessibilityPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { TaxonomiesPage } from '../pages/TaxonomiesPage';
import { TaxonomyPage } from '../pages/TaxonomyPage';
import { RouteError } from './ErrorBoundary';
import { Layout } from './Layout';

/** Every page of the app; unknown paths fall through to the 404 page. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // errors of a page render inside the shell: header, navigation and language stay usable
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'taxonomies', element: <TaxonomiesPage /> },
          { path: 'taxonomies/:key', element: <TaxonomyPage /> },
          { path: 'accessibility', element: <AccessibilityPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
