/**
 * A local, stateful AWS emulator for tests, the demo and benchmarks. The real AWS SDK v3 clients
 * talk to it over loopback HTTP (point them at it with AWS_ENDPOINT_URL): real serialization,
 * pagination, typed errors and retries. Nothing in src/ knows it exists.
 */
import { WaitGate } from './waits.ts';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { list, str, type Operations, type ServiceContext, type ServicePrincipal } from './context.ts';
import { authorizationOf, type AuthzRequest } from './authz.ts';
import { checkRequest } from './models.ts';
import { runTaskRequestOf } from './services/targets.ts';
import { AwsError } from './errors.ts';
import { FaultInjector, defaultFaults, type FaultConfig } from './faults.ts';
import { ecr, createRepository, putImage, registryHost } from './services/ecr.ts';
import { ecs } from './services/ecs.ts';
import { events } from './services/events.ts';
import { cloudwatch } from './services/cloudwatch.ts';
import { sfn } from './services/sfn.ts';
import { parseQuery, sns, snsErrorXml, snsXml } from './services/sns.ts';
import {
  ec2,
  ec2ErrorXml,
  ec2Input,
  ec2Xml,
  iam,
  iamErrorXml,
  iamXml,
  secretsmanager,
  ssm,
} from './services/account.ts';
import { publish, taskStateChangeEvent, transformInput } from './bus.ts';
import { logs } from './services/logs.ts';
import { routeScheduler, scheduler } from './services/scheduler.ts';
import { FakeState, type Json, type TaskRecord } from './state.ts';
// The evaluator is tested on its own against the examples AWS's user guide works through.
import { expiredImages } from '../../src/aws/ecr-lifecycle.ts';
import { TaskSimulation, type TaskTiming } from './tasks.ts';

export { AwsError } from './errors.ts';
export type { FakeState } from './state.ts';

export interface FakeAwsOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  region?: string;
  accountId?: string;
  /** Most items in one page of any listing (default 5, so pagination is exercised). */
  pageCap?: number;
  /** 'manual': time moves only with clock.advance(); 'real' (default): wall-clock time. */
  clock?: 'real' | 'manual';
  taskTiming?: Partial<TaskTiming>;
  faults?: Partial<FaultConfig>;
  /** Seed for random faults. */
  seed?: number;
}

export interface CallRecord {
  service: string;
  operation: string;
  status: number;
  errorCode?: string;
  at: number;
  /** What AWS would authorize for this call (undefined: the emulator does not model the operation's). */
  authz?: AuthzRequest[];
  /** Set when AWS made the call with a role the user gave it; otherwise the caller's own credentials. */
  principal?: ServicePrincipal;
}

export class CallLog {
  readonly entries: CallRecord[] = [];

  count(operation?: string): number {
    return operation ? this.entries.filter((e) => e.operation === operation).length : this.entries.length;
  }

  /** Calls that change state (everything but Describe/List/Get/BatchGet), successful ones only. */
  writes(): CallRecord[] {
    return this.entries.filter((e) => isWrite(e.operation) && e.status < 300);
  }

  byOperation(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) out[e.operation] = (out[e.operation] ?? 0) + 1;
    return out;
  }

  reset(): void {
    this.entries.length = 0;
  }
}

export function isWrite(operation: string): boolean {
  return !/^(Describe|List|Get|BatchGet|Filter)/.test(operation);
}

export interface Clock {
  now(): number;
  /** Moves a manual clock forward (no effect on a real one). */
  advance(ms: number): void;
}

