import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifest, loadManifestText } from '../../../src/load/load.ts';
import { parseReplaced } from '../../../src/manifest/names.ts';
import { schema } from '../../../src/manifest/schema.ts';
import type { EnvironmentOverlay, JobSettings, JobSpec, ManifestDocument } from '../../../src/manifest/types.ts';

const NOW = Date.parse('2026-11-28T12:00:00Z');

/** A valid manifest; tests change one line at a time. Line numbers below refer to this text. */
const BASE = `version: 1
project: myapp
cluster: batch
image:
  repository: myapp-batch
defaults:
  timezone: Asia/Tokyo
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  network:
    subnets: [subnet-0a1b]
  logs:
    group: /ecs-batch/myapp
jobs:
  nightly:
    schedule: cron(0 0 * * ? *)
    command: [php, artisan, nightly]
  sweep:
    schedule: rate(10 minutes)
`;

function load(text: string, environment?: string) {
  return loadManifestText(text, 'ecs-batch.yml', { now: NOW, ...(environment ? { environment } : {}) });
}

function errors(text: string, environment?: string) {
  return load(text, environment).diagnostics.filter((d) => d.severity === 'error');
}

function only(text: string, environment?: string) {
  const found = errors(text, environment);
  expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toHaveLength(1);
  return found[0]!;
}

describe('a valid manifest', () => {
  it('resolves jobs with defaults applied', () => {
    const result = load(BASE);
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
    const nightly = result.manifest!.jobs.find((j) => j.name === 'nightly')!;
    expect(nightly).toMatchObject({
      timezone: 'Asia/Tokyo',
      cpu: 256,
      memory: 512,
      launchType: 'FARGATE',
      enabled: true,
      containerName: 'nightly',
    });
    expect(result.manifest).toMatchObject({
      prefix: 'myapp',
      backend: 'scheduler',
      cluster: 'batch',
      image: { repository: 'myapp-batch', context: '.', dockerfile: 'Dockerfile' },
    });
  });

  it('the example manifest is valid in every environment', () => {
    expect(loadManifest('examples/ecs-batch.yml', { now: NOW }).diagnostics).toEqual([]);
    const staging = loadManifest('examples/ecs-batch.yml', { now: NOW, environment: 'staging' });
    expect(staging.valid).toBe(true);
    expect(staging.manifest).toMatchObject({ prefix: 'myapp-staging', cluster: 'batch-staging' });
    expect(staging.manifest!.jobs[0]!.environment.APP_ENV).toBe('staging');
  });
});

