export const id = 307;
export const ids = [307,407];
export const modules = {

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ siblingArn),
/* harmony export */   QO: () => (/* binding */ secretReference),
/* harmony export */   w4: () => (/* binding */ stateMachineArn)
/* harmony export */ });
/** ARNs of resources in the same account and partition as one we know (the cluster). */
function siblingArn(knownArn, service, region, resource) {
    const account = /:(\d{12}):/.exec(knownArn)?.[1] ?? '000000000000';
    const partition = /^arn:(aws[a-z-]*):/.exec(knownArn)?.[1] ?? 'aws';
    return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}
function stateMachineArn(clusterArn, region, name) {
    return siblingArn(clusterArn, 'states', region, `stateMachine:${name}`);
}
/**
 * Where a task definition's secret reference (`valueFrom`) points, as pre-flight checks it and the plan policy allows
 * it: a Secrets Manager secret (its ARN without a JSON key, stage or version), or an SSM parameter by name. `local` is
 * false for another region's or account's, which the task reads in its own right and a plan cannot check.
 */
function secretReference(ref, where) {
    const parts = ref.split(':');
    const local = !ref.startsWith('arn:') || (parts[3] === where.region && parts[4] === where.account);
    if (ref.includes(':secretsmanager:'))
        return { kind: 'secret', id: parts.slice(0, 7).join(':'), local };
    const arn = /^arn:aws[a-z-]*:ssm:[^:]*:\d{12}:parameter(\/.*)$/.exec(ref);
    if (arn)
        return { kind: 'parameter', name: arn[1].slice(1).includes('/') ? arn[1] : arn[1].slice(1), local };
    return ref.startsWith('arn:') ? undefined : { kind: 'parameter', name: ref, local };
}


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importCommand: () => (/* binding */ importCommand)
});

// UNUSED EXPORTS: projectFromCluster

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./util/write.ts
var write = __webpack_require__(1430);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-scheduler/dist-cjs/index.js
var client_scheduler_dist_cjs = __webpack_require__(8994);
// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
// EXTERNAL MODULE: ./plan/observe.ts
var observe = __webpack_require__(9418);
// EXTERNAL MODULE: ./resources/kind.ts
var kind = __webpack_require__(9710);
// EXTERNAL MODULE: ./resources/rules.ts
var rules = __webpack_require__(4501);
// EXTERNAL MODULE: ./targets/ecs.ts
var targets_ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./resources/schedules.ts
var schedules = __webpack_require__(3096);
// EXTERNAL MODULE: ./util/concurrency.ts
var concurrency = __webpack_require__(5902);
;// CONCATENATED MODULE: ./import/discover.ts
/**
 * `ecs-batch import`, the reading half: every hand-made scheduled task on one cluster (EventBridge
 * rules with an ECS target there, Scheduler schedules in any group that target it) with the task
 * definition it runs. Read-only. What is not a scheduled ECS task on this cluster, or was made by
 * ecs-batch, is skipped with the reason.
 */









/** What the manifest takes from the RunTask request a target makes; the rest is named for a person to decide. */
function ecsTarget(request) {
    const vpc = request.networkConfiguration?.awsvpcConfiguration;
    const unmodelled = [
        ...(request.enableExecuteCommand ? ['EnableExecuteCommand'] : []),
        ...(request.enableECSManagedTags ? ['EnableECSManagedTags'] : []),
        ...(request.propagateTags ? ['PropagateTags'] : []),
        ...(request.referenceId ? ['ReferenceId'] : []),
        ...(request.group ? [`Group (ecs-batch sets its own task group)`] : []),
        ...(request.tags?.length ? ['Tags'] : []),
    ];
    return {
        taskDefinitionArn: request.taskDefinition ?? '',
        ...(request.count !== undefined && request.count !== 1 ? { taskCount: request.count } : {}),
        ...(request.launchType ? { launchType: request.launchType } : {}),
        ...(request.capacityProviderStrategy?.length
            ? {
                capacityProviderStrategy: request.capacityProviderStrategy.map((p) => ({
                    capacityProvider: p.capacityProvider ?? '',
                    ...(p.weight !== undefined ? { weight: p.weight } : {}),
                    ...(p.base !== undefined ? { base: p.base } : {}),
                })),
            }
            : {}),
        ...(request.platformVersion && request.platformVersion !== 'LATEST'
            ? { platformVersion: request.platformVersion }
            : {}),
        ...(vpc?.subnets?.length ? { subnets: vpc.subnets } : {}),
        ...(vpc?.securityGroups?.length ? { securityGroups: vpc.securityGroups } : {}),
        ...(vpc?.assignPublicIp ? { assignPublicIp: vpc.assignPublicIp } : {}),
        ...(request.placementConstraints?.length
            ? {
                placementConstraints: request.placementConstraints.map((c) => ({
                    type: c.type ?? '',
                    ...(c.expression ? { expression: c.expression } : {}),
                })),
            }
            : {}),
        ...(request.placementStrategy?.length
            ? {
                placementStrategy: request.placementStrategy.map((x) => ({
                    type: x.type ?? '',
                    ...(x.field ? { field: x.field } : {}),
                })),
            }
            : {}),
        unmodelled,
    };
}
const retryPolicyOf = (r) => r && (r.MaximumRetryAttempts !== undefined || r.MaximumEventAgeInSeconds !== undefined)
    ? {
        ...(r.MaximumRetryAttempts !== undefined ? { maximumRetryAttempts: r.MaximumRetryAttempts } : {}),
        ...(r.MaximumEventAgeInSeconds !== undefined ? { maximumEventAgeInSeconds: r.MaximumEventAgeInSeconds } : {}),
    }
    : undefined;