export interface FakeAws {
  url: string;
  state: FakeState;
  calls: CallLog;
  faults: FaultConfig;
  tasks: TaskSimulation;
  /** Wait states of executions: `waits.hold = true` holds them until `waits.release()`. */
  waits: WaitGate;
  clock: Clock;
  /** Called after every answered request. */
  onCall?: (call: CallRecord) => void;
  /** The environment a child process needs to reach the emulator through the SDK. */
  env(): Record<string, string>;
  /** Pushes an image (creating the repository if needed); returns `repo@digest` and the digest. */
  seedImage(repository: string, tag: string, manifest?: string): { uri: string; digest: string; tagUri: string };
  /** A cluster, by default with FARGATE and FARGATE_SPOT attached and no container instances. */
  createCluster(name: string, options?: { capacityProviders?: string[]; containerInstances?: number }): string;
  /** The account's network, roles, parameters and secrets, as pre-flight reads them. */
  createSubnet(id: string, vpcId: string, options?: { mapPublicIpOnLaunch?: boolean }): void;
  createSecurityGroup(id: string, vpcId: string): void;
  /** A role trusting these services (or a trust policy given whole). */
  createRole(name: string, trust: string[] | Json): string;
  putParameter(name: string): string;
  /** Runs a repository's lifecycle policy now, as ECR does within a day: returns the digests it expired. */
  runLifecycle(repository: string): string[];
  /** A secret (its ARN ends with `-` and a suffix of 6, random unless given). */
  createSecret(name: string, suffix?: string): string;
  /** An SNS topic (with an access policy; by default one that lets EventBridge and CloudWatch publish). */
  createTopic(name: string, policy?: string | null): string;
  /** Moves every task along its timeline to now (publishing their state changes), without an API call. */
  settle(): void;
  /** Lets held tasks (outcome `held: true`) that match finish now; returns how many were held. */
  release(matches?: (task: TaskRecord) => boolean): number;
  /** TCP connections clients have opened to the emulator so far (kept-alive ones are reused). */
  connections(): number;
  /** Puts an event on the default bus at a time (past history, say): every matching rule delivers it. */
  publishEvent(event: Json, at: number): void;
  /**
   * Fires a schedule (`group/name`) or a rule's targets now, as AWS would when it comes due: each ECS
   * target starts its task through RunTask (templated parameters, a rule's Input as overrides, or a
   * universal target's request). Returns the tasks started. `due` is the scheduled time (default now, to the second):
   * schedules due together (a job and its watch) share one, as AWS gives them.
   */
  fire(what: ({ schedule: string } | { rule: string }) & { due?: number }): Promise<Json[]>;
  stop(): Promise<void>;
}

const TARGETS: Record<string, string> = {
  AmazonEC2ContainerServiceV20141113: 'ecs',
  AmazonEC2ContainerRegistry_V20150921: 'ecr',
  AWSEvents: 'events',
  Logs_20140328: 'logs',
  AWSSecurityTokenServiceV20110615: 'sts',
  GraniteServiceVersion20100801: 'monitoring',
  AWSStepFunctions: 'states',
};

const JSON_SERVICES: Record<string, Operations> = {
  ecs,
  ecr,
  events,
  logs,
  monitoring: cloudwatch,
  states: sfn,
  ssm,
  secretsmanager,
};

/** Services on a query protocol with XML answers (SNS has its own above). */
const XML_SERVICES: Record<
  string,
  {
    operations: Operations;
    xml: (op: string, out: Json, id: string, account: string) => string;
    error: typeof iamErrorXml;
  }
> = {
  iam: { operations: iam, xml: iamXml, error: iamErrorXml },
  ec2: { operations: ec2, xml: ec2Xml, error: ec2ErrorXml },
};

/** The service a request is for: the SigV4 credential scope names it. */
function serviceOf(req: IncomingMessage): string | undefined {
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(
    String(req.headers.authorization ?? ''),
  )?.[1];
  if (scope) return scope;
  const target = String(req.headers['x-amz-target'] ?? '').split('.')[0]!;
  return TARGETS[target];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function regionOf(req: IncomingMessage): string | undefined {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1];
}