describe('errors carry file:line:column and say what to do', () => {
  it('YAML syntax', () => {
    // The parser notices the unclosed list where the next key starts; later cascades are not shown.
    const e = only(BASE.replace('  cpu: 256', '  cpu: [256'));
    expect(e).toMatchObject({ file: 'ecs-batch.yml', line: 9, column: 3 });
    expect(e.message).toMatch(/YAML syntax/);
  });

  it('duplicate keys', () => {
    const e = only(
      BASE.replace(
        '    command: [php, artisan, nightly]',
        '    command: [php, artisan, nightly]\n    schedule: rate(1 hour)',
      ),
    );
    expect(e).toMatchObject({ line: 20, column: 5 });
    expect(e.message).toMatch(/duplicate key 'schedule'/);
  });

  it('unknown key with a did-you-mean, at the key', () => {
    const e = only(BASE.replace('    schedule: rate(10 minutes)', '    shedule: rate(10 minutes)'));
    expect(e).toMatchObject({ line: 21, column: 5, path: 'jobs.sweep.shedule' });
    expect(e.message).toBe("unknown key 'shedule' in jobs.sweep; did you mean 'schedule'?");
  });

  it('unknown top-level key', () => {
    const e = only(`${BASE}clutser: x\n`);
    expect(e).toMatchObject({ line: 22, column: 1 });
    expect(e.message).toMatch(/unknown key 'clutser'.*did you mean 'cluster'/);
  });

  it('a missing required key', () => {
    const e = only(BASE.replace('cluster: batch\n', ''));
    expect(e.message).toBe("the manifest is missing 'cluster'");
  });

  it('a wrong type', () => {
    const e = only(BASE.replace('  cpu: 256', '  cpu: lots'));
    expect(e).toMatchObject({ line: 8, column: 8 });
    expect(e.message).toBe('defaults.cpu must be a whole number');
  });

  it('a command written as a string', () => {
    const e = only(BASE.replace('[php, artisan, nightly]', 'php artisan nightly'));
    expect(e).toMatchObject({ line: 19, column: 14 });
    expect(e.message).toMatch(/write the command as a list/);
  });

  it('an enum with a did-you-mean', () => {
    const e = only(BASE.replace('cluster: batch', 'cluster: batch\nbackend: rule'));
    expect(e.message).toMatch(/backend must be one of: scheduler, rules; did you mean 'rules'\?/);
  });

  it('a bad role ARN', () => {
    const e = only(BASE.replace('role/exec', 'exec'));
    expect(e).toMatchObject({ line: 10, column: 21 });
    expect(e.message).toMatch(/must be an IAM role ARN/);
  });

  it('replaces: a string or a list, normalised; a malformed entry points at it', () => {
    const ok = load(
      BASE.replace(
        '    command: [php, artisan, nightly]\n',
        '    command: [php, artisan, nightly]\n    replaces: rule/daily-aggregate\n',
      ),
    );
    expect(ok.diagnostics).toEqual([]);
    expect(ok.manifest!.jobs.find((j) => j.name === 'nightly')!.replaces).toEqual(['rule/daily-aggregate']);
    expect(ok.manifest!.jobs.find((j) => j.name === 'sweep')!.replaces).toEqual([]);
    // One target of a rule with others: rule/NAME/TARGET-ID.
    const target = load(
      BASE.replace(
        '    command: [php, artisan, nightly]\n',
        '    command: [php, artisan, nightly]\n    replaces: [rule/hourly/ecs-1]\n',
      ),
    );
    expect(target.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parseReplaced('rule/hourly/ecs-1')).toEqual({ kind: 'rule', name: 'hourly', target: 'ecs-1' });
    expect(parseReplaced('rule/hourly/ecs/1')).toBeUndefined();
    const e = only(
      BASE.replace(
        '    command: [php, artisan, nightly]\n',
        '    command: [php, artisan, nightly]\n    replaces: [schedule/nightly]\n',
      ),
    );
    expect(e.line).toBeGreaterThan(0);
    expect(e.message).toMatch(/replaces.*'schedule\/nightly' must name .*schedule\/GROUP\/NAME/);
  });

  it('a bad cron points at the offending field', () => {
    const e = only(BASE.replace('cron(0 0 * * ? *)', 'cron(0 0 ? * 0 *)'));
    // "    schedule: cron(0 0 ? * 0 *)": 'c' is column 15, so the 0 in day-of-week is column 28.
    expect(e).toMatchObject({ line: 18, column: 28, path: 'jobs.nightly.schedule' });
    expect(e.message).toMatch(/did you mean 1 \(SUN\)/);
  });

  it('a bad cron inside quotes still points at the field', () => {
    const e = only(BASE.replace('cron(0 0 * * ? *)', '"cron(0 0 ? * 0 *)"'));
    expect(e).toMatchObject({ line: 18, column: 29 });
  });

  it('a cron that can never run', () => {
    expect(only(BASE.replace('cron(0 0 * * ? *)', 'cron(0 0 30 2 ? *)')).message).toMatch(/never matches a real date/);
  });

  it('an unknown time zone, with a did-you-mean', () => {
    const e = only(BASE.replace('Asia/Tokyo', 'Asia/Tokio'));
    expect(e).toMatchObject({ line: 7, column: 13 });
    expect(e.message).toMatch(/unknown time zone 'Asia\/Tokio'; did you mean 'Asia\/Tokyo'\?/);
  });

  it('a time zone with backend rules names the scheduler backend as the fix', () => {
    const e = only(BASE.replace('cluster: batch', 'cluster: batch\nbackend: rules'));
    expect(e).toMatchObject({ line: 8 });
    expect(e.message).toMatch(/EventBridge rules run in UTC only; set backend: scheduler/);
  });

  it('at(...) with backend rules', () => {
    const text = BASE.replace('cluster: batch', 'cluster: batch\nbackend: rules')
      .replace('  timezone: Asia/Tokyo\n', '')
      .replace('cron(0 0 * * ? *)', 'at(2030-01-01T00:00:00)');
    expect(only(text).message).toMatch(/at\(\.\.\.\) one-time schedules need backend: scheduler/);
  });

  it('a Fargate cpu/memory pair AWS refuses', () => {
    const e = only(BASE.replace('  memory: 512', '  memory: 4096'));
    expect(e).toMatchObject({ line: 9 });
    expect(e.message).toBe('memory 4096 does not fit Fargate cpu 256; allowed: 512, 1024, 2048 MiB');
  });

  it('a cpu value Fargate does not have', () => {
    expect(only(BASE.replace('  cpu: 256', '  cpu: 300')).message).toMatch(
      /cpu 300 is not a Fargate size.*nearest: 256/,
    );
  });

  it('a per-job override is checked where it is written', () => {
    const e = only(
      BASE.replace('    command: [php, artisan, nightly]', '    command: [php, artisan, nightly]\n    memory: 16384'),
    );
    expect(e).toMatchObject({ line: 20, path: 'jobs.nightly.memory' });
  });

  it('missing network and execution role for Fargate', () => {
    const found = errors(
      BASE.replace('  network:\n    subnets: [subnet-0a1b]\n', '').replace(
        '  executionRoleArn: arn:aws:iam::123456789012:role/exec\n',
        '',
      ),
    );
    expect(found.map((d) => d.message)).toEqual([
      expect.stringMatching(/awsvpc networking/),
      expect.stringMatching(/executionRoleArn/),
    ]);
  });

  it('a missing scheduler role is reported once, not per job', () => {
    const e = only(BASE.replace('  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke\n', ''));
    expect(e).toMatchObject({ line: 6, path: 'defaults' });
    expect(e.message).toMatch(/no schedulerRoleArn/);
  });

  it('a job without a log group', () => {
    expect(only(BASE.replace('  logs:\n    group: /ecs-batch/myapp\n', '')).message).toMatch(/no log group/);
  });

  it('a retention CloudWatch Logs does not accept', () => {
    expect(
      only(BASE.replace('group: /ecs-batch/myapp', 'group: /ecs-batch/myapp\n    retentionDays: 31')).message,
    ).toMatch(/nearest: 30/);
  });

  it('job names that cannot become AWS names', () => {
    expect(only(BASE.replace('  sweep:', '  sweep.v2:')).message).toMatch(/may only contain letters, digits, - and _/);
    const long = only(BASE.replace('  sweep:', `  ${'s'.repeat(60)}:`));
    expect(long).toMatchObject({ line: 20, column: 3 });
    expect(long.message).toMatch(/would be 66 characters; AWS allows 64/);
  });

  it('a job that runs after others has no schedule, so only its family limit applies', () => {
    const after = BASE.replace(
      '  sweep:\n    schedule: rate(10 minutes)\n',
      `  ${'s'.repeat(60)}:\n    after: nightly\n`,
    );
    const withRole = after.replace(
      '  executionRoleArn:',
      '  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn\n  executionRoleArn:',
    );
    expect(errors(withRole)).toEqual([]);
    // The same name with a schedule of its own is too long for one.
    expect(only(withRole.replace('    after: nightly\n', '    schedule: rate(1 hour)\n')).message).toMatch(
      /would be 66 characters; AWS allows 64/,
    );
  });

  it('alert and history rule names over 64 characters, before a deploy writes anything', () => {
    const project = 'p'.repeat(30);
    const alerts = (p: string) =>
      BASE.replace('project: myapp', `project: ${p}`).replace(
        'jobs:\n',
        'alerts: { snsTopicArn: "arn:aws:sns:ap-northeast-1:123456789012:t" }\nhistory: true\njobs:\n',
      );
    // 30 + '-ecs-batch-alerts-not-started' (29) = 59: fits.
    expect(errors(alerts(project)).map((d) => d.message)).toEqual([]);
    const long = errors(alerts(`${project}-abcdefgh`)).map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(long).toEqual([
      expect.stringMatching(
        /^16:1 the alerts rule name 'p+-abcdefgh-ecs-batch-alerts-not-started' would be 68 characters; EventBridge allows 64/,
      ),
    ]);
  });

  it('an unknown environment, with a did-you-mean', () => {
    const text = `${BASE}environments:\n  staging: { cluster: batch-staging }\n`;
    expect(only(text, 'stagin').message).toMatch(/unknown environment 'stagin'; did you mean 'staging'\?/);
  });

  it('an overlay of a job that does not exist', () => {
    const text = `${BASE}environments:\n  staging:\n    jobs:\n      nigthly: { enabled: false }\n`;
    const e = only(text, 'staging');
    expect(e).toMatchObject({ line: 25, column: 7 });
    expect(e.message).toMatch(/does not exist; did you mean 'nightly'\?/);
  });

  it('an overlay setting is checked where the overlay writes it', () => {
    const text = `${BASE}environments:\n  staging:\n    defaults:\n      memory: 9999\n`;
    const e = only(text, 'staging');
    expect(e).toMatchObject({ line: 25, path: 'environments.staging.defaults.memory' });
  });

  it('a secret given as a literal value', () => {
    expect(only(BASE.replace('  logs:', '  secrets:\n    DB_PASSWORD: "hunter2 !"\n  logs:')).message).toMatch(
      /must reference an SSM parameter/,
    );
  });

  it('two jobs giving one log group different retention', () => {
    const e = only(
      BASE.replace(
        '    command: [php, artisan, nightly]\n',
        '    command: [php, artisan, nightly]\n    logs: { group: /ecs-batch/myapp, retentionDays: 7 }\n',
      ).replace('group: /ecs-batch/myapp\n', 'group: /ecs-batch/myapp\n    retentionDays: 30\n'),
    );
    expect(e.message).toMatch(/log group \/ecs-batch\/myapp gets retentionDays 30 here but 7 for job 'nightly'/);
  });

  it('a reserved tag', () => {
    expect(only(BASE.replace('  logs:', '  tags:\n    "ecs-batch:project": other\n  logs:')).message).toMatch(
      /reserved/,
    );
  });

  it('a base task definition file that does not exist', () => {
    expect(only(BASE.replace('  logs:', '  taskDefinition: nope.json\n  logs:')).message).toMatch(
      /base task definition not found: nope\.json/,
    );
  });

  it('a missing manifest file', () => {
    const result = loadManifest('does-not-exist.yml');
    expect(result.valid).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ file: 'does-not-exist.yml', line: 1, column: 1 });
    expect(result.diagnostics[0]!.message).toMatch(/manifest not found/);
  });
});

