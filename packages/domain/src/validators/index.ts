export * from './email.js';
export * from './vat.js';
export * from './password.js';
