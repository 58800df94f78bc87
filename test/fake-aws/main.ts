/**
 * The emulator as a standalone process, for the demo, benchmarks and manual use:
 *   npm run fake-aws -- [--port 4566] [--page-cap 5] [--latency-ms 0] [--throttle-rate 0] [--error-rate 0] [--aws-throttling]
 * Point the SDK (or the ecs-batch CLI) at it with AWS_ENDPOINT_URL=http://127.0.0.1:<port>.
 */
import { parseArgs } from 'node:util';
import { API_RATES } from '../../src/aws/limits.ts';
import { startFakeAws } from './index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4566' },
    'page-cap': { type: 'string', default: '5' },
    'latency-ms': { type: 'string', default: '0' },
    'throttle-rate': { type: 'string', default: '0' },
    'error-rate': { type: 'string', default: '0' },
    'aws-throttling': { type: 'boolean', default: false },
    cluster: { type: 'string', multiple: true, default: [] },
  },
});

const fake = await startFakeAws({
  port: Number(values.port),
  pageCap: Number(values['page-cap']),
  faults: {
    latencyMs: Number(values['latency-ms']),
    throttleRate: Number(values['throttle-rate']),
    errorRate: Number(values['error-rate']),
    buckets: values['aws-throttling'] ? { ...API_RATES } : {},
  },
});
for (const name of values.cluster) fake.createCluster(name);
console.log(`fake-aws listening on ${fake.url}`);
console.log(`export AWS_ENDPOINT_URL=${fake.url} AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=fake AWS_SECRET_ACCESS_KEY=fake`);

const shutdown = () => {
  void fake.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
