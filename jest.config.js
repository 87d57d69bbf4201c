/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 30000,
  // The suites run one after another in one worker (--maxWorkers=1), which is started afresh when it holds
  // more than this after a suite: the ~140 suites each build the answerer's indexes, and in one process
  // the module registries they leave behind outgrew the 4 GB heap.
  workerIdleMemoryLimit: '1GB',
  // Artefacts (screenshots, logs) land here; CI keeps them.
  reporters: ['default'],
};