describe('warnings do not make a manifest invalid', () => {
  it('a secret-looking plain environment variable', () => {
    const result = load(BASE.replace('  logs:', '  environment:\n    API_TOKEN: abc123\n  logs:'));
    expect(result.valid).toBe(true);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 15,
        message: expect.stringMatching(/API_TOKEN looks secret.*secrets:/),
      }),
    ]);
  });

  it('many jobs starting in the same minute', () => {
    const jobs = Array.from({ length: 12 }, (_, i) => `  job${i}:\n    schedule: cron(0 3 * * ? *)\n`).join('');
    const result = load(BASE.replace(/jobs:\n[\s\S]*$/, `jobs:\n${jobs}`));
    expect(result.valid).toBe(true);
    const warning = result.diagnostics.find((d) => d.severity === 'warning')!;
    expect(warning.message).toMatch(/12 jobs start in the same minute/);
  });

  it('a schedule whose years are past', () => {
    const result = load(BASE.replace('cron(0 0 * * ? *)', 'cron(0 0 1 1 ? 2020)'));
    expect(result.valid).toBe(true);
    expect(result.diagnostics[0]!.message).toMatch(/no run after/);
  });
});

describe('the base task definition file', () => {
  it('is read relative to the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-'));
    writeFileSync(join(dir, 'base.json'), JSON.stringify({ volumes: [{ name: 'scratch' }] }));
    const file = join(dir, 'ecs-batch.yml');
    writeFileSync(file, BASE.replace('  logs:', '  taskDefinition: base.json\n  logs:'));
    const result = loadManifest(file, { now: NOW });
    expect(result.valid).toBe(true);
    expect(result.manifest!.jobs[0]!.baseTaskDefinition).toEqual({ volumes: [{ name: 'scratch' }] });
  });
});

