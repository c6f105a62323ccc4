// ts-jest in ESM mode: chalk 5 and fast-check are ESM-only, so tests run as ES modules
// (NODE_OPTIONS=--experimental-vm-modules, set by the `jest` npm script).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    // Type checking is `npm run typecheck`'s job; here files are only transpiled, which keeps the suite fast.
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
};
