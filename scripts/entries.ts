/** The bundles in dist/: one per action, and the CLI. */
export const ENTRIES: Readonly<Record<string, string>> = {
  cli: 'src/cli.ts',
  validate: 'src/actions/validate.ts',
  release: 'src/actions/release.ts',
  prepare: 'src/actions/prepare.ts',
  run: 'src/actions/run.ts',
};
