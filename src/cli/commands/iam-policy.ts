import { DEFAULT_MANIFEST } from '../../manifest/defaults.ts';
import { CLUSTER_REF } from '../../aws/limits.ts';
import { UsageError } from '../../util/inputs.ts';
import { defineCommand } from '../command.ts';
import { MANIFEST_FLAGS } from '../flags.ts';
import { printErr, printJson } from '../output.ts';

const PURPOSES = ['deploy', 'plan', 'run', 'scheduler', 'state-machine', 'import'] as const;

export default defineCommand({
  name: 'iam-policy',
  summary: 'print the least-privilege IAM policy the actions need for this manifest',
  deadlineSeconds: 10 * 60,
  flags: {
    ...MANIFEST_FLAGS,
    for: {
      type: 'string',
      default: 'deploy',
      value: PURPOSES.join('|'),
      help:
        'deploy: the deploy role; plan: a read-only PR role; run: the rerun role; scheduler: the role schedules ' +
        '(or rules) start tasks with; state-machine: the role Step Functions runs chains with; import: what ' +
        '`ecs-batch import --cluster` reads (needs --cluster, no manifest)',
    },
    cluster: { type: 'string', value: 'NAME', help: 'with --for import: the cluster import reads' },
    region: { type: 'string', value: 'REGION', help: 'region in the ARNs (default: AWS_REGION, else *)' },
    account: { type: 'string', value: 'ID', help: 'account in the ARNs (default: from the manifest role ARNs)' },
  },
  examples: [
    'ecs-batch iam-policy --for deploy --region ap-northeast-1',
    'ecs-batch iam-policy --for scheduler > invoke-policy.json',
  ],
  async run(values) {
    const purpose = PURPOSES.find((p) => p === values.for);
    if (!purpose)
      throw new UsageError(`--for must be deploy, plan, run, scheduler, state-machine or import, not '${values.for}'`);
    if (values.account !== undefined && !/^\d{12}$/.test(values.account))
      throw new UsageError(`--account must be a 12-digit AWS account id`);
    const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    if (purpose === 'import') {
      if (!values.cluster) throw new UsageError('--for import needs --cluster NAME (the cluster import reads)');
      if (!CLUSTER_REF.test(values.cluster))
        throw new UsageError('--cluster must be a cluster name (letters, digits, - and _) or a cluster ARN');
      const { importPolicy } = await import('../../policy/iam.ts');
      printJson(
        importPolicy(values.cluster, { account: values.account ?? '*', region: region ?? '*', partition: 'aws' }),
      );
      return 0;
    }
    const file = values.manifest ?? DEFAULT_MANIFEST;
    const { loadManifest } = await import('../../load/load.ts');
    const { formatDiagnostic } = await import('../../manifest/diagnostics.ts');
    const { iamPolicy, policyContext, splitPolicy, MANAGED_POLICIES_PER_ROLE, MANAGED_POLICY_MAX_CHARS } =
      await import('../../policy/iam.ts');
    const result = loadManifest(file, values.environment ? { environment: values.environment } : {});
    if (!result.manifest) {
      printErr(result.diagnostics.map(formatDiagnostic).join('\n'));
      return 1;
    }
    const docs = splitPolicy(
      iamPolicy(result.manifest, purpose, policyContext(result.manifest, region, values.account)),
    );
    const limit = `AWS's limit of ${MANAGED_POLICY_MAX_CHARS.toLocaleString('en-US')} characters for one managed policy`;
    if (docs.length > MANAGED_POLICIES_PER_ROLE) {
      printErr(
        `error: the ${purpose} policy for this manifest needs ${docs.length} managed policies within ${limit}, ` +
          `and a role holds ${MANAGED_POLICIES_PER_ROLE} (20 after a quota increase). It is not widened to fit: ` +
          'use fewer distinct roles or log groups, or split the jobs into several manifests (projects).',
      );
      return 1;
    }
    if (docs.length === 1) printJson(docs[0]);
    else {
      printErr(
        `note: the ${purpose} policy is over ${limit}, so it is printed as a JSON array of ${docs.length} ` +
          'policies: attach every one of them to the role.',
      );
      printJson(docs);
    }
    return 0;
  },
});