describe('the JSON Schema and the TypeScript types agree', () => {
  // `satisfies` fails to compile when a key is missing from, or extra to, the TypeScript type.
  const SETTINGS = {
    timezone: 1,
    enabled: 1,
    launchType: 1,
    capacityProviderStrategy: 1,
    platformVersion: 1,
    networkMode: 1,
    placementConstraints: 1,
    placementStrategy: 1,
    cpu: 1,
    memory: 1,
    architecture: 1,
    ephemeralStorageGiB: 1,
    executionRoleArn: 1,
    taskRoleArn: 1,
    schedulerRoleArn: 1,
    network: 1,
    logs: 1,
    environment: 1,
    secrets: 1,
    tags: 1,
    containerName: 1,
    taskDefinition: 1,
    deadLetterQueueArn: 1,
    retryPolicy: 1,
    flexibleTimeWindowMinutes: 1,
    alerts: 1,
    retries: 1,
    retryDelay: 1,
    timeout: 1,
    concurrency: 1,
    stateMachineRoleArn: 1,
    startTimeout: 1,
    retryOn: 1,
    noRetryExitCodes: 1,
    spotFallback: 1,
    deadline: 1,
  } satisfies Record<keyof JobSettings, 1>;
  const JOB_ONLY = { description: 1, schedule: 1, command: 1, after: 1, replaces: 1 } satisfies Record<
    Exclude<keyof JobSpec, keyof JobSettings>,
    1
  >;
  const TOP = {
    $schema: 1,
    version: 1,
    project: 1,
    cluster: 1,
    backend: 1,
    image: 1,
    defaults: 1,
    alerts: 1,
    history: 1,
    takeOver: 1,
    taskDefinitions: 1,
    jobs: 1,
    environments: 1,
  } satisfies Record<keyof ManifestDocument, 1>;
  const OVERLAY = { cluster: 1, backend: 1, image: 1, defaults: 1, alerts: 1, history: 1, jobs: 1 } satisfies Record<
    keyof EnvironmentOverlay,
    1
  >;
  const defs = (schema as unknown as { properties: object; definitions: Record<string, { properties: object }> })
    .definitions;

  it('settings, job keys, top-level keys and overlays match', () => {
    expect(Object.keys(defs.settings!.properties).sort()).toEqual(Object.keys(SETTINGS).sort());
    expect(Object.keys(defs.jobFields!.properties).sort()).toEqual(
      [...Object.keys(SETTINGS), ...Object.keys(JOB_ONLY)].sort(),
    );
    expect(Object.keys((schema as unknown as { properties: object }).properties).sort()).toEqual(
      Object.keys(TOP).sort(),
    );
    expect(Object.keys(defs.environment!.properties).sort()).toEqual(Object.keys(OVERLAY).sort());
  });
});

