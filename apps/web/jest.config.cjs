module.exports = require('../../jest.preset.cjs').web({
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
});
