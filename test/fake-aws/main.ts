/**
 * The emulator as a standalone process, for the demo, benchmarks and manual use:
 *   npm run fake-aws -- [--port 4566] [--region us-east-1] [--cluster NAME ...] [--seed-image REPOSITORY:TAG ...]
 *                       [--page-cap 5] [--latency-ms 0] [--throttle-rate 0] [--error-rate 0] [--aws-throttling]
 * Point the SDK (or the ecs-batch CLI) at it with the environment it prints (AWS_ENDPOINT_URL=http://127.0.0.1:<port>, ...).
 */
import { parseArgs } from 'node:util';
import { awsBuckets } from './faults.ts';
import { seedTestAccount } from './seed.ts';
import { startFakeAws } from './index.ts';

const USAGE =
  'usage: npm run fake-aws -- [--port 4566] [--region us-east-1] [--cluster NAME ...] ' +
  '[--seed-image REPOSITORY:TAG ...] [--page-cap 5] [--latency-ms 0] [--throttle-rate 0] [--error-rate 0] [--aws-throttling]';

let parsed;
try {
  parsed = parseArgs({
    options: {
      help: { type: 'boolean', default: false },
      port: { type: 'string', default: '4566' },
      'page-cap': { type: 'string', default: '5' },
      'latency-ms': { type: 'string', default: '0' },
      'throttle-rate': { type: 'string', default: '0' },
      'error-rate': { type: 'string', default: '0' },
      'aws-throttling': { type: 'boolean', default: false },
      region: { type: 'string', default: 'us-east-1' },
      cluster: { type: 'string', multiple: true, default: [] },
      'seed-image': { type: 'string', multiple: true, default: [] },
    },
  });
} catch (error) {
  console.error(`fake-aws: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const fake = await startFakeAws({
  port: Number(values.port),
  region: values.region,
  pageCap: Number(values['page-cap']),
  faults: {
    latencyMs: Number(values['latency-ms']),
    throttleRate: Number(values['throttle-rate']),
    errorRate: Number(values['error-rate']),
    buckets: values['aws-throttling'] ? awsBuckets() : {},
  },
});
for (const name of values.cluster) console.log(`cluster ${fake.createCluster(name)}`);
// The subnets, security groups, roles and secrets the example manifests name, so plan's pre-flight finds them.
seedTestAccount(fake);
for (const spec of values['seed-image']) {
  const [repository, tag = 'latest'] = spec.split(':');
  console.log(`image ${fake.seedImage(repository!, tag).uri} (tag ${tag})`);
}
console.log(`fake-aws listening on ${fake.url} (region ${values.region})`);
console.log(
  `export ${Object.entries(fake.env())
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`,
);

const shutdown = () => {
  void fake.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