async function scheduledTasks(clients, clusterArn, skipped) {
    const listed = [];
    for await (const page of (0,client_scheduler_dist_cjs/* paginateListSchedules */.mr)({ client: clients.scheduler, pageSize: limits/* PAGE_SIZE */.md.ListSchedules }, {})) {
        // A universal RunTask target names its cluster in its Input: read below.
        for (const s of page.Schedules ?? [])
            if ((s.Target?.Arn === clusterArn || s.Target?.Arn === targets_ecs/* RUN_TASK_TARGET */.EY) && s.GroupName && s.Name && s.Arn)
                listed.push({ group: s.GroupName, name: s.Name, arn: s.Arn });
    }
    const owners = new Map();
    const found = await (0,concurrency/* mapLimit */.s)(listed, kind/* READ_CONCURRENCY */.HJ, async ({ group, name, arn }) => {
        const s = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ GroupName: group, Name: name }));
        const task = (0,targets_ecs/* scheduledRunTask */.OU)(s.Target);
        if (!task || !(0,targets_ecs/* isCluster */.JU)(task.cluster, clusterArn)) {
            if (s.Target?.Arn === clusterArn)
                skipped.push({
                    what: `schedule ${group}/${name}`,
                    why: 'its target has no ECS parameters (not an ECS task)',
                });
            return undefined;
        }
        // Whose group it is, asked once per group and only of schedules that run tasks on this cluster.
        if (!owners.has(group))
            owners.set(group, (0,schedules/* scheduleGroupOwner */.Wn)(clients, arn));
        const owner = await owners.get(group);
        if (owner !== undefined) {
            skipped.push({ what: `schedule ${group}/${name}`, why: `made by ecs-batch (project ${owner})` });
            return undefined;
        }
        const expression = s.ScheduleExpression ?? '';
        if (!/^(cron|rate)\(/.test(expression)) {
            skipped.push({
                what: `schedule ${group}/${name}`,
                why: `${expression.startsWith('at(') ? 'a one-time schedule' : 'an expression'} (${expression}) ` +
                    `that a manifest does not take: only cron() and rate()`,
            });
            return undefined;
        }
        if (!s.Target)
            return undefined;
        const { request } = task;
        const universal = s.Target.Arn === targets_ecs/* RUN_TASK_TARGET */.EY;
        const window = s.FlexibleTimeWindow?.Mode === 'FLEXIBLE' ? s.FlexibleTimeWindow.MaximumWindowInMinutes : undefined;
        const retry = retryPolicyOf(s.Target.RetryPolicy);
        return {
            ref: `schedule/${group}/${name}`,
            kind: 'schedule',
            name: group === 'default' ? name : `${group}/${name}`,
            otherTargets: 0,
            expression,
            timezone: s.ScheduleExpressionTimezone ?? 'UTC',
            enabled: s.State !== 'DISABLED',
            ...(s.Description ? { description: s.Description } : {}),
            ...(s.Target.RoleArn ? { roleArn: s.Target.RoleArn } : {}),
            // The overrides: a universal target's are in its request; a templated target's Input as written (import says
            // when it cannot read it).
            ...(universal
                ? request.overrides
                    ? { input: JSON.stringify(request.overrides) }
                    : {}
                : s.Target.Input
                    ? { input: s.Target.Input }
                    : {}),
            ...(retry ? { retryPolicy: retry } : {}),
            ...(s.Target.DeadLetterConfig?.Arn ? { deadLetterQueueArn: s.Target.DeadLetterConfig.Arn } : {}),
            ...(window !== undefined ? { flexibleTimeWindowMinutes: window } : {}),
            ecs: ecsTarget(request),
        };
    });
    return found.filter((c) => c !== undefined);
}
async function ruleTasks(clients, clusterArn, skipped) {
    const names = await (0,rules/* ruleNamesTargeting */.sh)(clients, clusterArn);
    const perRule = await (0,concurrency/* mapLimit */.s)(names, kind/* READ_CONCURRENCY */.HJ, async (name) => {
        const found = await (0,rules/* ruleByName */.PD)(clients, name);
        if (!found)
            return [];
        if (found.owner !== undefined) {
            skipped.push({ what: `rule ${name}`, why: `made by ecs-batch (project ${found.owner})` });
            return [];
        }
        const { rule } = found;
        if (!rule.ScheduleExpression) {
            skipped.push({
                what: `rule ${name}`,
                why: 'it runs on events, not on a schedule: ecs-batch runs scheduled jobs',
            });
            return [];
        }
        const targets = await (0,rules/* targetsOf */.QR)(clients, name);
        const ours = targets.filter((t) => t.Arn === clusterArn && t.EcsParameters);
        return ours.map((t) => {
            const retry = retryPolicyOf(t.RetryPolicy);
            const several = targets.length > 1;
            const ecs = ecsTarget((0,targets_ecs/* runTaskOfEcsParameters */.ZX)(clusterArn, t.EcsParameters));
            if (t.InputPath || t.InputTransformer)
                ecs.unmodelled.push('InputPath/InputTransformer (only a plain Input is read)');
            return {
                ref: several ? `rule/${name}/${t.Id}` : `rule/${name}`,
                kind: 'rule',
                name,
                ...(several ? { targetId: t.Id } : {}),
                otherTargets: targets.length - 1,
                expression: rule.ScheduleExpression,
                timezone: 'UTC',
                enabled: rule.State !== 'DISABLED',
                ...(rule.Description ? { description: rule.Description } : {}),
                ...(t.RoleArn ? { roleArn: t.RoleArn } : {}),
                ...(t.Input ? { input: t.Input } : {}),
                ...(retry ? { retryPolicy: retry } : {}),
                ...(t.DeadLetterConfig?.Arn ? { deadLetterQueueArn: t.DeadLetterConfig.Arn } : {}),
                ecs,
            };
        });
    });
    return perRule.flat();
}
/** Every hand-made scheduled ECS task on the cluster, with its task definition. Makes no write. */
async function discover(clients, cluster) {
    const clusterArn = await (0,observe/* resolveCluster */.Br)(clients, cluster);
    const region = await clients.region();
    const skipped = [];
    const candidates = [
        ...(await scheduledTasks(clients, clusterArn, skipped)),
        ...(await ruleTasks(clients, clusterArn, skipped)),
    ];
    const definitions = new Map();
    const describe = (arn) => {
        if (!definitions.has(arn)) {
            definitions.set(arn, clients.ecs.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: arn })).then((out) => out.taskDefinition, (error) => {
                if (error instanceof dist_cjs/* ClientException */.P6G)
                    return undefined;
                throw error;
            }));
        }
        return definitions.get(arn);
    };
    const found = await (0,concurrency/* mapLimit */.s)(candidates, kind/* READ_CONCURRENCY */.HJ, async (c) => {
        const taskDefinition = await describe(c.ecs.taskDefinitionArn);
        if (!taskDefinition?.containerDefinitions?.length) {
            skipped.push({
                what: `${c.kind} ${c.name}`,
                why: `its task definition ${c.ecs.taskDefinitionArn} cannot be read`,
            });
            return undefined;
        }
        return { ...c, taskDefinition };
    });
    return {
        cluster,
        clusterArn,
        region,
        found: found.filter((f) => f !== undefined).sort((a, b) => a.ref.localeCompare(b.ref)),
        skipped: skipped.sort((a, b) => a.what.localeCompare(b.what)),
    };
}