export async function startFakeAws(options: FakeAwsOptions = {}): Promise<FakeAws> {
  let manualTime = Date.parse('2026-01-01T00:00:00Z');
  const clock: Clock =
    options.clock === 'manual'
      ? { now: () => manualTime, advance: (ms) => void (manualTime += ms) }
      : { now: () => Date.now(), advance: () => undefined };
  const state = new FakeState(options.accountId ?? '123456789012', options.region ?? 'us-east-1', clock.now());
  const tasks = new TaskSimulation();
  const waits = new WaitGate();
  Object.assign(tasks.timing, options.taskTiming);
  const faults: FaultConfig = { ...defaultFaults(), ...options.faults };
  const injector = new FaultInjector(faults, options.seed ?? 42);
  const calls = new CallLog();
  const ctx: ServiceContext = {
    state,
    now: () => clock.now(),
    pageCap: options.pageCap ?? 5,
    tasks,
    waits,
    serviceCall(principal, service, operation, input) {
      const entry: CallRecord = {
        service,
        operation,
        status: 200,
        at: Date.now(),
        principal,
        authz: authorizationOf(service, operation, input, state),
      };
      calls.entries.push(entry);
    },
  };
  tasks.onChange = (task, at) => publish(state, taskStateChangeEvent(state, task, at), at);

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const service = serviceOf(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    let operation = 'Unknown';
    let input: Json = {};
    let rest = false;
    let authz: AuthzRequest[] | undefined;
    try {
      if (service === 'scheduler') {
        rest = true;
        const route = routeScheduler(
          req.method ?? 'GET',
          url.pathname,
          url.searchParams,
          text ? (JSON.parse(text) as Json) : {},
        );
        if (!route) throw new AwsError('UnknownOperationException', `No route for ${req.method} ${url.pathname}`, 404);
        ({ operation, input } = route);
      } else if (service === 'sts') {
        operation = 'GetCallerIdentity';
      } else if (service === 'sns' || XML_SERVICES[service ?? '']) {
        input = parseQuery(text);
        operation = String(input.Action ?? 'Unknown');
        if (service === 'ec2') input = ec2Input(input);
        else if (service === 'iam') delete input.Version;
      } else {
        operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? 'Unknown';
        input = text ? (JSON.parse(text) as Json) : {};
      }
      const region = regionOf(req);
      if (region) state.region = region;

      const delay = injector.delayMs();
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      const fault = injector.check(
        operation,
        'ThrottlingException',
        rest ? 429 : 400,
        rest ? 'InternalServerException' : 'InternalFailure',
      );
      if (fault) throw fault;

      tasks.advance(state, clock.now());
      authz = authorizationOf(service ?? 'unknown', operation, input, state);
      // AWS refuses a request its API model does not allow before it does anything.
      checkRequest(service ?? 'unknown', operation, input);
      let output: Json;
      if (service === 'sts') {
        output = {
          Account: state.accountId,
          Arn: `arn:aws:sts::${state.accountId}:assumed-role/deploy/ecs-batch`,
          UserId: 'AROAFAKE:ecs-batch',
        };
        if (!req.headers['x-amz-target']) {
          respondStsXml(res, output);
          record(200);
          return;
        }
      } else if (service === 'sns') {
        const handler = sns[operation];
        if (!handler) throw new AwsError('InvalidAction', `The emulator does not implement sns:${operation}`, 400);
        const xml = snsXml(operation, await handler(input, ctx), randomUUID());
        res.writeHead(200, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml) });
        res.end(xml);
        record(200);
        return;
      } else if (XML_SERVICES[service ?? '']) {
        const xmlService = XML_SERVICES[service!]!;
        const handler = xmlService.operations[operation];
        if (!handler)
          throw new AwsError('InvalidAction', `The emulator does not implement ${service}:${operation}`, 400);
        const xml = xmlService.xml(operation, await handler(input, ctx), randomUUID(), state.accountId);
        res.writeHead(200, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml) });
        res.end(xml);
        record(200);
        return;
      } else {
        const operations = rest ? scheduler : JSON_SERVICES[service ?? ''];
        const handler = operations?.[operation];
        if (!handler)
          throw new AwsError(
            'UnknownOperationException',
            `The emulator does not implement ${service}:${operation}`,
            400,
          );
        output = await handler(input, ctx);
      }
      respond(res, 200, rest, output);
      record(200);
    } catch (error) {
      const e =
        error instanceof AwsError
          ? error
          : new AwsError(
              rest ? 'InternalServerException' : 'InternalFailure',
              `emulator bug: ${(error as Error).stack ?? String(error)}`,
              500,
            );
      const xmlErrors = service === 'sns' ? snsErrorXml : XML_SERVICES[service ?? '']?.error;
      if (xmlErrors) {
        const xml = xmlErrors(e.code, e.message, randomUUID());
        res.writeHead(e.status, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml) });
        res.end(xml);
      } else {
        respondError(res, e, rest);
      }
      record(e.status, e.code);
    }

    function record(status: number, errorCode?: string): void {
      const entry: CallRecord = {
        service: service ?? 'unknown',
        operation,
        status,
        ...(errorCode ? { errorCode } : {}),
        at: Date.now(),
        ...(authz ? { authz } : {}),
      };
      calls.entries.push(entry);
      handle.onCall?.(entry);
    }
  }

  const server = createServer((req, res) => {
    void serve(req, res);
  });
  // Idle connections stay open as AWS's endpoints keep them (tens of seconds). Node's agent drops a socket whose server
  // hints `timeout=1` at once (it keeps one second less than the hint), so a short timeout would reuse no socket.
  server.keepAliveTimeout = 30_000;
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const handle: FakeAws = {
    url,
    state,
    calls,
    faults,
    tasks,
    waits,
    clock,
    env: () => ({
      AWS_ENDPOINT_URL: url,
      AWS_REGION: state.region,
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE',
      AWS_SECRET_ACCESS_KEY: 'fake-secret',
      AWS_EC2_METADATA_DISABLED: 'true',
    }),
    seedImage(repository, tag, manifest) {
      if (!state.repositories.has(repository)) createRepository(state, repository, clock.now());
      const body =
        manifest ??
        JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', repository, tag });
      // Seeding is idempotent: the same manifest under the same tag is the image already there.
      const existing = state.repositories
        .get(repository)!
        .images.find((i) => i.manifest === body && i.tags.includes(tag));
      const image = existing ?? putImage(state, repository, body, tag, clock.now());
      const host = registryHost(state);
      return {
        uri: `${host}/${repository}@${image.digest}`,
        digest: image.digest,
        tagUri: `${host}/${repository}:${tag}`,
      };
    },
    createTopic(name, policy) {
      const arn = state.arn('sns', name);
      const allow = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AllowEventBridgeAndAlarms',
            Effect: 'Allow',
            Principal: { Service: ['events.amazonaws.com', 'cloudwatch.amazonaws.com'] },
            Action: 'sns:Publish',
            Resource: arn,
          },
        ],
      });
      state.topics.set(arn, {
        arn,
        name,
        tags: [],
        messages: [],
        ...(policy === null ? {} : { policy: policy ?? allow }),
      });
      return arn;
    },
    settle() {
      tasks.advance(state, clock.now());
    },
    connections: () => connections,
    publishEvent(event, at) {
      publish(state, event, at);
    },
    release(matches) {
      const released = tasks.release(state, clock.now(), matches);
      tasks.advance(state, clock.now());
      return released;
    },
    async fire(what) {
      if ('schedule' in what && !state.schedules.has(what.schedule)) throw new Error(`no schedule ${what.schedule}`);
      const due = new Date(what.due ?? clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
      // What each target receives, as AWS makes it: a schedule's Input with its context attributes replaced; a rule's
      // Input, or its InputTransformer applied to the scheduled event.
      const targets: { target: Json; input: string | undefined }[] =
        'schedule' in what
          ? [state.schedules.get(what.schedule)!].map((s) => {
              const target = (s.body.Target ?? {}) as Json;
              return { target, input: withContextAttributes(str(target.Input), s.arn, due) };
            })
          : (state.rules.get(`default/${what.rule}`)?.targets ?? []).map((target) => ({
              target,
              input: target.InputTransformer
                ? transformInput(target.InputTransformer as Json, scheduledEvent(state, what.rule, due))
                : str(target.Input),
            }));
      const tasks: Json[] = [];
      // A schedule (or rule) of a chain starts its state machine.
      for (const { target, input } of targets) {
        const arn = str(target.Arn);
        if (!arn?.includes(':states:') || !arn.includes(':stateMachine:')) continue;
        const request = { stateMachineArn: arn, input: input ?? '{}' };
        ctx.serviceCall?.('scheduler', 'states', 'StartExecution', request);
        await sfn.StartExecution!(request, ctx);
      }
      for (const { target, input } of targets) {
        const request = runTaskRequestOf(
          { ...target, ...(input !== undefined ? { Input: input } : {}) },
          'schedule' in what ? 'schedule' : 'rule',
        );
        if (!request) continue;
        ctx.serviceCall?.('scheduler', 'ecs', 'RunTask', request);
        tasks.push(...list((await ecs.RunTask!(request, ctx)).tasks));
      }
      return tasks;
    },
    createCluster(name, options = {}) {
      const arn = state.arn('ecs', `cluster/${name}`);
      state.clusters.set(name, {
        name,
        arn,
        status: 'ACTIVE',
        tags: [],
        capacityProviders: options.capacityProviders ?? ['FARGATE', 'FARGATE_SPOT'],
        containerInstances: options.containerInstances ?? 0,
      });
      return arn;
    },
    createSubnet(id, vpcId, options = {}) {
      const zone = `${state.region}a`;
      state.subnets.set(id, { id, vpcId, zone, mapPublicIpOnLaunch: options.mapPublicIpOnLaunch ?? false });
    },
    createSecurityGroup(id, vpcId) {
      state.securityGroups.set(id, { id, vpcId, name: id });
    },
    createRole(name, trust) {
      const arn = `arn:aws:iam::${state.accountId}:role/${name}`;
      const document = Array.isArray(trust)
        ? {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: trust }, Action: 'sts:AssumeRole' }],
          }
        : trust;
      const path = name.includes('/') ? `/${name.slice(0, name.lastIndexOf('/') + 1)}` : '/';
      const roleName = name.slice(name.lastIndexOf('/') + 1);
      state.roles.set(roleName, {
        name: roleName,
        arn,
        path,
        trust: JSON.stringify(document),
        createdAt: '2026-01-01T00:00:00Z',
      });
      return arn;
    },
    runLifecycle(name) {
      const repo = state.repositories.get(name);
      if (!repo?.lifecyclePolicy) return [];
      const images = repo.images.map((i) => ({ digest: i.digest, tags: i.tags, pushedAt: i.pushedAt }));
      const expired = expiredImages(repo.lifecyclePolicy, images, clock.now()) ?? new Map();
      repo.images = repo.images.filter((i) => !expired.has(i.digest));
      return [...expired.keys()];
    },
    putParameter(name) {
      const arn = state.arn('ssm', `parameter${name.startsWith('/') ? '' : '/'}${name}`);
      state.parameters.set(name, { name, type: 'SecureString', arn });
      return arn;
    },
    createSecret(name, suffix = randomUUID().slice(0, 6)) {
      const arn = state.arn('secretsmanager', `secret:${name}-${suffix}`);
      state.secrets.set(arn, { name, arn });
      return arn;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return handle;
}

