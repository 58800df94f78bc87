/** Jest runs the TypeScript sources as ESM through SWC (type-stripping only; `npm run typecheck` checks types). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2023', experimental: { keepImportAttributes: true } },
        module: { type: 'es6' },
        sourceMaps: 'inline',
      },
    ],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // @actions/workflow-parser imports JSON without an import attribute (Jest warns each run): serve it from a module.
  moduleNameMapper: { '^\\.\\./(workflow|action)-v1\\.0\\.min\\.json$': '<rootDir>/test/helpers/parser-json/$1.ts' },
  // The emulator tests and the bundle tests spawn processes; keep workers to the 2 cores CI has.
  maxWorkers: 2,
  testTimeout: 30000,
};