// EXTERNAL MODULE: ../node_modules/yaml/dist/index.js
var dist = __webpack_require__(6637);
// EXTERNAL MODULE: ./util/yaml-text.ts
var yaml_text = __webpack_require__(3612);
// EXTERNAL MODULE: ./manifest/defaults.ts
var manifest_defaults = __webpack_require__(8588);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./taskdef/reference.ts
var reference = __webpack_require__(7622);
// EXTERNAL MODULE: ./util/diff.ts
var diff = __webpack_require__(3918);
// EXTERNAL MODULE: ./util/secrets.ts
var util_secrets = __webpack_require__(4564);
;// CONCATENATED MODULE: ./import/secrets.ts
/** What `import` must not write into a repository: secrets in environments, commands and base task definitions. */

/** The environment without secret-looking variables (by name or by value); each one dropped is for a person to move. */
function withoutSecrets(environment, where, decide) {
    const kept = {};
    for (const [name, value] of Object.entries(environment)) {
        if ((0,util_secrets/* isSecretName */.eh)(name) || (0,util_secrets/* looksSecretValue */.Wg)(value))
            decide.push(`environment ${name} of ${where} looks like a secret: its value was not written; store it in ` +
                `Secrets Manager or SSM and list it under secrets:`);
        else
            kept[name] = value;
    }
    return kept;
}
/**
 * A base file is committed to the repository: every string in it is judged as a secret would be (its key or its
 * `name` as the name, its value by shape; command lines argument by argument), and one that looks secret is written
 * as *** with a DECIDE line naming where it was.
 */
