// Shared jest setup: @swc/jest compiles TypeScript (and Nest's ESM-only .js files) to CommonJS.
const swc = (tsx = false) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        ...(tsx ? { react: { runtime: 'automatic' } } : {}),
      },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// ESM-only packages that must be transformed to run under jest's CommonJS runtime.
const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  'content-disposition',
  // OpenID Connect: the client (openid-client, oauth4webapi, jose) and the test provider
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
  // @fastify/cookie loads the ESM-only 'cookie' with import(): compiled to require under jest
  '@fastify/cookie',
  'cookie',
  // file-type (image sniffing) and its dependencies
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
  // the job scheduler (pg-boss) and its error serialiser
  'pg-boss',
  'serialize-error',
  'non-error',
];
const ignoreAllBut = (packages) => [
  `/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${packages.join('|')})/)`,
];
const transformIgnorePatterns = ignoreAllBut(esmPackages);

module.exports = {
  node: (overrides = {}) => ({
    testEnvironment: 'node',
    transform: { '^.+\\.[tj]s$': swc() },
    transformIgnorePatterns,
    // sources import siblings as './x.js' (Node ESM rules); jest resolves the .ts file
    moduleNameMapper: {
      '^(\\.{1,2}/.*)\\.js$': '$1',
      // file-type's Node entry has only import/module-sync conditions; './node' is the same file
      '^file-type$': 'file-type/node',
    },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    ...overrides,
  }),
  web: (overrides = {}) => ({
    testEnvironment: 'jsdom',
    transform: { '^.+\\.(m?j|t)sx?$': swc(true) },
    // the browser libraries ship as ESM in many shapes: compile them all (swc + cache: fast)
    transformIgnorePatterns: [],
    moduleNameMapper: {
      '^\\./routeModules\\.js$': '<rootDir>/src/test/stubs/route-modules.cjs',
      '^(\\.{1,2}/.*)\\.js$': '$1',
      '\\.css$': 'identity-obj-proxy',
    },
    testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
    ...overrides,
  }),
};
