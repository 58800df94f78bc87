/**
 * Extracts, from botocore's service models (AWS's published API models, Apache-2.0), the request shapes of every
 * operation the emulator implements, with their constraints (required, min/max, pattern, enum), into the committed
 * fixture test/fixtures/aws-api-models.json. Tests never need Python; rerun this when botocore or the emulator's
 * operations change:
 *
 *   node scripts/extract-api-models.ts [BOTOCORE_DATA_DIR BOTOCORE_VERSION]
 *
 * Without a directory it asks the machine's Python for botocore's (pip install botocore). With one (botocore's
 * `botocore/data` from a clone of github.com/boto/botocore), give its version (botocore/__init__.py).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cloudwatch } from '../test/fake-aws/services/cloudwatch.ts';
import { ecr } from '../test/fake-aws/services/ecr.ts';
import { ecs } from '../test/fake-aws/services/ecs.ts';
import { events } from '../test/fake-aws/services/events.ts';
import { logs } from '../test/fake-aws/services/logs.ts';
import { scheduler } from '../test/fake-aws/services/scheduler.ts';
import { sfn } from '../test/fake-aws/services/sfn.ts';
import { sns } from '../test/fake-aws/services/sns.ts';
import { ec2, iam, secretsmanager, ssm } from '../test/fake-aws/services/account.ts';

/** The emulator's service name (SigV4 scope), botocore's folder and API version, and the operations it implements. */
const SERVICES: Record<string, { model: string; operations: readonly string[]; extraShapes?: string[] }> = {
  ecs: { model: 'ecs/2014-11-13', operations: Object.keys(ecs), extraShapes: ['TaskOverride'] },
  ecr: { model: 'ecr/2015-09-21', operations: Object.keys(ecr) },
  events: { model: 'events/2015-10-07', operations: Object.keys(events) },
  scheduler: { model: 'scheduler/2021-06-30', operations: Object.keys(scheduler) },
  logs: { model: 'logs/2014-03-28', operations: Object.keys(logs) },
  monitoring: { model: 'cloudwatch/2010-08-01', operations: Object.keys(cloudwatch) },
  states: { model: 'stepfunctions/2016-11-23', operations: Object.keys(sfn) },
  sns: { model: 'sns/2010-03-31', operations: Object.keys(sns) },
  ec2: { model: 'ec2/2016-11-15', operations: Object.keys(ec2) },
  iam: { model: 'iam/2010-05-08', operations: Object.keys(iam) },
  ssm: { model: 'ssm/2014-11-06', operations: Object.keys(ssm) },
  secretsmanager: { model: 'secretsmanager/2017-10-17', operations: Object.keys(secretsmanager) },
};

/** What a constraint check needs of a shape; documentation and the rest are dropped. */
const KEPT = ['type', 'required', 'min', 'max', 'pattern', 'enum', 'member', 'key', 'value'] as const;

type Shape = Record<string, unknown> & { members?: Record<string, Record<string, unknown>> };

function botocoreData(): { dir: string; version: string } {
  const given = process.argv[2];
  const dir =
    given ??
    join(
      execFileSync('python3', ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))'], {
        encoding: 'utf8',
      }).trim(),
      'data',
    );
  const version =
    process.argv[3] ??
    execFileSync('python3', ['-c', 'import botocore; print(botocore.__version__)'], { encoding: 'utf8' }).trim();
  return { dir, version };
}

function readModel(dir: string, model: string): { shapes: Record<string, Shape>; operations: Record<string, Shape> } {
  const file = join(dir, model, 'service-2.json.gz');
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    shapes: Record<string, Shape>;
    operations: Record<string, Shape>;
  };
}

function slim(shape: Shape): Shape {
  const out: Shape = {};
  for (const key of KEPT)
    if (shape[key] !== undefined)
      out[key] =
        key === 'member' || key === 'key' || key === 'value' ? { shape: (shape[key] as Shape).shape } : shape[key];
  if (shape.members)
    out.members = Object.fromEntries(
      Object.entries(shape.members).map(([name, m]) => [
        name,
        {
          shape: m.shape,
          ...(m.location ? { location: m.location } : {}),
          ...(m.locationName ? { locationName: m.locationName } : {}),
        },
      ]),
    );
  return out;
}

const { dir, version } = botocoreData();
const services: Record<string, { operations: Record<string, string>; shapes: Record<string, Shape> }> = {};
for (const [service, { model, operations, extraShapes }] of Object.entries(SERVICES)) {
  const m = readModel(dir, model);
  const shapes: Record<string, Shape> = {};
  const visit = (name: string) => {
    if (shapes[name]) return;
    const shape = m.shapes[name];
    if (!shape) throw new Error(`${model}: no shape ${name}`);
    shapes[name] = slim(shape);
    for (const child of [
      ...Object.values(shape.members ?? {}).map((x) => x.shape as string),
      ...(['member', 'key', 'value'] as const).flatMap((k) => (shape[k] ? [(shape[k] as Shape).shape as string] : [])),
    ])
      visit(child);
  };
  const inputs: Record<string, string> = {};
  for (const op of [...operations].sort()) {
    const input = (m.operations[op]?.input as { shape?: string } | undefined)?.shape;
    if (!m.operations[op]) throw new Error(`${model}: the emulator implements ${op}, which the model does not have`);
    if (!input) continue;
    inputs[op] = input;
    visit(input);
  }
  for (const extra of extraShapes ?? []) visit(extra);
  services[service] = { operations: inputs, shapes: Object.fromEntries(Object.entries(shapes).sort()) };
}
const out = join(import.meta.dirname, '..', 'test', 'fixtures', 'aws-api-models.json');
writeFileSync(out, `${JSON.stringify({ source: `botocore ${version} (Apache-2.0)`, services }, null, 1)}\n`);
console.log(`wrote ${out}: ${Object.keys(services).length} services, botocore ${version}`);