function scrubbed(value, path, decide, name) {
    const hide = (where) => {
        decide.push(`the base task definition's ${where} looks like a secret: written as ***; store it in Secrets Manager or SSM ` +
            '(and pass it through secrets:) before you commit');
        return util_secrets/* HIDDEN */.RG;
    };
    if (typeof value === 'string')
        return (name !== undefined && (0,util_secrets/* isSecretName */.eh)(name)) || (0,util_secrets/* looksSecretValue */.Wg)(value) ? hide(path) : value;
    if (Array.isArray(value)) {
        if (value.every((v) => typeof v === 'string')) {
            const argv = (0,util_secrets/* redactArgv */.Qu)(value);
            if (JSON.stringify(argv) !== JSON.stringify(value))
                decide.push(`the base task definition's ${path} carries a secret, written as ***: pass it through secrets: instead`);
            return argv;
        }
        return value.map((v, i) => scrubbed(v, `${path}[${i}]`, decide));
    }
    if (value && typeof value === 'object') {
        const entry = value;
        // `{ name, value }` pairs (environment, options lists): the name says what the value is.
        if (typeof entry.name === 'string' && typeof entry.value === 'string')
            return { ...entry, value: scrubbed(entry.value, `${path}.${entry.name}`, decide, entry.name) };
        return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, scrubbed(v, path ? `${path}.${k}` : k, decide, k)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./import/manifest.ts









function overridesOf(input) {
    if (!input)
        return { overrides: {}, unreadable: false };
    try {
        const parsed = JSON.parse(input);
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
            ? { overrides: parsed, unreadable: false }
            : { overrides: {}, unreadable: true };
    }
    catch {
        return { overrides: {}, unreadable: true };
    }
}
/** A manifest job name from a rule or schedule name: letters, digits, - and _; short enough for `<prefix>-<job>`. */
function jobNameFrom(name, prefix, taken) {
    let base = name
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/-+$/, '') || 'job';
    if (base.startsWith(names/* RESERVED_JOB_PREFIX */.M6))
        base = `job-${base.slice(names/* RESERVED_JOB_PREFIX */.M6.length)}`;
    const room = limits/* SCHEDULE_NAME */.Of.max - prefix.length - 1;
    let candidate = base.slice(0, room);
    for (let n = 2; taken.has(candidate); n++)
        candidate = `${base.slice(0, room - String(n).length - 1)}-${n}`;
    taken.add(candidate);
    return candidate;
}
const fromPairs = (pairs) => Object.fromEntries((pairs ?? []).filter((p) => p.name).map((p) => [p.name, p.value ?? '']));
const MODELLED_LOG_OPTIONS = new Set(['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix']);
/** The manifest's `logs` when the awslogs driver uses only what the manifest writes; else the base file keeps it. */
function logsOf(container) {
    const config = container.logConfiguration;
    const options = config?.options ?? {};
    if (config?.logDriver !== 'awslogs' || !options['awslogs-group'] || config.secretOptions?.length)
        return undefined;
    if (!Object.keys(options).every((k) => MODELLED_LOG_OPTIONS.has(k)))
        return undefined;
    return {
        group: options['awslogs-group'],
        ...(options['awslogs-stream-prefix'] ? { streamPrefix: options['awslogs-stream-prefix'] } : {}),
    };
}
/** The task definition minus what the manifest says itself: what a base file must carry. */
function baseTaskDefinition(td, main, modelledPlatform, decide) {
    const dropped = new Set([
        'family',
        'taskRoleArn',
        'executionRoleArn',
        'networkMode',
        'requiresCompatibilities',
        'cpu',
        'memory',
        'tags',
        'ephemeralStorage',
        'containerDefinitions',
        ...(modelledPlatform ? ['runtimePlatform'] : []),
    ]);
    const top = Object.fromEntries(Object.entries(td).filter(([k]) => limits/* TASK_DEFINITION_FIELDS */.G.has(k) && !dropped.has(k)));
    // The manifest writes the main container's image, command, environment, secrets and logs itself.
    const { image: _image, command: _command, environment: _environment, secrets: _secrets, essential: _essential, logConfiguration: _logs, cpu, ...rest } = main;
    const mainBase = { ...rest, ...(cpu ? { cpu } : {}) };
    const others = (td.containerDefinitions ?? [])
        .filter((c) => c !== main)
        .map((c) => c.environment?.length
        ? {
            ...c,
            environment: Object.entries(withoutSecrets(fromPairs(c.environment), `container ${c.name}`, decide)).map(([name, value]) => ({ name, value })),
        }
        : c);
    const containers = Object.keys((0,diff/* canonical */.$N)(mainBase)).length > 1 || others.length ? [mainBase, ...others] : [];
    const base = (0,diff/* canonical */.$N)({ ...top, containerDefinitions: containers });
    return base && Object.keys(base).length ? scrubbed(base, '', decide) : undefined;
}
function draftJob(f, job, project) {
    const decide = [];
    const td = f.taskDefinition;
    const { overrides, unreadable } = overridesOf(f.input);
    if (unreadable)
        decide.push('its target Input is not JSON RunTask overrides: it was not imported; the task definition command is used');
    const containers = td.containerDefinitions ?? [];
    const named = overrides.containerOverrides?.find((o) => Array.isArray(o.command)) ?? overrides.containerOverrides?.[0];
    const main = containers.find((c) => named?.name !== undefined && c.name === named.name) ??
        containers.find((c) => c.essential !== false) ??
        containers[0];
    const override = overrides.containerOverrides?.find((o) => o.name === main.name) ?? (named?.name === undefined ? named : undefined);
    const givenCommand = Array.isArray(override?.command) ? override.command.map(String) : main.command;
    const command = givenCommand && (0,util_secrets/* redactArgv */.Qu)(givenCommand);
    if (command && JSON.stringify(command) !== JSON.stringify(givenCommand))
        decide.push('its command carries a secret, written here as ***: pass it through `secrets:` (an environment variable) instead');
    const { containerOverrides: _c, cpu: ocpu, memory: omemory, taskRoleArn: oTaskRole, executionRoleArn: oExecRole, ephemeralStorage: oStorage, ...otherOverrides } = overrides;
    if (Object.keys(otherOverrides).length)
        decide.push(`its target Input also sets ${Object.keys(otherOverrides).sort().join(', ')}: not imported`);
    if ((overrides.containerOverrides ?? []).some((o) => o !== override))
        decide.push('its target Input overrides other containers too: not imported');
    if (override?.cpu !== undefined || override?.memory !== undefined)
        decide.push('its target Input sets container-level cpu/memory: not imported');
    // A secret typed into a hand-made task definition must not land in a file that goes into git.
    const environment = withoutSecrets({ ...fromPairs(main.environment), ...fromPairs(override?.environment) }, `container ${main.name}`, decide);
    const secrets = Object.fromEntries((main.secrets ?? []).map((s) => [s.name, s.valueFrom]));
    // A job needs a log group (its runs' logs are how `run` and the alerts explain a failure).
    const logs = logsOf(main) ?? { group: `/ecs-batch/${project}` };
    if (!logsOf(main)) {
        decide.push(main.logConfiguration
            ? `its container logs with ${main.logConfiguration.logDriver ?? 'a driver'} and options the ` +
                `manifest does not model: it will log to ${logs.group} with awslogs`
            : `its container had no logs; it will log to ${logs.group} (created by the first deploy)`);
    }
    // An EC2 task definition may size only its container: the task's size is then the main container's.
    const cpu = ocpu ?? td.cpu ?? (main.cpu ? String(main.cpu) : undefined);
    const memory = omemory ?? td.memory ?? (main.memory ?? main.memoryReservation)?.toString();
    const architecture = td.runtimePlatform?.cpuArchitecture;
    const modelledPlatform = (architecture === 'X86_64' || architecture === 'ARM64') &&
        (td.runtimePlatform?.operatingSystemFamily ?? 'LINUX') === 'LINUX';
    const storage = oStorage?.sizeInGiB ?? td.ephemeralStorage?.sizeInGiB;
    const ecs = f.ecs;
    const launchType = ecs.capacityProviderStrategy
        ? undefined
        : (ecs.launchType ??
            (td.requiresCompatibilities?.length === 1 && td.requiresCompatibilities[0] === 'FARGATE' ? 'FARGATE' : 'EC2'));
    if (!ecs.launchType && !ecs.capacityProviderStrategy)
        decide.push(`its target names no launch type (the cluster's default capacity provider decides): imported as ${launchType}`);
    const fargate = launchType === 'FARGATE' ||
        (ecs.capacityProviderStrategy ?? []).some((p) => /^FARGATE(_SPOT)?$/.test(p.capacityProvider));
    const network = ecs.subnets
        ? {
            subnets: ecs.subnets,
            ...(ecs.securityGroups ? { securityGroups: ecs.securityGroups } : {}),
            ...(ecs.assignPublicIp ? { assignPublicIp: ecs.assignPublicIp } : {}),
        }
        : undefined;
    const networkMode = td.networkMode ?? 'bridge';
    const inferredMode = fargate || network ? 'awsvpc' : 'bridge';
    if (ecs.taskCount)
        decide.push(`its target starts ${ecs.taskCount} tasks per run; an ecs-batch job starts one`);
    if (ecs.unmodelled.length)
        decide.push(`its target also sets ${ecs.unmodelled.join(', ')}: not imported`);
    const retry = f.retryPolicy;
    const retryPolicy = retry &&
        (retry.maximumRetryAttempts !== limits/* DEFAULT_RETRY_POLICY */.cO.maximumRetryAttempts ||
            retry.maximumEventAgeInSeconds !== limits/* DEFAULT_RETRY_POLICY */.cO.maximumEventAgeInSeconds)
        ? retry
        : undefined;
    const spec = {
        ...(f.description ? { description: f.description } : {}),
        schedule: f.expression,
        timezone: f.timezone,
        ...(f.enabled ? {} : { enabled: false }),
        ...(command?.length ? { command } : {}),
        ...(launchType ? { launchType: launchType } : {}),
        ...(ecs.capacityProviderStrategy ? { capacityProviderStrategy: ecs.capacityProviderStrategy } : {}),
        ...(ecs.platformVersion ? { platformVersion: ecs.platformVersion } : {}),
        ...(networkMode !== inferredMode ? { networkMode: networkMode } : {}),
        ...(ecs.placementConstraints
            ? { placementConstraints: ecs.placementConstraints }
            : {}),
        ...(ecs.placementStrategy ? { placementStrategy: ecs.placementStrategy } : {}),
        ...(cpu ? { cpu: Number(cpu) } : {}),
        ...(memory ? { memory: Number(memory) } : {}),
        ...(modelledPlatform ? { architecture: architecture } : {}),
        ...(storage !== undefined ? { ephemeralStorageGiB: storage } : {}),
        ...((oExecRole ?? td.executionRoleArn) ? { executionRoleArn: oExecRole ?? td.executionRoleArn } : {}),
        ...((oTaskRole ?? td.taskRoleArn) ? { taskRoleArn: oTaskRole ?? td.taskRoleArn } : {}),
        ...(f.roleArn ? { schedulerRoleArn: f.roleArn } : {}),
        ...(network ? { network } : {}),
        logs,
        ...(Object.keys(environment).length ? { environment } : {}),
        ...(Object.keys(secrets).length ? { secrets } : {}),
        containerName: main.name,
        ...(f.deadLetterQueueArn ? { deadLetterQueueArn: f.deadLetterQueueArn } : {}),
        ...(retryPolicy ? { retryPolicy } : {}),
        ...(f.flexibleTimeWindowMinutes !== undefined ? { flexibleTimeWindowMinutes: f.flexibleTimeWindowMinutes } : {}),
        replaces: f.ref,
    };
    if (f.otherTargets > 0) {
        decide.push(`rule ${f.name} has ${f.otherTargets} other target${f.otherTargets === 1 ? '' : 's'}: the first ` +
            `deploy removes only target ${f.targetId} (the one imported); the rule stays, with its other targets`);
    }
    const base = baseTaskDefinition(td, main, modelledPlatform, decide);
    const image = main.image;
    const repository = image ? (0,reference/* parseImageReference */.o)(image)?.repository : undefined;
    return {
        job,
        ref: f.ref,
        spec,
        ...(base ? { base } : {}),
        ...(repository ? { repository } : {}),
        ...(image ? { image } : {}),
        decide,
    };
}
/** Mappings whose keys are free (defaults and jobs merge them key by key); other mappings have required keys and move whole. */
const SPLITTABLE = new Set(['environment', 'secrets', 'tags']);
/** Scalars, lists and whole settings are leaves; free mappings are walked. */
function leaves(value, path = []) {
    const splittable = path.length === 0 || SPLITTABLE.has(path[0]);
    if (splittable && value && typeof value === 'object' && !Array.isArray(value))
        return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
    return [{ path, value }];
}
function getIn(obj, path) {
    return path.reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);
}
function setIn(obj, path, value) {
    let o = obj;
    for (const k of path.slice(0, -1))
        o = (o[k] ??= {});
    o[path.at(-1)] = value;
}
/** Removes a leaf, and the mappings it leaves empty. */
function deleteIn(obj, path) {
    const parent = getIn(obj, path.slice(0, -1));
    delete parent[path.at(-1)];
    if (path.length > 1 && Object.keys(parent).length === 0)
        deleteIn(obj, path.slice(0, -1));
}
/** Keys a job keeps whatever the others say: they are what makes it this job. */
const OWN_KEYS = new Set(['description', 'schedule', 'enabled', 'command', 'replaces']);
/**
 * A setting goes into `defaults` when every job has one (so no job inherits what it did not have)
 * and one value is shared by most jobs, at least two; jobs with another value keep their own.
 */
