/** The bundles in dist/: one per action, and the CLI. */
export const ENTRIES: Readonly<Record<string, string>> = {
  cli: 'src/cli.ts',
  validate: 'src/actions/entries/validate.ts',
  release: 'src/actions/entries/release.ts',
  prepare: 'src/actions/entries/prepare.ts',
  run: 'src/actions/entries/run.ts',
};
