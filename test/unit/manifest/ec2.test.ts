/** EC2 clusters, every environment checked, and messages that say how to fix the problem. */
import { describe, expect, it } from '@jest/globals';
import { scheduledRunTask } from '../../../src/targets/ecs.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAllEnvironments, loadManifest, loadManifestText } from '../../../src/load/load.ts';
import { desiredState } from '../../../src/plan/desired.ts';
import { joined } from '../../helpers/pattern.ts';

const NOW = Date.parse('2026-11-28T12:00:00Z');

/** An EC2 cluster: bridge networking, placement across zones, one job on a capacity provider. */
const EC2 = `version: 1
project: php
cluster: batch-ec2
image: { repository: php-batch }
defaults:
  timezone: Asia/Tokyo
  launchType: EC2
  networkMode: bridge
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  logs: { group: /ecs-batch/php }
  placementStrategy:
    - { type: spread, field: "attribute:ecs.availability-zone" }
    - { type: binpack, field: memory }
  placementConstraints:
    - { type: memberOf, expression: "attribute:ecs.instance-type =~ t3.*" }
jobs:
  nightly:
    schedule: cron(0 0 * * ? *)
    command: [php, artisan, nightly]
  spot:
    schedule: rate(10 minutes)
    capacityProviderStrategy: [{ capacityProvider: ec2-spot, weight: 1 }]
environments:
  staging:
    cluster: batch-staging
    defaults:
      logs: { group: /ecs-batch/php-staging }
`;