function factorDefaults(specs) {
    const defaults = {};
    if (specs.length < 2)
        return defaults;
    const paths = new Map();
    for (const spec of specs)
        for (const { path } of leaves(spec))
            if (!OWN_KEYS.has(path[0]))
                paths.set(JSON.stringify(path), path);
    for (const path of paths.values()) {
        const values = specs.map((s) => getIn(s, path));
        if (values.some((v) => v === undefined))
            continue;
        const counts = new Map();
        for (const v of values)
            counts.set(JSON.stringify(v), (counts.get(JSON.stringify(v)) ?? 0) + 1);
        const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
        if (count < 2 || count * 2 <= specs.length)
            continue;
        setIn(defaults, path, JSON.parse(top));
        for (const spec of specs)
            if (JSON.stringify(getIn(spec, path)) === top)
                deleteIn(spec, path);
    }
    return defaults;
}
/** A comment line: one line, no control characters (a value from AWS must not end the comment). */
const commentLine = (text) => ` ${text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')}`;
function mostCommon(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
function importManifest(discovery, options) {
    const taken = new Set();
    const drafts = discovery.found.map((f) => draftJob(f, jobNameFrom(f.targetId !== undefined && discovery.found.filter((o) => o.kind === 'rule' && o.name === f.name).length > 1
        ? `${f.name}-${f.targetId}`
        : f.name.replace(/^.*\//, ''), options.project, taken), options.project));
    drafts.sort((a, b) => a.job.localeCompare(b.job));
    const repository = mostCommon(drafts.flatMap((d) => (d.repository ? [d.repository] : []))) ?? `${options.project}-batch`;
    for (const d of drafts) {
        if (d.repository !== repository)
            d.decide.push(`it ran ${d.image ?? 'an image ecs-batch cannot read'}; a manifest has one image (${repository}), which this job will run`);
        else if (d.image && !/^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//.test(d.image)) {
            d.decide.push(`it ran ${d.image}, which is not in ECR: a deploy runs the image your workflow builds and ` +
                `pushes to the ECR repository ${repository}`);
        }
        if (options.backend === 'rules' && d.spec.timezone !== 'UTC')
            d.decide.push(`it runs in time zone ${d.spec.timezone}; EventBridge rules run in UTC only: keep backend ` +
                `scheduler, or rewrite the expression in UTC`);
        // A rule's target role trusts events.amazonaws.com; EventBridge Scheduler must be able to assume the role it runs.
        if (options.backend === 'scheduler' && d.ref.startsWith('rule/') && d.spec.schedulerRoleArn)
            d.decide.push(`its role ${d.spec.schedulerRoleArn} was the rule's target role (trusted by events.amazonaws.com): EventBridge ` +
                'Scheduler must be able to assume it too; add scheduler.amazonaws.com to its trust policy, use another ' +
                'schedulerRoleArn, or import with --backend rules');
    }
    // One base file per distinct shape, named after the first job that has it.
    const baseFiles = {};
    const byShape = new Map();
    for (const d of drafts) {
        if (!d.base)
            continue;
        const shape = JSON.stringify(d.base);
        if (!byShape.has(shape)) {
            const file = `${options.baseDir}/${d.job}.json`;
            byShape.set(shape, file);
            baseFiles[file] = d.base;
        }
        const { replaces, ...rest } = d.spec;
        d.spec = { ...rest, taskDefinition: byShape.get(shape), replaces };
    }
    const defaults = factorDefaults(drafts.map((d) => d.spec));
    const document = {
        $schema: manifest_defaults/* SCHEMA_URL */.cZ,
        version: 1,
        project: options.project,
        cluster: discovery.cluster,
        ...(options.backend === 'rules' ? { backend: 'rules' } : {}),
        image: { repository },
        ...(Object.keys(defaults).length ? { defaults } : {}),
        jobs: Object.fromEntries(drafts.map((d) => [d.job, d.spec])),
    };
    return {
        document,
        yaml: manifestYaml(document, drafts, discovery),
        baseFiles,
        jobs: drafts.map(({ job, ref, decide }) => ({ job, ref, decide })),
    };
}
function manifestYaml(document, drafts, discovery) {
    const doc = new dist/* Document */.yo(document);
    doc.commentBefore = [
        ` yaml-language-server: $schema=${manifest_defaults/* SCHEMA_URL */.cZ}`,
        commentLine(`Imported by \`ecs-batch import\` from the scheduled tasks on cluster ${discovery.cluster} (${discovery.region}).`),
        " Review it in a pull request. The first deploy creates each job's own schedule, then deletes",
        ' the hand-made rule or schedule it `replaces:` (never a task definition), so no job runs twice.',
    ].join('\n');
    const jobs = doc.get('jobs', true);
    if ((0,dist/* isMap */.jh)(jobs)) {
        for (const pair of jobs.items) {
            const draft = drafts.find((d) => (0,dist/* isScalar */.jn)(pair.key) && d.job === pair.key.value);
            if (!draft || !(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const where = draft.ref.startsWith('rule/')
                ? `rule ${draft.ref.split('/')[1]}`
                : `schedule ${draft.ref.slice('schedule/'.length)}`;
            const lines = [
                commentLine(`from ${where}${draft.spec.enabled === false ? ' (disabled there: imported disabled)' : ''}`),
                ...draft.decide.map((d) => commentLine(`DECIDE: ${d}`)),
            ];
            pair.key.commentBefore = lines.join('\n');
            pair.key.spaceBefore = pair !== jobs.items[0];
        }
    }
    // Short lists of scalars on one line, as people write them: command: [php, artisan, sweep].
    (0,dist/* visit */.YR)(doc, {
        Seq(_, seq) {
            if (seq.items.every((item) => (0,dist/* isScalar */.jn)(item)))
                seq.flow = true;
        },
    });
    return (0,yaml_text/* yamlText */.p)(doc, { lineWidth: 0, flowCollectionPadding: false });
}

// EXTERNAL MODULE: ./manifest/diagnostics.ts
var diagnostics = __webpack_require__(4304);
// EXTERNAL MODULE: ./load/load.ts + 14 modules
var load = __webpack_require__(5602);
;// CONCATENATED MODULE: ./cli/import.ts
/**
 * `ecs-batch import`: read the cluster's hand-made scheduled tasks (no AWS write), write the
 * manifest and its base task definition files (never over a file that exists), then validate
 * what was written, so the summary says whether it is ready for a pull request.
 */







/** A project name from the cluster's: what `project` allows. */
function projectFromCluster(cluster) {
    return (cluster
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .replace(/-+$/, '') || 'batch');
}
async function importCommand(clients, options) {
    const manifestDir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(options.output));
    const baseDir = `${(0,external_node_path_.basename)(options.output).replace(/\.ya?ml$/, '')}.taskdefs`;
    const discovery = await discover(clients, options.cluster);
    const result = importManifest(discovery, {
        project: options.project ?? projectFromCluster(options.cluster),
        backend: options.backend,
        baseDir,
    });
    const summary = [];
    if (!result.jobs.length) {
        summary.push(`no scheduled ECS task made by hand targets cluster ${options.cluster}: nothing to import`);
        for (const s of discovery.skipped)
            summary.push(`  skipped ${s.what}: ${s.why}`);
        return { summary, written: [], ok: false };
    }
    const files = [options.output, ...Object.keys(result.baseFiles).map((f) => (0,external_node_path_.join)((0,external_node_path_.dirname)(options.output), f))];
    const existing = files.filter((f) => (0,external_node_fs_.existsSync)(f) || (0,write/* isSymlink */.wP)(f));
    if (existing.length) {
        summary.push(`not written: ${existing.join(', ')} exist${existing.length === 1 ? 's' : ''} (import never overwrites); pass another --output`);
        return { summary, written: [], ok: false };
    }
    for (const [file, body] of Object.entries(result.baseFiles))
        (0,write/* writeNewFile */.S0)((0,external_node_path_.join)(manifestDir, file), `${JSON.stringify(body, null, 2)}\n`);
    (0,write/* writeNewFile */.S0)(options.output, result.yaml);
    const rules = result.jobs.filter((j) => j.ref.startsWith('rule/')).length;
    summary.push(`imported ${result.jobs.length} job${result.jobs.length === 1 ? '' : 's'} from cluster ` +
        `${options.cluster}: ${rules} from EventBridge rules, ${result.jobs.length - rules} from Scheduler schedules`);
    const width = Math.max(...result.jobs.map((j) => j.job.length));
    for (const j of result.jobs)
        summary.push(`  ${j.job.padEnd(width)}  replaces ${j.ref}`);
    for (const s of discovery.skipped)
        summary.push(`skipped ${s.what}: ${s.why}`);
    for (const j of result.jobs)
        for (const d of j.decide)
            summary.push(`decide: job ${j.job}: ${d}`);
    summary.push(`wrote ${files.join(', ')}`);
    const loaded = (0,load.loadManifest)(options.output);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    for (const d of loaded.diagnostics)
        summary.push((0,diagnostics.formatDiagnostic)(d));
    summary.push(errors.length
        ? `validate: ${errors.length} error${errors.length === 1 ? '' : 's'} to fix before the first deploy (see above)`
        : 'validate: ok. Next: open a pull request with these files; the first deploy takes over each ' +
            "hand-made rule or schedule once the job's own exists");
    return { summary, written: files, ok: errors.length === 0 };
}


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ afterList),
/* harmony export */   My: () => (/* binding */ chainsOf),
/* harmony export */   Vi: () => (/* binding */ hasFailurePolicy),
/* harmony export */   zo: () => (/* binding */ usesStateMachine)
/* harmony export */ });
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(563);
/**
 * Job chains (`after:`) and which jobs run through a Step Functions state machine. Pure.
 * A chain starts at a job with a schedule; every other job of it follows one or more jobs of the
 * same chain. Runs go in waves: a wave starts when every job of the previous wave has succeeded
 * (jobs of one wave run in parallel), so fan-out runs in parallel and fan-in waits for all.
 */

function afterList(after) {
    return after === undefined ? [] : Array.isArray(after) ? after : [after];
}
/** Checks the graph of `after:` and groups the jobs into chains; problems name the job to fix. */
function chainsOf(jobs) {
    const problems = [];
    const byName = new Map(jobs.map((j) => [j.name, j]));
    const names = jobs.map((j) => j.name);
    for (const j of jobs) {
        for (const a of j.after) {
            if (a === j.name)
                problems.push({ job: j.name, message: `job '${j.name}' cannot run after itself` });
            else if (!byName.has(a)) {
                const near = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(a, names);
                problems.push({
                    job: j.name,
                    message: `job '${j.name}' runs after '${a}', which is not a job${near ? `; did you mean '${near}'?` : ''}`,
                });
            }
        }
    }
    // Go on with the references that name jobs, so a cycle is reported beside an unknown name.
    for (const j of jobs)
        j.after = j.after.filter((a) => a !== j.name && byName.has(a));
    // Cycles: walk each job's ancestors.
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return true;
        if (state.get(name) === 'visiting') {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            problems.push({
                job: name,
                message: `jobs run after each other in a circle: ${cycle.join(' → ')}; a chain must start at a job with a schedule`,
            });
            return false;
        }
        state.set(name, 'visiting');
        stack.push(name);
        const ok = byName.get(name).after.every(visit);
        stack.pop();
        state.set(name, 'done');
        return ok;
    };
    for (const j of jobs)
        if (!visit(j.name))
            return { chains: [], problems };
    if (problems.length)
        return { chains: [], problems };
    // Each follower belongs to exactly one chain: the root its ancestors lead to.
    const rootsOf = new Map();
    const roots = (name) => {
        const known = rootsOf.get(name);
        if (known)
            return known;
        const j = byName.get(name);
        const found = j.after.length === 0 ? new Set([name]) : new Set(j.after.flatMap((a) => [...roots(a)]));
        rootsOf.set(name, found);
        return found;
    };
    const chains = new Map();
    for (const j of jobs) {
        if (j.after.length === 0)
            continue;
        const r = [...roots(j.name)];
        if (r.length > 1) {
            problems.push({
                job: j.name,
                message: `job '${j.name}' follows jobs of different chains (started by ${r.join(' and ')}): ` +
                    `a job can follow jobs of one chain only`,
            });
            continue;
        }
        if (!byName.get(r[0]).scheduled)
            continue; // its root has no schedule: reported by the job checks
        chains.set(r[0], chains.get(r[0]) ?? { root: r[0], waves: [] });
    }
    // Waves: a job's wave is one more than the latest of the jobs it follows.
    const depth = new Map();
    const depthOf = (name) => {
        if (!depth.has(name))
            depth.set(name, Math.max(-1, ...byName.get(name).after.map(depthOf)) + 1);
        return depth.get(name);
    };
    for (const chain of chains.values()) {
        const members = jobs.filter((j) => [...roots(j.name)][0] === chain.root && (j.name === chain.root || j.after.length > 0));
        for (const m of members) {
            const d = depthOf(m.name);
            (chain.waves[d] ??= []).push(m.name);
        }
    }
    return { chains: [...chains.values()], problems };
}
/**
 * Jobs that run through a state machine: in a chain, or asking for retries, a timeout, a start timeout, a concurrency
 * policy, or a watch for missed and late runs (each run is then an execution the watch can find).
 */
function usesStateMachine(job, inChain) {
    return (inChain ||
        job.retries > 0 ||
        job.timeoutSeconds !== undefined ||
        job.startTimeoutSeconds !== undefined ||
        job.concurrency !== 'allow' ||
        job.watched === true);
}
/**
 * A failure policy beyond "retry a failed or never-started run": such a job's step tells kinds of failure apart
 * (attempts.ts); otherwise Step Functions' own Retry does.
 */
function hasFailurePolicy(job) {
    const defaultRetryOn = job.retryOn.length === 2 && job.retryOn.includes('failed') && job.retryOn.includes('not-started');
    return (job.startTimeoutSeconds !== undefined ||
        (job.retries > 0 && (!defaultRetryOn || Boolean(job.noRetryExitCodes?.length) || job.spotFallback !== undefined)));
}


/***/ }),

