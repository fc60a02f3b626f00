// jest in ESM mode (run with `node --experimental-vm-modules`), as a project that uses sage-mock
// would configure it: no transform (the package is plain ESM JavaScript), the Node environment.
// Here `sage-mock` maps to this repository's own build in dist/ (a project that installed the
// package needs no moduleNameMapper).
export default {
  testEnvironment: 'node',
  transform: {},
  testMatch: ['<rootDir>/test/jest/**/*.test.mjs'],
  moduleNameMapper: {
    '^sage-mock$': '<rootDir>/dist/mock/index.js',
    '^sage-mock/(msw|fastify)$': '<rootDir>/dist/mock/adapters/$1.js',
  },
};
