/** Amazon ECS (awsJson1_1, AmazonEC2ContainerServiceV20141113). */
import { randomUUID } from 'node:crypto';
import { CONTAINER_NAME, FARGATE_SIZES, TAGS_PER_RESOURCE_MAX, TASK_FAMILY } from '../../../src/aws/limits.ts';
import { epochSeconds, list, str, type Operations, type ServiceContext } from '../context.ts';
import { AwsError } from '../errors.ts';
import { paginate } from '../paging.ts';
import type { ContainerRecord, FakeState, Json, Tag, TaskDefinitionRecord, TaskRecord } from '../state.ts';

const client = (message: string) => new AwsError('ClientException', message);
const invalid = (message: string) => new AwsError('InvalidParameterException', message);

function clusterName(ref: unknown): string {
  const value = str(ref) ?? 'default';
  return value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
}

function cluster(state: FakeState, ref: unknown) {
  const found = state.clusters.get(clusterName(ref));
  if (!found) throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
  return found;
}

function toTags(value: unknown): Tag[] {
  const tags = list<{ key?: string; value?: string }>(value).map((t) => ({
    key: String(t.key),
    value: String(t.value ?? ''),
  }));
  if (tags.length > TAGS_PER_RESOURCE_MAX) throw invalid(`Too many tags: at most ${TAGS_PER_RESOURCE_MAX}.`);
  return tags;
}

/** Resolves `family`, `family:revision` or an ARN. A bare family means its latest ACTIVE revision. */
function resolveTaskDefinition(state: FakeState, ref: unknown): TaskDefinitionRecord | undefined {
  const value = str(ref);
  if (!value) return undefined;
  const name = value.startsWith('arn:') ? value.slice(value.indexOf('/') + 1) : value;
  const [family, revision] = name.split(':') as [string, string | undefined];
  const revisions = state.taskDefinitions.get(family) ?? [];
  if (revision !== undefined) return revisions.find((r) => r.revision === Number(revision));
  return revisions.filter((r) => r.status === 'ACTIVE').at(-1);
}

function normalizeSize(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  const vcpu = /^([\d.]+)\s*vcpu$/i.exec(text);
  if (vcpu) return String(Number(vcpu[1]) * 1024);
  const gb = /^([\d.]+)\s*gb$/i.exec(text);
  if (gb) return String(Number(gb[1]) * 1024);
  return text;
}

function validateRegister(input: Json): void {
  const family = str(input.family);
  if (!family) throw client('Family must not be null or empty.');
  if (family.length > TASK_FAMILY.max || !TASK_FAMILY.pattern.test(family)) {
    throw client(
      'Family contains invalid characters: up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.',
    );
  }
  const containers = list(input.containerDefinitions);
  if (containers.length === 0) throw client('Container list cannot be empty.');
  const names = new Set<string>();
  for (const c of containers) {
    const name = str(c.name);
    if (!name || name.length > CONTAINER_NAME.max || !CONTAINER_NAME.pattern.test(name)) {
      throw client('Container name must contain only letters, numbers, hyphens and underscores, up to 255 characters.');
    }
    if (names.has(name)) throw client(`Duplicate container name: ${name}.`);
    names.add(name);
    if (!str(c.image)) throw client(`Container.image should not be null or empty.`);
    const log = c.logConfiguration as Json | undefined;
    if (log && log.logDriver === 'awslogs') {
      const options = (log.options ?? {}) as Record<string, string>;
      if (!options['awslogs-group'] || !options['awslogs-region']) {
        throw client('Log driver awslogs requires options: awslogs-group, awslogs-region.');
      }
    }
  }
  const compat = list<string>(input.requiresCompatibilities);
  if (compat.includes('FARGATE')) {
    if (input.networkMode !== 'awsvpc') throw client('Fargate only supports network mode ‘awsvpc’.');
    const cpu = normalizeSize(input.cpu);
    const memory = normalizeSize(input.memory);
    if (cpu === undefined || memory === undefined)
      throw client('Fargate requires task definition to have cpu and memory values set.');
    const allowed = FARGATE_SIZES.get(Number(cpu));
    if (!allowed || !allowed.includes(Number(memory))) {
      throw client(
        'No Fargate configuration exists for given values: ' +
          `${cpu} CPU, ${memory} memory. See the Amazon ECS documentation for the valid combinations.`,
      );
    }
    if (!str(input.executionRoleArn) && containers.some((c) => /\.dkr\.ecr\./.test(String(c.image)))) {
      throw client('Fargate requires an execution role (executionRoleArn) to pull a private ECR image.');
    }
  }
}