/***/ 9418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ resolveCluster),
/* harmony export */   S2: () => (/* binding */ observeRequest),
/* harmony export */   lB: () => (/* binding */ observe)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(218);
/* harmony import */ var _resources_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5942);
/* harmony import */ var _resources_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9710);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7702);
/** Reads the live state the planner compares against: every kind's module reads its own (reads only). */





/** The cluster's ARN; a clear error (before any write) when it does not exist. */
async function resolveCluster(clients, cluster) {
    const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__/* .DescribeClustersCommand */ ._2_({ clusters: [cluster] }));
    const found = out.clusters?.find((c) => c.status === 'ACTIVE' || c.status === undefined);
    if (!found?.clusterArn) {
        const region = await clients.region();
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .O(`ECS cluster '${cluster}' does not exist in ${region}`, 'create it, or fix `cluster` in the manifest (or the environment overlay)');
    }
    return found.clusterArn;
}
/** What to read for a desired state: its families and log groups, and what its manifest points at. */
function observeRequest(manifest, desired, options) {
    return {
        prefix: manifest.prefix,
        names: desired.taskDefinitions.map((t) => t.family),
        logGroups: desired.logGroups.map((g) => g.name),
        revisionsOfDesired: options.keepRevisions !== undefined,
        ...(options.earlierRevisions ? { earlierRevisions: options.earlierRevisions } : {}),
        ...(desired.operations.alertTopic ? { alertTopic: desired.operations.alertTopic } : {}),
        history: Boolean(manifest.history),
        replaces: manifest.jobs.flatMap((j) => j.replaces.map((ref) => ({ job: j.name, ref, ...(manifest.takeOver === 'disable' ? { disable: true } : {}) }))),
        twins: {
            clusterArn: desired.clusterArn,
            jobs: manifest.jobs.map((j) => j.name),
            repository: manifest.image.repository,
            siblings: manifest.siblingPrefixes,
            commands: Object.fromEntries(manifest.jobs.filter((j) => j.command?.length).map((j) => [j.name, j.command])),
        },
    };
}
async function observe(clients, req) {
    // Every kind is read whatever the manifest uses: after a switch of backend, what the other one
    // still holds is this manifest's to prune (or it would keep running the jobs twice).
    const parts = await Promise.all(_resources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_KINDS */ .pQ.map((kind) => kind.observe?.(clients, req) ?? Promise.resolve({})));
    const empty = {
        taskDefinitions: {},
        ownedFamilies: [],
        activeRevisions: {},
        schedules: {},
        rules: {},
        logGroups: {},
    };
    return Object.assign(empty, ...parts);
}


