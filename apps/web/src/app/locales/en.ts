import type { Messages } from './it';

export const en: Messages = {
  app: {
    name: 'Open Innovation Lombardy',
    tagline: 'Companies, startups and research: innovating together',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    taxonomies: 'Taxonomies',
  },
  skipLink: 'Skip to main content',
  language: {
    label: 'Language',
    changed: 'Language set: English',
  },
  footer: {
    about:
      'Open-source platform for open innovation: it connects the region’s companies, startups and research organisations.',
    accessibility: 'Accessibility statement',
  },
  home: {
    title: 'Open innovation in Lombardy',
    intro:
      'SMEs post innovation challenges, researchers offer technologies, and the matchmaking engine suggests partners and says why.',
    taxonomiesTitle: 'The platform’s classifications',
    taxonomiesIntro:
      'Organisations, challenges and offers share the same regional classifications, in Italian and English.',
    termCount_one: '{{count}} term',
    termCount_other: '{{count}} terms',
    viewAll: 'See all terms of {{name}}',
  },
  indicators: {
    title: 'Regional indicators',
    intro:
      'The indicators Lombardy tracks for research and innovation, with the baseline, the latest figure and the target.',
    caption: 'Research and innovation indicators',
    indicator: 'Indicator',
    baseline: 'Baseline',
    latest: 'Latest figure',
    target: 'Target',
    status: 'Target reached',
    reached: 'Reached',
    notReached: 'Not yet',
    noData: 'n/a',
    loading: 'Loading indicators…',
    error: 'The indicators could not be loaded.',
    empty: 'No indicator recorded yet.',
  },
  taxonomies: {
    title: 'Taxonomies',
    intro: 'Every classification used on the platform, with its terms in order.',
    loading: 'Loading taxonomies…',
    error: 'The taxonomies could not be loaded.',
    empty: 'No terms available.',
    notFound: 'This taxonomy does not exist.',
    back: 'Back to all taxonomies',
    code: 'Code',
    label: 'Term',
    description: 'Description',
    filter: 'Filter the terms',
    filterHint: 'Search by code or name.',
    noMatch: 'No term matches “{{query}}”.',
    version: 'Version {{version}}',
  },
  accessibility: {
    title: 'Accessibility statement',
    body: 'This platform aims to conform to WCAG 2.1 level AA: every page is checked automatically with axe-core and works with the keyboard alone. To report an accessibility problem, write to the platform operator.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address you opened does not match any page.',
    home: 'Go to the home page',
  },
  errorBoundary: {
    title: 'Something went wrong',
    body: 'An unexpected error occurred. Reload the page; if the problem persists, try again later.',
    reload: 'Reload the page',
  },
  common: {
    close: 'Close',
    retry: 'Try again',
    required: 'required',
    dismiss: 'Dismiss notification',
    notifications: 'Notifications',
  },
};
