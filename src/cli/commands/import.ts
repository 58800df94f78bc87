import { DEFAULT_MANIFEST } from '../../manifest/defaults.ts';
import { UsageError } from '../../util/inputs.ts';
import { defineCommand } from '../command.ts';
import { printErr } from '../output.ts';

export default defineCommand({
  name: 'import',
  summary: 'write a manifest from the scheduled tasks made by hand on a cluster (reads AWS, writes nothing there)',
  deadlineSeconds: 10 * 60,
  usesAws: true,
  flags: {
    cluster: {
      type: 'string',
      short: 'c',
      value: 'NAME',
      required: true,
      help: 'the ECS cluster whose scheduled tasks (EventBridge rules and Scheduler schedules that target it) to import',
    },
    project: {
      type: 'string',
      value: 'NAME',
      help: 'the project name of the new manifest (default: from the cluster name)',
    },
    output: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      help:
        'where to write the manifest (default: ecs-batch.yml); base task definitions go to FILE.taskdefs/ beside it. ' +
        'Never overwrites',
    },
    backend: { type: 'string', value: 'scheduler|rules', help: 'what the manifest deploys to (default: scheduler)' },
  },
  examples: [
    'ecs-batch import --cluster batch',
    'ecs-batch import --cluster batch-ec2 --project billing --output billing.yml --backend rules',
  ],
  async run(values) {
    if (!values.cluster) throw new UsageError('--cluster is required: the ECS cluster whose scheduled tasks to import');
    if (values.project !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(values.project))
      throw new UsageError('--project may contain letters, digits, - and _ (starting with a letter or digit)');
    const backend = values.backend ?? 'scheduler';
    if (backend !== 'scheduler' && backend !== 'rules')
      throw new UsageError(`--backend must be scheduler or rules, not '${backend}'`);
    const { createClients } = await import('../../aws/clients.ts');
    const { importCommand } = await import('../import.ts');
    const clients = createClients();
    try {
      const result = await importCommand(clients, {
        cluster: values.cluster,
        ...(values.project ? { project: values.project } : {}),
        output: values.output ?? DEFAULT_MANIFEST,
        backend,
      });
      printErr(result.summary.join('\n'));
      return result.ok ? 0 : 1;
    } finally {
      clients.destroy();
    }
  },
});