/***/ }),

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ renderTaskDefinition)
/* harmony export */ });
/* unused harmony export taskDefinitionTags */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2764);
/* harmony import */ var _manifest_compute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6077);




function byName(items) {
    return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}
/** The task definition tags: ownership first, then the job's own. */
function taskDefinitionTags(job, prefix) {
    const own = Object.entries(job.tags).map(([key, value]) => ({ key, value }));
    return [
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX, value: prefix },
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_TAG */ .z2, value: job.name },
        ...own.sort((a, b) => a.key.localeCompare(b.key)),
    ];
}
function renderTaskDefinition(job, ctx) {
    // Keys RegisterTaskDefinition does not take are dropped (validation says so, with the line).
    const base = Object.fromEntries(Object.entries(job.baseTaskDefinition ?? {}).filter(([k]) => _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .TASK_DEFINITION_FIELDS */ .G.has(k)));
    const baseContainers = (base.containerDefinitions ?? []);
    const baseMain = baseContainers.find((c) => c.name === job.containerName) ?? {};
    const main = {
        ...baseMain,
        name: job.containerName,
        image: ctx.image,
        essential: true,
        ...(job.command ? { command: job.command } : {}),
        environment: byName([
            ...(baseMain.environment ?? []).filter((e) => !(String(e.name) in job.environment)),
            ...Object.entries(job.environment).map(([name, value]) => ({ name, value })),
        ]),
        secrets: byName([
            ...(baseMain.secrets ?? []).filter((s) => !(String(s.name) in job.secrets)),
            ...Object.entries(job.secrets).map(([name, valueFrom]) => ({ name, valueFrom })),
        ]),
        ...(job.logs
            ? {
                logConfiguration: {
                    logDriver: 'awslogs',
                    options: {
                        'awslogs-group': job.logs.group,
                        'awslogs-region': ctx.region,
                        'awslogs-stream-prefix': job.logs.streamPrefix ?? job.name,
                    },
                },
            }
            : {}),
    };
    const containers = [main, ...baseContainers.filter((c) => c.name !== job.containerName)];
    const compatibility = job.launchType ?? ((0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .isFargate */ .rd)(job) ? 'FARGATE' : 'EC2');
    return {
        ...base,
        family: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .jobResourceName */ .ln)(ctx.prefix, job.name),
        ...(job.taskRoleArn ? { taskRoleArn: job.taskRoleArn } : {}),
        ...(job.executionRoleArn ? { executionRoleArn: job.executionRoleArn } : {}),
        networkMode: (0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .networkModeOf */ .b0)(job),
        requiresCompatibilities: [compatibility],
        ...(job.cpu !== undefined ? { cpu: String(job.cpu) } : {}),
        ...(job.memory !== undefined ? { memory: String(job.memory) } : {}),
        ...(job.architecture
            ? { runtimePlatform: { cpuArchitecture: job.architecture, operatingSystemFamily: 'LINUX' } }
            : {}),
        ...(job.ephemeralStorageGiB !== undefined ? { ephemeralStorage: { sizeInGiB: job.ephemeralStorageGiB } } : {}),
        containerDefinitions: containers,
        tags: taskDefinitionTags(job, ctx.prefix),
    };
}