/** EventBridge Scheduler's context attributes in a target's Input, replaced as Scheduler replaces them when it fires. */
function withContextAttributes(input: string | undefined, scheduleArn: string, due: string): string | undefined {
  return input
    ?.replaceAll('<aws.scheduler.scheduled-time>', due)
    .replaceAll('<aws.scheduler.schedule-arn>', scheduleArn)
    .replaceAll('<aws.scheduler.execution-id>', randomUUID().replace(/-/g, '').slice(0, 16))
    .replaceAll('<aws.scheduler.attempt-number>', '1');
}

/** The event a scheduled rule sends when it comes due, as EventBridge documents it. */
function scheduledEvent(state: FakeState, rule: string, due: string): Json {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: state.accountId,
    time: due,
    region: state.region,
    resources: [state.arn('events', `rule/${rule}`)],
    detail: {},
  };
}

function respond(res: ServerResponse, status: number, rest: boolean, body: Json): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': rest ? 'application/json' : 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(text);
}

function respondError(res: ServerResponse, error: AwsError, rest: boolean): void {
  const body = rest ? { Message: error.message } : { __type: error.code, message: error.message };
  const text = JSON.stringify(body);
  res.writeHead(error.status, {
    'content-type': rest ? 'application/json' : 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-errortype': error.code,
    'x-amzn-requestid': randomUUID(),
  });
  res.end(text);
}

function respondStsXml(res: ServerResponse, output: Json): void {
  const xml =
    '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
    `<Arn>${String(output.Arn)}</Arn><UserId>${String(output.UserId)}</UserId><Account>${String(output.Account)}</Account>` +
    `</GetCallerIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
  res.writeHead(200, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
}