describe('the JSON Schema', () => {
  it('lets every default be overridden per job', () => {
    const defs = (schema as unknown as { definitions: Record<string, { properties: Record<string, unknown> }> })
      .definitions;
    const settings = Object.keys(defs.settings!.properties);
    const job = Object.keys(defs.jobFields!.properties);
    expect(job).toEqual(expect.arrayContaining(settings));
    expect(job.filter((k) => !settings.includes(k)).sort()).toEqual([
      'after',
      'command',
      'description',
      'replaces',
      'schedule',
    ]);
  });
});

describe('accepted before, refused now', () => {
  it('legacy zones (EST, CET): a fixed offset would run a New York job an hour late all summer', () => {
    for (const [zone, city] of [
      ['EST', 'America/New_York'],
      ['CET', 'Europe/Paris'],
      ['EST5EDT', 'America/New_York'],
    ] as const) {
      const e = only(BASE.replace('  timezone: Asia/Tokyo', `  timezone: ${zone}`));
      expect([zone, e.message]).toEqual([
        zone,
        expect.stringMatching(new RegExp(`is a legacy zone.*use '${city.replace('/', '\\/')}'`)),
      ]);
    }
  });

  it('a secret ARN that is neither an SSM parameter nor a Secrets Manager secret', () => {
    const secret = (arn: string) =>
      BASE.replace(
        '    command: [php, artisan, nightly]\n',
        `    command: [php, artisan, nightly]\n    secrets: { DB: "${arn}" }\n`,
      );
    expect(only(secret('arn:aws:ssm:ap-northeast-1:123456789012:paramter/db')).message).toMatch(
      /is neither an SSM parameter ARN .* nor a Secrets Manager secret ARN/,
    );
    for (const ok of [
      'arn:aws:ssm:ap-northeast-1:123456789012:parameter/app/db',
      'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf:password::',
    ])
      expect(errors(secret(ok))).toEqual([]);
  });

  it('concurrency on a job that runs after others (its chain decides it where it starts)', () => {
    const text = BASE.replace(
      '  schedulerRoleArn:',
      '  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn\n  schedulerRoleArn:',
    ).replace('  sweep:\n    schedule: rate(10 minutes)\n', '  sweep:\n    after: nightly\n    concurrency: forbid\n');
    expect(only(text).message).toMatch(
      /runs after others, so its chain's concurrency is decided where the chain starts/,
    );
  });
});