/***/ }),

/***/ 5910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U5: () => (/* binding */ isSharedFamily),
/* harmony export */   cT: () => (/* binding */ familyArn),
/* harmony export */   q6: () => (/* binding */ sharedTaskDefinition),
/* harmony export */   z5: () => (/* binding */ jobOverrides)
/* harmony export */ });
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7649);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8733);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3918);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8327);





/** What the job adds to its shape at run time: its command and environment. */
function jobOverrides(job) {
    const environment = Object.entries(job.environment)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ({ name, value }));
    return {
        containerOverrides: [
            {
                name: job.containerName,
                ...(job.command ? { command: job.command } : {}),
                ...(environment.length ? { environment } : {}),
            },
        ],
    };
}
/**
 * The job's shape: its task definition without its command and environment (those become
 * overrides), without the job tag, and logging under one stream prefix (the manifest prefix unless
 * `logs.streamPrefix` says otherwise), in a family named after the shape: `<prefix>-shared-<cpu>-<memory>-<hash>`.
 * The image is not part of the name, so the family stays the same when the image rolls.
 */
function sharedTaskDefinition(job, ctx) {
    const shape = {
        ...job,
        environment: {},
        ...(job.logs ? { logs: { ...job.logs, streamPrefix: job.logs.streamPrefix ?? ctx.prefix } } : {}),
    };
    delete shape.command;
    const rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTaskDefinition */ .P9)(shape, ctx);
    const tags = (rendered.tags ?? []).filter((t) => t.key !== _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_TAG */ .z2);
    const key = (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({
        ...rendered,
        family: undefined,
        tags,
        containerDefinitions: rendered.containerDefinitions?.map((c) => ({
            ...c,
            image: c.name === job.containerName ? undefined : c.image,
        })),
    });
    const hash = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)(JSON.stringify(key), 8);
    const family = `${ctx.prefix}-shared-${rendered.cpu ?? 'x'}-${rendered.memory ?? 'x'}-${hash}`;
    return { family, input: { ...rendered, family, tags } };
}
/** A family name sharedTaskDefinition gives (its shape's), as opposed to a job's own. */
function isSharedFamily(prefix, family) {
    return (family.startsWith(`${prefix}-shared-`) && /-(?:\d+|x)-(?:\d+|x)-[0-9a-f]{8}$/.test(family.slice(prefix.length)));
}
/** A family's ARN without a revision: RunTask then starts its latest ACTIVE revision. */
function familyArn(clusterArn, region, family) {
    return (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .siblingArn */ .OS)(clusterArn, 'ecs', region, `task-definition/${family}`);
}


/***/ }),

/***/ 3612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ yamlText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6637);
/** YAML the project writes for people to commit: readable by every YAML reader the same way. */

/**
 * Characters a YAML 1.1 reader (PyYAML, libyaml-based tools) takes as line breaks (U+0085, U+2028, U+2029), and the
 * other C1 controls: never written raw. A string holding one is double-quoted, and the character escaped in it.
 */
const UNSAFE = /[\u0080-\u009f\u2028\u2029]/g;
function yamlText(doc, options = {}) {
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_key, node) {
            if (typeof node.value === 'string' && new RegExp(UNSAFE.source).test(node.value))
                node.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE;
        },
    });
    // Outside double-quoted strings only comments could hold one, and the writers fold those to spaces first.
    return doc.toString(options).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ })

};
