module.exports = require('../../jest.preset.cjs').web({
  setupFiles: ['<rootDir>/src/test/polyfills.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
});
