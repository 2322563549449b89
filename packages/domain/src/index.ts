export * from './accounts.js';
export * from './challenges.js';
export * from './errors.js';
export * from './i18n.js';
export * from './organisations.js';
export * from './people.js';
export * from './taxonomies/index.js';
export * from './validators/index.js';