function load(text: string, environment?: string) {
  return loadManifestText(text, 'ecs-batch.yml', { now: NOW, ...(environment ? { environment } : {}) });
}
const errors = (text: string, environment?: string) =>
  load(text, environment)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.line}:${d.column} ${d.message}`);
const warnings = (text: string) =>
  load(text)
    .diagnostics.filter((d) => d.severity === 'warning')
    .map((d) => `${d.line}:${d.column} ${d.message}`);

function file(text: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-ec2-'));
  for (const [name, body] of Object.entries(extra)) writeFileSync(join(dir, name), body);
  writeFileSync(join(dir, 'ecs-batch.yml'), text);
  return join(dir, 'ecs-batch.yml');
}

describe('an EC2 manifest', () => {
  it('is valid, and its schedules carry the placement and the job strategy without a launch type', () => {
    const result = load(EC2);
    expect(result.diagnostics).toEqual([]);
    const desired = desiredState(result.manifest!, {
      region: 'ap-northeast-1',
      clusterArn: 'arn:aws:ecs:ap-northeast-1:123456789012:cluster/batch-ec2',
      image: 'img@sha256:x',
    });
    const [nightly, spot] = desired.jobs;
    expect(nightly!.taskDefinition).toMatchObject({ networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
    // What each schedule's RunTask request says (the universal target's Input).
    const requestOf = (j: typeof nightly) => scheduledRunTask(j!.schedule!.Target)!.request;
    expect(requestOf(nightly)).toMatchObject({
      launchType: 'EC2',
      placementStrategy: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
      ],
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }],
    });
    expect(requestOf(nightly).networkConfiguration).toBeUndefined();
    expect(requestOf(spot)).toMatchObject({ capacityProviderStrategy: [{ capacityProvider: 'ec2-spot', weight: 1 }] });
    expect(requestOf(spot).launchType).toBeUndefined();
  });

  it('the more specific of launchType and capacityProviderStrategy wins, at every level', () => {
    const strategyDefault = EC2.replace(
      '  launchType: EC2\n',
      '  capacityProviderStrategy: [{ capacityProvider: ec2-od }]\n',
    ).replace('    command: [php, artisan, nightly]\n', '    command: [php, artisan, nightly]\n    launchType: EC2\n');
    const r = load(strategyDefault);
    expect(r.diagnostics).toEqual([]);
    const nightly = r.manifest!.jobs.find((j) => j.name === 'nightly')!;
    expect([nightly.launchType, nightly.capacityProviderStrategy]).toEqual(['EC2', undefined]);
    // An overlay's strategy replaces the base job's launch type; null unsets.
    const overlay = EC2.replace(
      '      logs: { group: /ecs-batch/php-staging }\n',
      '      logs: { group: /ecs-batch/php-staging }\n    jobs:\n      nightly: { capacityProviderStrategy: ' +
        '[{ capacityProvider: staging-cp }] }\n',
    );
    const staged = load(overlay, 'staging').manifest!.jobs.find((j) => j.name === 'nightly')!;
    expect([staged.launchType, staged.capacityProviderStrategy]).toEqual([
      undefined,
      [{ capacityProvider: 'staging-cp' }],
    ]);
    const nulled = load(
      EC2.replace(
        '    capacityProviderStrategy: [{ capacityProvider: ec2-spot, weight: 1 }]\n',
        '    launchType: null\n    capacityProviderStrategy: [{ capacityProvider: ec2-spot }]\n',
      ),
    );
    expect(nulled.diagnostics).toEqual([]);
    // Both at the same level is still an error: ECS refuses RunTask with both.
    expect(
      errors(
        EC2.replace(
          '    capacityProviderStrategy: [{ capacityProvider: ec2-spot, weight: 1 }]\n',
          '    capacityProviderStrategy: [{ capacityProvider: ec2-spot }]\n    launchType: EC2\n',
        ),
      ),
    ).toEqual([expect.stringMatching(/^24:5 set either launchType or capacityProviderStrategy, not both/)]);
  });

  it('awsvpc needs network, from the manifest or from a base task definition, before anything is deployed', () => {
    expect(errors(EC2.replace('  networkMode: bridge\n', '  networkMode: awsvpc\n'))).toEqual([
      expect.stringMatching(/^8:3 networkMode awsvpc needs network: set defaults\.network\.subnets/),
    ]);
    const base = file(
      EC2.replace('  networkMode: bridge\n', '').replace(
        '    command: [php, artisan, nightly]\n',
        '    command: [php, artisan, nightly]\n    taskDefinition: base.json\n',
      ),
      {
        'base.json': JSON.stringify({
          networkMode: 'awsvpc',
          placementStrategy: [{ type: 'spread' }],
          revision: 3,
          volumes: [],
        }),
      },
    );
    const r = loadManifest(base, { now: NOW });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
      expect.stringMatching(/^networkMode awsvpc \(from the base task definition\) needs network/),
    ]);
    expect(r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([
      expect.stringMatching(
        joined(
          /^base task definition base\.json: placementStrategy, revision are not task definition fields and are ignored /,
          /\(placement, network and launch settings belong in the manifest/,
        ),
      ),
    ]);
  });

  it('Fargate needs awsvpc and takes no placement; platformVersion is Fargate only; network needs awsvpc', () => {
    const fargate = EC2.replace(
      '  launchType: EC2\n',
      '  launchType: FARGATE\n  cpu: 256\n  network: { subnets: [subnet-1] }\n',
    ).replace(/ {4}capacityProviderStrategy.*\n/, '');
    expect(errors(fargate)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Fargate tasks need networkMode awsvpc, not bridge/),
        expect.stringMatching(/Fargate places tasks itself/),
      ]),
    );
    expect(errors(EC2.replace('  memory: 512\n', '  memory: 512\n  platformVersion: LATEST\n'))).toEqual([
      expect.stringMatching(/^10:3 platformVersion applies to Fargate only/),
      expect.stringMatching(/platformVersion applies to Fargate only/),
    ]);
    expect(errors(EC2.replace('  memory: 512\n', '  memory: 512\n  network: { subnets: [subnet-1] }\n'))).toEqual([
      expect.stringMatching(
        /^10:3 network \(subnets, security groups\) applies to awsvpc only, and networkMode is bridge/,
      ),
    ]);
  });

  it('placement entries are checked for what ECS needs', () => {
    expect(errors(EC2.replace('    - { type: binpack, field: memory }\n', '    - { type: binpack }\n'))).toEqual([
      expect.stringMatching(/^15:7 binpack needs field: cpu or field: memory/),
    ]);
    expect(
      errors(
        EC2.replace('{ type: memberOf, expression: "attribute:ecs.instance-type =~ t3.*" }', '{ type: memberOf }'),
      ),
    ).toEqual([expect.stringMatching(/^17:7 a memberOf constraint needs an expression/)]);
    expect(errors(EC2.replace('type: spread, field', 'type: sprad, field'))).toEqual([
      expect.stringMatching(
        /^14:15 defaults\.placementStrategy\.0\.type must be one of: random, spread, binpack; did you mean 'spread'\?/,
      ),
    ]);
  });
});

describe('messages that fix the problem', () => {
  it('an unquoted crontab line says to quote it, at the value', () => {
    expect(errors(EC2.replace('    schedule: rate(10 minutes)\n', '    schedule: */10 * * * *\n'))).toEqual([
      '23:15 a value that starts with * is read as a YAML alias: quote it, e.g. schedule: "*/10 * * * *"',
    ]);
  });

  it('a time zone abbreviation suggests the tz database name', () => {
    expect(errors(EC2.replace('  timezone: Asia/Tokyo\n', '  timezone: JST\n'))).toEqual([
      "6:13 timezone 'JST' is an abbreviation, not a time zone database name (AWS refuses it): use " +
        "'Asia/Tokyo' (or another IANA name such as UTC)",
    ]);
  });

  it('secrets without an execution role are flagged', () => {
    const text = EC2.replace('  executionRoleArn: arn:aws:iam::123456789012:role/exec\n', '').replace(
      '  logs: { group: /ecs-batch/php }\n',
      '  logs: { group: /ecs-batch/php }\n  secrets: { DB_PASSWORD: db-password }\n',
    );
    expect(errors(text)).toEqual([
      expect.stringMatching(/^12:3 secrets need an executionRoleArn: ECS reads them with the task execution role/),
    ]);
  });

  it('a missing manifest suggests ecs-batch init', () => {
    expect(loadManifest('/nonexistent/ecs-batch.yml').diagnostics[0]!.message).toMatch(/ecs-batch init/);
  });
});

describe('every environment is validated', () => {
  it('an overlay typo or bad cron fails validation without --environment, on the overlay line', () => {
    const bad = EC2.replace(
      '      logs: { group: /ecs-batch/php-staging }\n',
      '      logs: { group: /ecs-batch/php-staging }\n    jobs:\n      nightlyy: { schedule: "cron(0 ' +
        '0 * * ? *)" }\n      spot: { schedule: "cron(0 25 * * ? *)" }\n',
    );
    expect(load(bad).valid).toBe(true); // the base alone is fine
    const all = loadAllEnvironments(file(bad), { now: NOW });
    expect(all.valid).toBe(false);
    expect(all.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line} ${d.message}`)).toEqual([
      expect.stringMatching(
        /^31 environments\.staging\.jobs\.nightlyy overrides a job that does not exist; did you mean 'nightly'\?/,
      ),
      expect.stringMatching(/^32 schedule 'cron\(0 25 \* \* \? \*\)': .*hour/),
    ]);
    expect(all.environments).toEqual(['staging']);
  });

  it('two environments writing the same log streams are warned about', () => {
    const shared = EC2.replace(
      '    defaults:\n      logs: { group: /ecs-batch/php-staging }\n',
      '    defaults:\n      memory: 1024\n',
    );
    const all = loadAllEnvironments(file(shared), { now: NOW });
    expect(all.valid).toBe(true);
    expect(all.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /environment 'staging' and the base manifest write the logs of nightly, spot to the same log group \/ecs-batch\/php/,
      ),
    ]);
    expect(warnings(shared)).toEqual([]);
  });
});
