/**
 * End-to-end tests (test/e2e): slow, and they need external programs (LibreOffice: `soffice`,
 * from the `libreoffice-calc-nogui` package). Run with `jest -c jest.e2e.config.js`.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: require('./jest.transform'),
  testTimeout: 300000,
};
