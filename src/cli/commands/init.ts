import { DEFAULT_MANIFEST, DEFAULT_WORKFLOWS_DIR } from '../../manifest/defaults.ts';
import { CLUSTER_REF } from '../../aws/limits.ts';
import { UsageError } from '../../util/inputs.ts';
import { defineCommand } from '../command.ts';
import { print, printErr } from '../output.ts';

const RELATIVE_PATH = /^[A-Za-z0-9._][A-Za-z0-9._/-]*$/;

export default defineCommand({
  name: 'init',
  summary: 'write a starter ecs-batch.yml and the example workflows (never overwrites a file)',
  deadlineSeconds: 60,
  flags: {
    manifest: {
      type: 'string',
      short: 'm',
      value: 'FILE',
      help: 'where to write the manifest (default: ecs-batch.yml)',
    },
    project: { type: 'string', value: 'NAME', help: 'the project name (default: the directory name)' },
    cluster: { type: 'string', value: 'NAME', help: 'the ECS cluster (default: batch)' },
    workflows: {
      type: 'string',
      value: 'DIR',
      help: 'where to write the example workflows (default .github/workflows)',
    },
    'no-workflows': { type: 'boolean', default: false, help: 'write the manifest only' },
  },
  examples: ['ecs-batch init', 'ecs-batch init --project billing --cluster batch-ec2'],
  async run(values) {
    if (values.project !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(values.project))
      throw new UsageError('--project may contain letters, digits, - and _ (starting with a letter or digit)');
    // The values are written into YAML: one that is not a plain name could add keys of its own.
    if (values.cluster !== undefined && !CLUSTER_REF.test(values.cluster))
      throw new UsageError('--cluster must be a cluster name (letters, digits, - and _, at most 255) or a cluster ARN');
    for (const [flag, path] of [
      ['--manifest', values.manifest],
      ['--workflows', values.workflows],
    ] as const)
      if (path !== undefined && (!RELATIVE_PATH.test(path) || path.split('/').includes('..')))
        throw new UsageError(`${flag} must be a relative path inside the repository (letters, digits, . _ - /)`);
    const { init } = await import('../init.ts');
    const result = init({
      manifest: values.manifest ?? DEFAULT_MANIFEST,
      ...(values.project ? { project: values.project } : {}),
      ...(values.cluster ? { cluster: values.cluster } : {}),
      ...(values['no-workflows'] ? {} : { workflowsDir: values.workflows ?? DEFAULT_WORKFLOWS_DIR }),
    });
    for (const file of result.written) print(`wrote ${file}`);
    for (const file of result.kept) printErr(`kept ${file}: it exists (init never overwrites)`);
    if (result.written.length) print(`\nnext: set the values marked SET ME, then run: ecs-batch validate`);
    return result.written.length ? 0 : 1;
  },
});
