export * from './email.js';
export * from './vat.js';
