/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: require('./jest.transform'),
  // The task-pane tests render Fluent UI in jsdom and walk the whole wizard; on a busy 2-core machine that takes a while.
  testTimeout: 180000,
};