describe('hints for what a platform team typed', () => {
  it('an unquoted crontab line, whatever the parser trips on', () => {
    for (const line of ['*/10 * * * *', '*/15 8-18 * * 1-5', '* * * * *'])
      expect(only(BASE.replace('schedule: rate(10 minutes)', `schedule: ${line}`)).message).toBe(
        `a value that starts with * is read as a YAML alias: quote it, e.g. schedule: "${line}"`,
      );
  });

  it("a Secrets Manager ARN with a JSON key ends in '::': quote it", () => {
    const arn = 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf:password::';
    const text = BASE.replace(
      '    schedule: rate(10 minutes)\n',
      `    schedule: rate(10 minutes)\n    secrets:\n      DB: ${arn}\n`,
    );
    expect(only(text).message).toMatch(
      new RegExp(`read as a mapping: quote it, e\\.g\\. DB: "${arn.replace(/[.]/g, '\\.')}"`),
    );
  });

  it("cron with both day fields set suggests the '?' AWS needs", () => {
    expect(only(BASE.replace('schedule: rate(10 minutes)', 'schedule: cron(0 9 * * MON-FRI *)')).message).toMatch(
      /did you mean cron\(0 9 \? \* MON-FRI \*\)\?/,
    );
  });
});

describe('a job that runs after others', () => {
  it("runs on its chain's clock: its next runs are the head's, in the head's time zone", () => {
    const text = BASE.replace(
      '  schedulerRoleArn:',
      '  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn\n  schedulerRoleArn:',
    )
      .replace('    schedule: cron(0 0 * * ? *)\n', '    schedule: cron(0 9 * * ? *)\n    timezone: America/New_York\n')
      .replace('  sweep:\n    schedule: rate(10 minutes)\n', '  sweep:\n    after: nightly\n');
    const result = load(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const job = (name: string) => result.manifest!.jobs.find((j) => j.name === name)!;
    // defaults say Asia/Tokyo; the head runs in New York, so the follower does too.
    expect(job('sweep').timezone).toBe('America/New_York');
    expect(job('sweep').schedule.expression).toBe(job('nightly').schedule.expression);
  });
});

describe('what an environment inherits', () => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'staging-inherits.yml'), 'utf8');

  it("warns, with the line, when staging still reads production's secrets or mixes accounts", () => {
    const warnings = load(text, 'staging').diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((w) => `${w.line} ${w.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^15 secret MAIL of job 'nightly' in environment staging reads production's path/),
        expect.stringMatching(
          /uses ARNs of more than one account: 222222222222 \(executionRoleArn, secrets\.DB\) and 123456789012/,
        ),
      ]),
    );
    // The base manifest (production) reads its own paths, in one account: no such warning.
    expect(load(text).diagnostics.filter((d) => /more than one account|'s path/.test(d.message))).toEqual([]);
  });
});