/** What DescribeTaskDefinition returns: the request plus the fields and defaults AWS adds. */
function describeTaskDefinition(record: TaskDefinitionRecord): Json {
  const body = record.body;
  const containers = list(body.containerDefinitions).map((c) => ({
    cpu: 0,
    portMappings: [],
    essential: true,
    environment: [],
    mountPoints: [],
    volumesFrom: [],
    systemControls: [],
    ...c,
  }));
  const compat = list<string>(body.requiresCompatibilities);
  return {
    ...body,
    containerDefinitions: containers,
    taskDefinitionArn: record.arn,
    family: record.family,
    revision: record.revision,
    volumes: body.volumes ?? [],
    status: record.status,
    requiresAttributes: [
      { name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' },
      { name: 'ecs.capability.execution-role-awslogs' },
    ],
    placementConstraints: body.placementConstraints ?? [],
    compatibilities: compat.includes('FARGATE') ? ['EC2', 'FARGATE'] : ['EC2'],
    ...(body.cpu !== undefined ? { cpu: normalizeSize(body.cpu) } : {}),
    ...(body.memory !== undefined ? { memory: normalizeSize(body.memory) } : {}),
    registeredAt: epochSeconds(record.registeredAt),
    registeredBy: 'arn:aws:sts::123456789012:assumed-role/deploy/ecs-batch',
    ...(record.deregisteredAt !== undefined ? { deregisteredAt: epochSeconds(record.deregisteredAt) } : {}),
  };
}

function describeTask(task: TaskRecord): Json {
  return {
    taskArn: task.arn,
    clusterArn: task.clusterArn,
    taskDefinitionArn: task.taskDefinitionArn,
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    createdAt: epochSeconds(task.createdAt),
    ...(task.startedAt !== undefined ? { startedAt: epochSeconds(task.startedAt) } : {}),
    ...(task.stoppingAt !== undefined ? { stoppingAt: epochSeconds(task.stoppingAt) } : {}),
    ...(task.stoppedAt !== undefined
      ? { stoppedAt: epochSeconds(task.stoppedAt), executionStoppedAt: epochSeconds(task.stoppedAt) }
      : {}),
    ...(task.stopCode ? { stopCode: task.stopCode } : {}),
    ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
    ...(task.startedBy ? { startedBy: task.startedBy } : {}),
    ...(task.group ? { group: task.group } : {}),
    ...(task.launchType ? { launchType: task.launchType } : {}),
    ...(task.capacityProviderName ? { capacityProviderName: task.capacityProviderName } : {}),
    ...(task.platformVersion ? { platformVersion: task.platformVersion } : {}),
    overrides: task.overrides,
    tags: task.tags,
    containers: task.containers.map((c) => ({
      containerArn: `${task.arn.replace(':task/', ':container/')}/${c.name}`,
      taskArn: task.arn,
      name: c.name,
      image: c.image,
      lastStatus: c.lastStatus,
      ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
    })),
  };
}

function findTask(state: FakeState, ref: unknown): TaskRecord | undefined {
  const value = str(ref) ?? '';
  return state.tasks.get(value) ?? [...state.tasks.values()].find((t) => t.arn.endsWith(`/${value}`));
}

/** True when an ECR image of this account that a task names does not exist (CannotPullContainerError). */
function missingImage(state: FakeState, image: string): string | undefined {
  const m = /^(\d{12})\.dkr\.ecr\.[^/]+\.amazonaws\.com\/([^@:]+)(?:@(sha256:[0-9a-f]{64})|:([\w.-]+))?$/.exec(image);
  if (!m || m[1] !== state.accountId) return undefined;
  const repo = state.repositories.get(m[2]!);
  const found = repo?.images.some((i) => (m[3] ? i.digest === m[3] : i.tags.includes(m[4] ?? 'latest')));
  return found
    ? undefined
    : `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${image}: not found`;
}

function tagsFor(state: FakeState, arn: string): Tag[] | undefined {
  if (arn.includes(':task-definition/'))
    return state.findTaskDefinitionByArn(arn) ? (state.taskDefinitionTags.get(arn) ?? []) : undefined;
  if (arn.includes(':cluster/')) return [...state.clusters.values()].find((c) => c.arn === arn)?.tags;
  if (arn.includes(':task/')) return state.tasks.get(arn)?.tags;
  return undefined;
}

function setTags(state: FakeState, arn: string, tags: Tag[]): void {
  if (arn.includes(':task-definition/')) state.taskDefinitionTags.set(arn, tags);
  else if (arn.includes(':cluster/')) [...state.clusters.values()].find((c) => c.arn === arn)!.tags = tags;
  else state.tasks.get(arn)!.tags = tags;
}

export const ecs: Operations = {
  CreateCluster(input, { state }) {
    const name = str(input.clusterName) ?? 'default';
    const existing = state.clusters.get(name);
    const record = existing ?? {
      name,
      arn: state.arn('ecs', `cluster/${name}`),
      status: 'ACTIVE' as const,
      tags: toTags(input.tags),
      capacityProviders: list<string>(input.capacityProviders),
      containerInstances: 0,
    };
    state.clusters.set(name, record);
    return { cluster: { clusterArn: record.arn, clusterName: name, status: record.status, tags: record.tags } };
  },

  DescribeClusters(input, { state }) {
    const refs = input.clusters === undefined ? ['default'] : list<string>(input.clusters);
    const clusters: Json[] = [];
    const failures: Json[] = [];
    for (const ref of refs) {
      const found = state.clusters.get(clusterName(ref));
      if (found)
        clusters.push({
          clusterArn: found.arn,
          clusterName: found.name,
          status: found.status,
          runningTasksCount: 0,
          pendingTasksCount: 0,
          registeredContainerInstancesCount: found.containerInstances,
          capacityProviders: found.capacityProviders,
        });
      else failures.push({ arn: ref.startsWith('arn:') ? ref : state.arn('ecs', `cluster/${ref}`), reason: 'MISSING' });
    }
    return { clusters, failures };
  },

  RegisterTaskDefinition(input, ctx) {
    const { state } = ctx;
    validateRegister(input);
    const family = String(input.family);
    const { tags, ...body } = input;
    const revisions = state.taskDefinitions.get(family) ?? [];
    const revision = (revisions.at(-1)?.revision ?? 0) + 1;
    const record: TaskDefinitionRecord = {
      family,
      revision,
      arn: state.arn('ecs', `task-definition/${family}:${revision}`),
      status: 'ACTIVE',
      body: structuredClone(body),
      registeredAt: ctx.now(),
    };
    revisions.push(record);
    state.taskDefinitions.set(family, revisions);
    const tagList = toTags(tags);
    state.taskDefinitionTags.set(record.arn, tagList);
    return { taskDefinition: describeTaskDefinition(record), tags: tagList };
  },

  DescribeTaskDefinition(input, { state }) {
    const record = resolveTaskDefinition(state, input.taskDefinition);
    if (!record || record.status === 'DELETE_IN_PROGRESS') throw client('Unable to describe task definition.');
    const include = list<string>(input.include);
    return {
      taskDefinition: describeTaskDefinition(record),
      ...(include.includes('TAGS') ? { tags: state.taskDefinitionTags.get(record.arn) ?? [] } : {}),
    };
  },

  ListTaskDefinitions(input, { state, pageCap }) {
    const status = str(input.status) ?? 'ACTIVE';
    // familyPrefix is the full family name (ECS's own documentation), not a prefix.
    const family = str(input.familyPrefix);
    const all = state
      .allTaskDefinitions()
      .filter((r) => r.status === status && (family === undefined || r.family === family));
    all.sort((a, b) => a.family.localeCompare(b.family) || a.revision - b.revision);
    if (input.sort === 'DESC') all.reverse();
    const { page, nextToken } = paginate(all, {
      token: input.nextToken,
      requested: input.maxResults,
      max: 100,
      cap: pageCap,
      tokenErrorCode: 'InvalidParameterException',
    });
    return { taskDefinitionArns: page.map((r) => r.arn), ...(nextToken ? { nextToken } : {}) };
  },

  ListTaskDefinitionFamilies(input, { state, pageCap }) {
    const status = str(input.status) ?? 'ACTIVE';
    const prefix = str(input.familyPrefix) ?? '';
    const families = [...state.taskDefinitions.entries()]
      .filter(
        ([family, revisions]) =>
          family.startsWith(prefix) && (status === 'ALL' || revisions.some((r) => r.status === status)),
      )
      .map(([family]) => family)
      .sort();
    const { page, nextToken } = paginate(families, {
      token: input.nextToken,
      requested: input.maxResults,
      max: 100,
      cap: pageCap,
      tokenErrorCode: 'InvalidParameterException',
    });
    return { families: page, ...(nextToken ? { nextToken } : {}) };
  },

  DeregisterTaskDefinition(input, ctx) {
    const ref = str(input.taskDefinition) ?? '';
    if (!/:\d+$/.test(ref)) throw client('Invalid revision number. Number: ' + ref);
    const record = resolveTaskDefinition(ctx.state, ref);
    if (!record) throw client('The specified task definition does not exist.');
    if (record.status === 'ACTIVE') {
      record.status = 'INACTIVE';
      record.deregisteredAt = ctx.now();
    }
    return { taskDefinition: describeTaskDefinition(record) };
  },

  DeleteTaskDefinitions(input, { state }) {
    const taskDefinitions: Json[] = [];
    const failures: Json[] = [];
    for (const ref of list<string>(input.taskDefinitions)) {
      const record = resolveTaskDefinition(state, ref);
      if (!record) failures.push({ arn: ref, reason: 'The specified task definition does not exist.' });
      else if (record.status === 'ACTIVE')
        failures.push({
          arn: record.arn,
          reason:
            'The specified task definition is still in ACTIVE status. Please deregister the target and try again.',
        });
      else {
        record.status = 'DELETE_IN_PROGRESS';
        taskDefinitions.push(describeTaskDefinition(record));
      }
    }
    return { taskDefinitions, failures };
  },

  RunTask(input, ctx) {
    const { state } = ctx;
    const target = cluster(state, input.cluster);
    const record = resolveTaskDefinition(state, input.taskDefinition);
    if (!record) throw client('TaskDefinition not found.');
    if (record.status !== 'ACTIVE') throw client('TaskDefinition is inactive');
    const count = input.count === undefined ? 1 : Number(input.count);
    if (!Number.isInteger(count) || count < 1 || count > 10) throw invalid('count must be between 1 and 10.');
    if (input.launchType && input.capacityProviderStrategy)
      throw invalid('Specifying both a launch type and capacity provider strategy is not supported.');
    const startedBy = str(input.startedBy);
    if (startedBy && startedBy.length > 128) throw invalid('startedBy must be at most 128 characters.');
    const body = record.body;
    const compat = list<string>(body.requiresCompatibilities);
    const launchType = str(input.launchType) ?? (input.capacityProviderStrategy ? undefined : 'EC2');
    if (launchType === 'FARGATE' && !compat.includes('FARGATE'))
      throw invalid('Task definition does not support launch_type FARGATE.');
    const onFargate =
      launchType === 'FARGATE' ||
      list(input.capacityProviderStrategy).some((p) => /^FARGATE/.test(String(p.capacityProvider)));
    if (onFargate && (list(input.placementConstraints).length || list(input.placementStrategy).length)) {
      throw invalid('Task placement is not supported for Fargate tasks.');
    }
    if (body.networkMode === 'awsvpc') {
      const vpc = (input.networkConfiguration as Json | undefined)?.awsvpcConfiguration as Json | undefined;
      if (!vpc) throw invalid("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
      if (list(vpc.subnets).length === 0) throw invalid('subnets can not be empty.');
    }
    const failure = ctx.tasks.runTaskFailure?.(input);
    if (failure)
      return {
        tasks: [],
        failures: [{ arn: target.arn, reason: failure.reason, ...(failure.detail ? { detail: failure.detail } : {}) }],
      };

    const overrides = (input.overrides ?? {}) as Json;
    const containerOverrides = list(overrides.containerOverrides);
    const definitions = list(body.containerDefinitions);
    for (const o of containerOverrides) {
      if (!definitions.some((c) => c.name === o.name))
        throw invalid(`Override for container named ${String(o.name)} is not a container in the TaskDefinition.`);
    }
    const tasks: Json[] = [];
    for (let i = 0; i < count; i++) {
      const now = ctx.now();
      const id = randomUUID().replace(/-/g, '');
      const arn = state.arn('ecs', `task/${target.name}/${id}`);
      const essential = definitions.find((c) => c.essential !== false) ?? definitions[0]!;
      const override = containerOverrides.find((o) => o.name === essential.name) ?? {};
      const environment: Record<string, string> = {};
      for (const e of [...list(essential.environment), ...list(override.environment)])
        environment[String(e.name)] = String(e.value ?? '');
      const command = list<string>(override.command ?? essential.command);
      const log = essential.logConfiguration as Json | undefined;
      const options = (log?.logDriver === 'awslogs' ? log.options : undefined) as Record<string, string> | undefined;
      const containers: ContainerRecord[] = definitions.map((c) => ({
        name: String(c.name),
        image: String(c.image),
        lastStatus: 'PENDING',
        ...(c === essential && options
          ? {
              logGroup: options['awslogs-group'],
              logStream: `${options['awslogs-stream-prefix'] ?? 'ecs'}/${String(c.name)}/${id}`,
            }
          : {}),
      }));
      const canCreateGroup = options?.['awslogs-create-group'] === 'true';
      const plan = ctx.tasks.plan(
        state,
        {
          family: record.family,
          containerName: String(essential.name),
          command,
          environment,
          taskDefinition: body,
          ...(input.capacityProviderStrategy
            ? { capacityProvider: String(list(input.capacityProviderStrategy)[0]?.capacityProvider) }
            : {}),
        },
        options && !canCreateGroup ? options['awslogs-group'] : undefined,
        missingImage(state, String(essential.image)),
        now,
      );
      const task: TaskRecord = {
        arn,
        clusterArn: target.arn,
        taskDefinitionArn: record.arn,
        family: record.family,
        createdAt: now,
        ...(startedBy ? { startedBy } : {}),
        group: str(input.group) ?? `family:${record.family}`,
        ...(launchType ? { launchType } : {}),
        ...(input.capacityProviderStrategy
          ? { capacityProviderName: String(list(input.capacityProviderStrategy)[0]?.capacityProvider) }
          : {}),
        ...(launchType === 'FARGATE' ? { platformVersion: str(input.platformVersion) ?? '1.4.0' } : {}),
        ...(list(input.placementConstraints).length ? { placementConstraints: list(input.placementConstraints) } : {}),
        ...(list(input.placementStrategy).length ? { placementStrategy: list(input.placementStrategy) } : {}),
        lastStatus: 'PROVISIONING',
        desiredStatus: 'RUNNING',
        containers,
        command,
        environment,
        overrides: { containerOverrides, inferenceAcceleratorOverrides: [] },
        tags: [
          ...toTags(input.tags),
          ...(input.propagateTags === 'TASK_DEFINITION' ? (state.taskDefinitionTags.get(record.arn) ?? []) : []),
        ],
        plan,
        logsWritten: 0,
      };
      state.tasks.set(arn, task);
      ctx.tasks.onChange?.(task, now);
      tasks.push(describeTask(task));
    }
    return { tasks, failures: [] };
  },

  DescribeTasks(input, ctx) {
    const target = cluster(ctx.state, input.cluster);
    const refs = list<string>(input.tasks);
    if (refs.length === 0 || refs.length > 100)
      throw invalid('Tasks cannot be empty and can contain at most 100 items.');
    const tasks: Json[] = [];
    const failures: Json[] = [];
    for (const ref of refs) {
      const task = findTask(ctx.state, ref);
      if (task && task.clusterArn === target.arn) tasks.push(describeTask(task));
      else failures.push({ arn: ref, reason: 'MISSING' });
    }
    return { tasks, failures };
  },

  ListTasks(input, { state, pageCap }) {
    const target = cluster(state, input.cluster);
    const desired = str(input.desiredStatus) ?? 'RUNNING';
    const found = [...state.tasks.values()].filter(
      (t) =>
        t.clusterArn === target.arn &&
        t.desiredStatus === desired &&
        (input.family === undefined || t.family === input.family) &&
        (input.startedBy === undefined || t.startedBy === input.startedBy),
    );
    const { page, nextToken } = paginate(found, {
      token: input.nextToken,
      requested: input.maxResults,
      max: 100,
      cap: pageCap,
      tokenErrorCode: 'InvalidParameterException',
    });
    return { taskArns: page.map((t) => t.arn), ...(nextToken ? { nextToken } : {}) };
  },

  StopTask(input, ctx) {
    const target = cluster(ctx.state, input.cluster);
    const task = findTask(ctx.state, input.task);
    if (!task || task.clusterArn !== target.arn) throw invalid('The referenced task was not found.');
    if (task.desiredStatus !== 'STOPPED') {
      task.desiredStatus = 'STOPPED';
      task.stoppingAt = ctx.now() + ctx.tasks.timing.stopMs;
      task.stopCode = 'UserInitiated';
      task.stoppedReason = str(input.reason) ?? 'Task stopped by user';
    }
    return { task: describeTask(task) };
  },

  TagResource(input, { state }) {
    const arn = String(input.resourceArn);
    const existing = tagsFor(state, arn);
    if (!existing) throw invalid('The specified resource could not be found.');
    const merged = new Map(existing.map((t) => [t.key, t.value]));
    for (const t of toTags(input.tags)) merged.set(t.key, t.value);
    if (merged.size > TAGS_PER_RESOURCE_MAX) throw invalid(`Too many tags: at most ${TAGS_PER_RESOURCE_MAX}.`);
    setTags(
      state,
      arn,
      [...merged].map(([key, value]) => ({ key, value })),
    );
    return {};
  },

  UntagResource(input, { state }) {
    const arn = String(input.resourceArn);
    const existing = tagsFor(state, arn);
    if (!existing) throw invalid('The specified resource could not be found.');
    const remove = new Set(list<string>(input.tagKeys));
    setTags(
      state,
      arn,
      existing.filter((t) => !remove.has(t.key)),
    );
    return {};
  },

  ListTagsForResource(input, { state }) {
    const tags = tagsFor(state, String(input.resourceArn));
    if (!tags) throw invalid('The specified resource could not be found.');
    return { tags };
  },
};

export function ecsAdvance(ctx: ServiceContext): void {
  ctx.tasks.advance(ctx.state, ctx.now());
}
