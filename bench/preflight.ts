/**
 * The reads pre-flight adds to a plan, at 10, 100 and 500 jobs of a realistic spread: a secret per job (an SSM
 * parameter each, and a Secrets Manager secret every tenth job), a task role per ten jobs, a subnet pair and a
 * security group per fifty. Counted from the emulator's call log (calls, not time: nothing here is timed).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClients } from '../src/aws/clients.ts';
import { release } from '../src/release/release.ts';
import { startFakeAws } from '../test/fake-aws/index.ts';
import { seedTestAccount } from '../test/fake-aws/seed.ts';
import { generatedManifest } from './manifests.ts';
import type { BenchRow } from './stats.ts';

const SSM = 'arn:aws:ssm:us-east-1:123456789012:parameter';
const SECRETS = 'arn:aws:secretsmanager:us-east-1:123456789012:secret';

export async function benchPreflight(sizes = [10, 100, 500]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const jobs of sizes) {
    const fake = await startFakeAws({ region: 'us-east-1', pageCap: 100 });
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    Object.assign(process.env, fake.env());
    fake.createCluster('batch');
    seedTestAccount(fake);
    const lines = generatedManifest(jobs).split('\n');
    const out: string[] = [];
    for (const line of lines) {
      out.push(line);
      const job = /^ {2}job-(\d+):$/.exec(line);
      if (!job) continue;
      const i = Number(job[1]);
      fake.putParameter(`p-${i}`);
      const secret = i % 10 === 0 ? fake.createSecret(`s-${i}`, 'AbCdEf') : undefined;
      out.push(`    secrets: { P: ${SSM}/p-${i}${secret ? `, S: ${SECRETS}:s-${i}-AbCdEf` : ''} }`);
      fake.createRole(`task-${Math.floor(i / 10)}`, ['ecs-tasks.amazonaws.com']);
      out.push(`    taskRoleArn: arn:aws:iam::123456789012:role/task-${Math.floor(i / 10)}`);
      const net = Math.floor(i / 50);
      fake.createSubnet(`subnet-a${net}`, 'vpc-0main');
      fake.createSubnet(`subnet-b${net}`, 'vpc-0main');
      fake.createSecurityGroup(`sg-${net}`, 'vpc-0main');
      out.push(`    network: { subnets: [subnet-a${net}, subnet-b${net}], securityGroups: [sg-${net}] }`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-preflight-'));
    writeFileSync(join(dir, 'ecs-batch.yml'), out.join('\n'));
    const image = fake.seedImage('bench-batch', 'v1').uri;
    const clients = createClients();
    const outcome = await release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: true, prune: true, clients });
    const pf = outcome.preflight!;
    const byOperation = fake.calls.byOperation();
    const counted = ['DescribeSubnets', 'DescribeSecurityGroups', 'GetRole', 'DescribeParameters', 'DescribeSecret']
      .map((op) => `${op} ${byOperation[op] ?? 0}`)
      .join(', ');
    rows.push({
      name: `${jobs} jobs (${jobs} parameters, ${Math.ceil(jobs / 10)} secrets, ${Math.ceil(jobs / 10) + 2} roles)`,
      value:
        `${pf.reads} pre-flight reads (${(pf.reads / jobs).toFixed(2)} per job; ${counted}); ` +
        `${pf.diagnostics.length} problems`,
    });
    clients.destroy();
    await fake.stop();
  }
  return rows;
}
