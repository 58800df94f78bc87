export const id = 602;
export const ids = [602,304,430];
export const modules = {

/***/ 5602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadAllEnvironments: () => (/* binding */ loadAllEnvironments),
  loadManifest: () => (/* binding */ loadManifest)
});

// UNUSED EXPORTS: DEFAULT_HISTORY_DAYS, DEFAULT_MANIFEST, DEFAULT_RETRY_DELAY_SECONDS, DEFAULT_RETRY_ON, SHARED_CONTAINER_NAME, loadManifestText

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./schedule/index.ts + 8 modules
var schedule_0 = __webpack_require__(6005);
;// CONCATENATED MODULE: ./manifest/watched.ts
/** Which jobs are watched for missed and late runs, and what a watch needs of their schedules. */

/** A watched run counts as missed when it has not started this long after its window (or half its interval). */
const MISSED_MARGIN_SECONDS = 300;
/** Why a lone job runs through a state machine, for the error that asks for its role. */
const STATE_MACHINE_REASONS = 'retries, a timeout, a start timeout, concurrency or a watch for missed and late runs';
function markWatched(jobs, ctx) {
    const { report } = ctx;
    // Missed and late runs are watched for each job with a schedule of its own that alerts (a follower's run is its
    // chain's; a disabled job expects no run).
    const watching = ctx.alerts?.on?.filter((e) => e === 'missed' || e === 'late') ?? [];
    for (const job of jobs)
        if (!job.after &&
            job.alerts &&
            job.enabled &&
            (watching.includes('missed') || (watching.includes('late') && job.deadlineSeconds !== undefined)))
            job.watched = true;
    for (const job of jobs) {
        if (!job.watched)
            continue;
        // A companion schedule fires with the job's runs only on the clock (a rate counts from the schedule's creation).
        const onClock = (0,schedule_0/* rateOnTheClock */.Ji)(job.schedule);
        if (!onClock) {
            report.error(report.sourceOf(job.name, ['schedule']), `job '${job.name}' is watched for missed or late runs, and ${job.schedule.expression} does not run on the ` +
                'clock (a rate counts from when the schedule was made): write it as cron(...), or a rate that divides an ' +
                'hour or a day', 'value');
            continue;
        }
        job.schedule = onClock;
        const interval = (0,schedule_0/* shortestIntervalSeconds */.jy)(job.schedule, job.timezone, ctx.now);
        job.startBySeconds =
            (job.flexibleTimeWindowMinutes ?? 0) * 60 + Math.min(MISSED_MARGIN_SECONDS, Math.floor(interval / 2));
        if ((job.flexibleTimeWindowMinutes ?? 0) * 60 >= interval / 2)
            report.error(report.sourceOf(job.name, ['flexibleTimeWindowMinutes']), `job '${job.name}' is watched for missed runs, and its flexible window is half the time between its runs or ` +
                'more: a late start could not be told from a missed one; shorten the window', 'value');
    }
    for (const job of jobs)
        if (job.deadlineSeconds !== undefined && !watching.includes('late'))
            report.warn(report.sourceOf(job.name, ['deadline']), `job '${job.name}' has a deadline, and nothing alerts on it: add late to alerts.on (and an alerts.snsTopicArn)`, 'key');
    if (watching.includes('late') && !jobs.some((j) => j.deadlineSeconds !== undefined))
        report.warn(['alerts', 'on'], 'alerts on late need a job with a deadline (e.g. deadline: 45m in defaults or a job): none has one', 'value');
    // The watch alerts without a history; `status` shows the runs it found missed or late only from one.
    if (watching.length && !ctx.history && jobs.some((j) => j.watched))
        report.warn(['alerts', 'on'], `alerts on ${watching.join(' and ')} work without a run history, and \`ecs-batch status\` shows missed and late ` +
            'runs only with one: add history: true', 'value');
    if (watching.length && ctx.backend === 'rules')
        report.error(['alerts', 'on'], `alerts on ${watching.join(' and ')} watch each job through a companion EventBridge Scheduler schedule: ` +
            'use backend: scheduler, or remove them', 'value');
}

// EXTERNAL MODULE: ./util/inputs.ts
var inputs = __webpack_require__(9820);
// EXTERNAL MODULE: ./manifest/chains.ts
var manifest_chains = __webpack_require__(2904);
// EXTERNAL MODULE: ./util/files.ts
var files = __webpack_require__(5974);
// EXTERNAL MODULE: ./util/suggest.ts
var suggest = __webpack_require__(563);
// EXTERNAL MODULE: ./util/write.ts
var write = __webpack_require__(1430);
;// CONCATENATED MODULE: ./load/base.ts
/** A job's base task definition file: read from the manifest's repository only, bounded, JSON, an object. */



function loadBaseTaskDefinition(spec, baseDir, fail) {
    if (!spec.taskDefinition)
        return undefined;
    const path = (0,external_node_path_.resolve)(baseDir, spec.taskDefinition);
    // A manifest may name only files of its own repository: not `../../secrets.json`, `/etc/...` or a symlink out.
    const root = (0,write/* repositoryRoot */.Hn)((0,external_node_path_.resolve)(baseDir, 'ecs-batch.yml'));
    if (!(0,write/* isInside */.FK)(path, root)) {
        fail(`base task definition ${spec.taskDefinition} is outside the repository (${root}): ` +
            'keep base files in the repository, next to the manifest or below it');
        return undefined;
    }
    let text;
    try {
        text = (0,files/* readBoundedTextFile */.EM)(path, files/* MAX_TASK_DEFINITION_BYTES */.ZK);
    }
    catch (error) {
        const problem = error instanceof files/* FileReadError */.tJ ? error : new files/* FileReadError */.tJ('UNREADABLE', 'cannot read it');
        fail(problem.code === 'ENOENT'
            ? `base task definition not found: ${spec.taskDefinition} (paths are relative to the manifest)`
            : `cannot read the base task definition ${spec.taskDefinition}: ${problem.message}`);
        return undefined;
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        // Not the parser's message: it quotes the file's text, which may hold secrets.
        const at = (0,files/* jsonErrorPosition */.OG)(text, error);
        fail(`base task definition ${spec.taskDefinition} is not valid JSON (at ${spec.taskDefinition}:${at.line}:${at.column})`);
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        fail(`base task definition ${spec.taskDefinition} must be a JSON object (a RegisterTaskDefinition request)`);
        return undefined;
    }
    return parsed;
}

// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./manifest/compute.ts
var compute = __webpack_require__(6077);
;// CONCATENATED MODULE: ./manifest/checks/compute.ts
/** Where and how a job runs: launch type, size, network, the base task definition, the target it rides in. */



const EPHEMERAL_STORAGE_GIB = { min: 21, max: 200 };
function checkCompute(name, job, ctx) {
    const { report } = ctx;
    const at = (key) => report.sourceOf(name, [key]);
    if (job.launchType && job.capacityProviderStrategy) {
        report.error(at('capacityProviderStrategy'), `set either launchType or capacityProviderStrategy, not both (ECS refuses RunTask with both)`, 'key');
    }
    const launchType = job.launchType ?? (job.capacityProviderStrategy ? undefined : 'FARGATE');
    const fargate = launchType === 'FARGATE' ||
        (job.capacityProviderStrategy ?? []).some((p) => /^FARGATE(_SPOT)?$/.test(p.capacityProvider));
    if (fargate) {
        if (job.cpu === undefined || job.memory === undefined) {
            report.error(at(job.cpu === undefined ? 'cpu' : 'memory'), `Fargate tasks need both cpu and memory; set defaults.cpu and defaults.memory (e.g. 256 and 512)`, 'key');
        }
        else {
            const allowed = limits/* FARGATE_SIZES */.qi.get(job.cpu);
            if (!allowed) {
                const cpus = [...limits/* FARGATE_SIZES */.qi.keys()];
                const near = cpus.reduce((a, b) => (Math.abs(b - job.cpu) < Math.abs(a - job.cpu) ? b : a));
                report.error(at('cpu'), `cpu ${job.cpu} is not a Fargate size; use one of ${cpus.join(', ')} (nearest: ${near})`, 'value');
            }
            else if (!allowed.includes(job.memory)) {
                report.error(at('memory'), `memory ${job.memory} does not fit Fargate cpu ${job.cpu}; allowed: ${(0,limits/* fargateMemoryText */.vD)(job.cpu)} MiB`, 'value');
            }
        }
        if (!job.network) {
            report.error(at('network'), `Fargate tasks use awsvpc networking: set defaults.network.subnets (and securityGroups)`, 'key');
        }
        if (!job.executionRoleArn) {
            report.error(at('executionRoleArn'), `Fargate tasks need an executionRoleArn to pull the image from ECR and write logs`, 'key');
        }
        if (job.ephemeralStorageGiB !== undefined &&
            (job.ephemeralStorageGiB < EPHEMERAL_STORAGE_GIB.min || job.ephemeralStorageGiB > EPHEMERAL_STORAGE_GIB.max)) {
            report.error(at('ephemeralStorageGiB'), `ephemeralStorageGiB must be ${EPHEMERAL_STORAGE_GIB.min}-${EPHEMERAL_STORAGE_GIB.max}`, 'value');
        }
    }
    else if (job.memory === undefined) {
        report.error(at('memory'), `set memory (MiB) for ${launchType ?? 'capacity provider'} tasks: ECS needs a memory limit for the container`, 'key');
    }
    if (!fargate && job.ephemeralStorageGiB !== undefined) {
        report.error(at('ephemeralStorageGiB'), `ephemeralStorageGiB applies to Fargate tasks only`, 'key');
    }
}
/**
 * Networking and placement, once the base task definition is read (its networkMode counts):
 * awsvpc needs subnets, Fargate needs awsvpc and takes no placement, platformVersion is Fargate's.
 */
function checkNetworking(job, report) {
    const at = (...key) => report.sourceOf(job.name, key);
    const fargate = (0,compute/* isFargate */.rd)(job);
    const mode = (0,compute/* networkModeOf */.b0)(job);
    const from = job.networkMode
        ? ''
        : job.baseTaskDefinition?.networkMode === mode && !fargate && !job.network
            ? ' (from the base task definition)'
            : '';
    if (fargate && mode !== 'awsvpc') {
        report.error(at('networkMode'), `Fargate tasks need networkMode awsvpc, not ${mode}; remove networkMode (or use an EC2 launch type or capacity provider for ${mode})`, 'value');
    }
    else if (mode === 'awsvpc' && !job.network && !fargate) {
        report.error(at(job.networkMode ? 'networkMode' : 'taskDefinition'), `networkMode awsvpc${from} needs network: set defaults.network.subnets (and securityGroups); ` +
            `each task gets its own network interface in them`, 'key');
    }
    else if (mode !== 'awsvpc' && job.network) {
        report.error(at('network'), `network (subnets, security groups) applies to awsvpc only, and networkMode is ${mode}: remove network, or set networkMode: awsvpc`, 'key');
    }
    if (job.platformVersion !== undefined && !fargate) {
        report.error(at('platformVersion'), `platformVersion applies to Fargate only; remove it for ${job.launchType ?? 'capacity provider'} tasks`, 'key');
    }
    if (fargate && (job.placementConstraints?.length || job.placementStrategy?.length)) {
        report.error(at(job.placementStrategy?.length ? 'placementStrategy' : 'placementConstraints'), `Fargate places tasks itself: placementConstraints and placementStrategy apply to EC2 tasks only`, 'key');
    }
    for (const [i, c] of (job.placementConstraints ?? []).entries()) {
        if (c.type === 'memberOf' && !c.expression)
            report.error(at('placementConstraints', String(i)), `a memberOf constraint needs an expression, e.g. attribute:ecs.availability-zone in [ap-northeast-1a, ap-northeast-1c]`, 'value');
        if (c.type === 'distinctInstance' && c.expression)
            report.error(at('placementConstraints', String(i), 'expression'), `distinctInstance takes no expression`, 'key');
    }
    for (const [i, p] of (job.placementStrategy ?? []).entries()) {
        if (p.type === 'random' && p.field)
            report.error(at('placementStrategy', String(i), 'field'), `random takes no field`, 'key');
        if (p.type === 'binpack' && p.field !== 'cpu' && p.field !== 'memory')
            report.error(at('placementStrategy', String(i)), `binpack needs field: cpu or field: memory`, 'value');
        if (p.type === 'spread' && !p.field)
            report.error(at('placementStrategy', String(i)), `spread needs a field: instanceId, or attribute:ecs.availability-zone`, 'value');
    }
}
/**
 * With shared task definitions each schedule carries its job's command and environment in the
 * target's Input, which AWS caps at TARGET_INPUT_MAX characters: said at the job's line, before a deploy fails.
 */
function checkTargetInputs(jobs, inputOf, report) {
    for (const job of jobs) {
        const length = inputOf(job).length;
        if (length <= limits/* TARGET_INPUT_MAX */.oO)
            continue;
        report.error(report.sourceOf(job.name, job.command ? ['command'] : ['environment']), `job '${job.name}': its schedule's target Input would be about ${length} characters (with ` +
            `taskDefinitions: shared, its command and environment ride in it); AWS allows ${limits/* TARGET_INPUT_MAX */.oO}. ` +
            'Shorten them, move values into the image or a base task definition, or use taskDefinitions: per-job', 'key');
    }
}
/** What the manifest replaces in a base task definition, and what it drops, is said (not silently lost). */
function checkBaseTaskDefinition(job, file, rendered, report) {
    const base = job.baseTaskDefinition;
    if (!base)
        return;
    const path = report.sourceOf(job.name, ['taskDefinition']);
    const dropped = (0,compute/* foreignTaskDefinitionKeys */.To)(base);
    if (dropped.length) {
        report.warn(path, `base task definition ${file}: ${dropped.join(', ')} ` +
            `${dropped.length === 1 ? 'is not a task definition field' : 'are not task definition fields'} and ` +
            `${dropped.length === 1 ? 'is' : 'are'} ignored` +
            (dropped.some((k) => /^placement|networkConfiguration|launchType|capacityProviderStrategy/.test(k))
                ? ' (placement, network and launch settings belong in the manifest: placementStrategy, network, launchType...)'
                : ''), 'value');
    }
    const replaced = [
        'family',
        'networkMode',
        'requiresCompatibilities',
        'cpu',
        'memory',
        'taskRoleArn',
        'executionRoleArn',
        'runtimePlatform',
        'ephemeralStorage',
    ].filter((k) => k in base &&
        JSON.stringify(base[k]) !== JSON.stringify(rendered[k]) &&
        !(k === 'cpu' || k === 'memory' ? String(base[k]) === String(rendered[k]) : false));
    if (replaced.length) {
        report.warn(path, `base task definition ${file}: the manifest's ${replaced.join(', ')} replace${replaced.length === 1 ? 's' : ''} ` +
            `the file's (${replaced.map((k) => `${k} ${JSON.stringify(rendered[k] ?? null)}`).join(', ')})`, 'value');
    }
}

;// CONCATENATED MODULE: ./manifest/checks/context.ts
function matches(rule, value) {
    return value.length >= 1 && value.length <= rule.max && rule.pattern.test(value);
}

// EXTERNAL MODULE: ./util/secrets.ts
var util_secrets = __webpack_require__(4564);
;// CONCATENATED MODULE: ./manifest/checks/environment.ts
/** Environment and secrets: secret-looking plain values, secret references. */



const SECRET_REFERENCE = /^(arn:aws[a-z-]*:(ssm|secretsmanager):[a-z0-9-]+:\d{12}:.+|[A-Za-z0-9_.\-/]+)$/;
/** The two ARN shapes ECS reads secrets from (a Secrets Manager ARN may add :json-key:version-stage:version-id). */
const SSM_PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/[A-Za-z0-9_.\-/]+$/;
const SECRETS_MANAGER_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+(?::[^:]*){0,3}$/;
function checkEnvironment(name, job, ctx) {
    const { report } = ctx;
    const secrets = job.secrets ?? {};
    for (const key of [...Object.keys(job.environment ?? {}), ...Object.keys(secrets)])
        if (key.startsWith(names/* RESERVED_VARIABLE_PREFIX */.lr))
            report.error(report.sourceOf(name, [key in secrets ? 'secrets' : 'environment', key]), `${key}: names starting ${names/* RESERVED_VARIABLE_PREFIX */.lr} are ecs-batch's (every run gets ${names/* SCHEDULED_TIME_VARIABLE */.D9}, ` +
                'the time its schedule was due); rename it', 'key');
    for (const [key, value] of Object.entries(job.environment ?? {})) {
        if (key in secrets) {
            report.error(report.sourceOf(name, ['environment', key]), `${key} is set in both environment and secrets; keep one`, 'key');
        }
        else if ((0,util_secrets/* isSecretName */.eh)(key) && String(value) !== '') {
            report.warn(report.sourceOf(name, ['environment', key]), `${key} looks secret but is a plain value in environment (visible in the task definition); ` +
                `move it to secrets: { ${key}: arn:aws:ssm:region:account:parameter/name }`, 'key');
        }
        else if ((0,util_secrets/* looksSecretValue */.Wg)(String(value))) {
            report.warn(report.sourceOf(name, ['environment', key]), `the value of ${key} looks like a secret (a token, a key or a password in a URL) but is a ` +
                `plain value in environment (visible in the task definition and to anyone who can read it); move it ` +
                `to secrets: { ${key}: arn:aws:ssm:region:account:parameter/name }`, 'value');
        }
    }
    if (Object.keys(secrets).length && !job.executionRoleArn) {
        report.error(report.sourceOf(name, ['secrets']), `secrets need an executionRoleArn: ECS reads them with the task execution role before the ` +
            `container starts; set defaults.executionRoleArn (a role with ssm:GetParameters / secretsmanager:GetSecretValue on them)`, 'key');
    }
    for (const [key, value] of Object.entries(secrets)) {
        if (SECRET_REFERENCE.test(value) &&
            value.startsWith('arn:') &&
            !SSM_PARAMETER_ARN.test(value) &&
            !SECRETS_MANAGER_ARN.test(value)) {
            report.error(report.sourceOf(name, ['secrets', key]), `secret ${key} '${value}' is neither an SSM parameter ARN (arn:aws:ssm:<region>:<account>:parameter/<name>) ` +
                'nor a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>' +
                '[:<json-key>:<version-stage>:<version-id>]); ECS could not read it', 'value');
        }
        else if (!SECRET_REFERENCE.test(value)) {
            report.error(report.sourceOf(name, ['secrets', key]), `secret ${key} must reference an SSM parameter or Secrets Manager secret (an ARN, or a parameter name), not a literal value`, 'value');
        }
    }
}
const ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;
/**
 * An environment inherits what it does not set: a staging job may still run with production's secrets or roles. Warn
 * when a job's ARNs name more than one account, or (in an environment) a secret path names another environment.
 */
function checkEnvironmentBoundaries(name, job, ctx) {
    const { report } = ctx;
    const arns = [
        ...['executionRoleArn', 'taskRoleArn', 'schedulerRoleArn', 'stateMachineRoleArn'].flatMap((key) => typeof job[key] === 'string' ? [[[key], job[key]]] : []),
        ...Object.entries(job.secrets ?? {}).map(([key, value]) => [['secrets', key], value]),
    ];
    const accounts = new Map();
    for (const [path, arn] of arns) {
        const account = ACCOUNT.exec(arn)?.[1];
        if (account)
            accounts.set(account, [...(accounts.get(account) ?? []), path.join('.')]);
    }
    if (accounts.size > 1) {
        const [first] = arns;
        const list = [...accounts].map(([account, keys]) => `${account} (${keys.join(', ')})`).join(' and ');
        report.warn(report.sourceOf(name, first[0]), `job '${name}'${ctx.environment ? ` in environment ${ctx.environment}` : ''} uses ARNs of more than one ` +
            `account: ${list}; an environment inherits what it does not set (check with validate --show-resolved)`, 'value');
    }
    if (!ctx.environment)
        return;
    for (const [key, value] of Object.entries(job.secrets ?? {})) {
        const segments = value.split(/[/:]/);
        const other = ctx.otherEnvironments?.find((e) => segments.includes(e));
        if (other)
            report.warn(report.sourceOf(name, ['secrets', key]), `secret ${key} of job '${name}' in environment ${ctx.environment} reads ${other}'s path (${value}): set it ` +
                `in environments.${ctx.environment}, or it runs with ${other}'s secret`, 'value');
    }
}

;// CONCATENATED MODULE: ./manifest/checks/logs.ts
/** Logs: the log group, its retention, and groups several jobs share. */


function checkLogs(name, job, ctx) {
    const { report } = ctx;
    if (!job.logs) {
        report.error(report.sourceOf(name, ['logs']), `no log group: set defaults.logs.group (a missing awslogs group stops the container from starting)`, 'key');
        return;
    }
    if (!matches(limits/* LOG_GROUP_NAME */.jz, job.logs.group)) {
        report.error(report.sourceOf(name, ['logs', 'group']), `log group '${job.logs.group}' may contain only letters, digits and . - _ / # (at most ${limits/* LOG_GROUP_NAME */.jz.max})`, 'value');
    }
    const retention = job.logs.retentionDays;
    if (retention !== undefined && !limits/* LOG_RETENTION_DAYS */.yv.includes(retention)) {
        const near = limits/* LOG_RETENTION_DAYS */.yv.reduce((a, b) => (Math.abs(b - retention) < Math.abs(a - retention) ? b : a));
        report.error(report.sourceOf(name, ['logs', 'retentionDays']), `retentionDays ${retention} is not a value CloudWatch Logs accepts (nearest: ${near}; allowed: ${limits/* LOG_RETENTION_DAYS */.yv.join(', ')})`, 'value');
    }
}
/** Jobs sharing a log group must agree on its retention: a log group has only one. */
function checkSharedLogGroups(jobs, report) {
    const first = new Map();
    for (const job of jobs) {
        const days = job.logs?.retentionDays;
        if (!job.logs || days === undefined)
            continue;
        const seen = first.get(job.logs.group);
        if (!seen)
            first.set(job.logs.group, { job: job.name, days });
        else if (seen.days !== days) {
            report.error(report.sourceOf(job.name, ['logs', 'retentionDays']), `log group ${job.logs.group} gets retentionDays ${days} here but ${seen.days} for job ` +
                `'${seen.job}'; a log group has one retention: make them agree`, 'value');
        }
    }
}

;// CONCATENATED MODULE: ./manifest/checks/operations.ts
/** Delivery (retries, dead-letter queue, flexible window) and the operating half (alerts, history). */




function checkDelivery(name, job, ctx) {
    const { report } = ctx;
    const retry = job.retryPolicy;
    if (retry?.maximumRetryAttempts !== undefined &&
        (retry.maximumRetryAttempts < limits/* RETRY_ATTEMPTS */.Km.min || retry.maximumRetryAttempts > limits/* RETRY_ATTEMPTS */.Km.max)) {
        report.error(report.sourceOf(name, ['retryPolicy', 'maximumRetryAttempts']), `maximumRetryAttempts must be ${limits/* RETRY_ATTEMPTS */.Km.min}-${limits/* RETRY_ATTEMPTS */.Km.max}`, 'value');
    }
    if (retry?.maximumEventAgeInSeconds !== undefined &&
        (retry.maximumEventAgeInSeconds < limits/* RETRY_EVENT_AGE_SECONDS */.m.min ||
            retry.maximumEventAgeInSeconds > limits/* RETRY_EVENT_AGE_SECONDS */.m.max)) {
        report.error(report.sourceOf(name, ['retryPolicy', 'maximumEventAgeInSeconds']), `maximumEventAgeInSeconds must be ${limits/* RETRY_EVENT_AGE_SECONDS */.m.min}-${limits/* RETRY_EVENT_AGE_SECONDS */.m.max}`, 'value');
    }
    const window = job.flexibleTimeWindowMinutes;
    if (window !== undefined && window !== 0) {
        const path = report.sourceOf(name, ['flexibleTimeWindowMinutes']);
        if (ctx.backend === 'rules') {
            report.error(path, `flexibleTimeWindowMinutes needs backend: scheduler; EventBridge rules have no flexible window`, 'key');
        }
        else if (window < limits/* FLEXIBLE_WINDOW_MINUTES */.$t.min || window > limits/* FLEXIBLE_WINDOW_MINUTES */.$t.max) {
            report.error(path, `flexibleTimeWindowMinutes must be 0 (off) or ${limits/* FLEXIBLE_WINDOW_MINUTES */.$t.min}-${limits/* FLEXIBLE_WINDOW_MINUTES */.$t.max}`, 'value');
        }
    }
}
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
/** `alerts` and `history`: a topic ARN that is a topic ARN, retention AWS accepts, what each backend can do. */
function checkOperations(doc, { backend, prefix }, at, report) {
    // The alert and history rules are named `<prefix>-ecs-batch-<what>`: the longest must fit EventBridge's limit before
    // a deploy writes anything.
    const notStarted = !doc.alerts?.on || doc.alerts.on.includes('not-started');
    const rules = [
        ...(doc.alerts ? [['alerts', notStarted ? 'alerts-not-started' : 'alerts-failed']] : []),
        ...(doc.history ? [['history', 'history-skips']] : []),
    ];
    for (const [key, what] of rules) {
        const name = (0,names/* operationsResourceName */.ol)(prefix, what);
        if (name.length > limits/* RULE_NAME */.XY.max)
            report.error(at([key]), `the ${key} rule name '${name}' would be ${name.length} characters; EventBridge allows ${limits/* RULE_NAME */.XY.max}. ` +
                `Shorten the project (or environment) name by ${name.length - limits/* RULE_NAME */.XY.max}`, 'key');
    }
    if (doc.alerts) {
        const arn = doc.alerts.snsTopicArn;
        if (!SNS_TOPIC_ARN.test(arn)) {
            const hint = /\.fifo$/.test(arn)
                ? ' (a FIFO topic cannot take EventBridge and alarm notifications here; use a standard topic)'
                : '';
            report.error(at(['alerts', 'snsTopicArn']), `alerts.snsTopicArn '${arn}' is not an SNS topic ARN: arn:aws:sns:<region>:<account>:<topic>${hint}`, 'value');
        }
        if (backend === 'rules' && doc.alerts.on?.includes('schedule-errors')) {
            report.warn(at(['alerts', 'on']), `schedule-errors alerts come from EventBridge Scheduler's metrics; with backend: rules, give ` +
                `jobs a deadLetterQueueArn to catch invocations that fail`, 'value');
        }
    }
    const days = typeof doc.history === 'object' ? doc.history.retentionDays : undefined;
    if (days !== undefined && !limits/* LOG_RETENTION_DAYS */.yv.includes(days)) {
        report.error(at(['history', 'retentionDays']), `history.retentionDays ${days} is not a value CloudWatch Logs accepts (allowed: ${limits/* LOG_RETENTION_DAYS */.yv.join(', ')})`, 'value');
    }
}
const RUNNER_LIMITS = {
    retries: { min: 0, max: 10 },
    timeoutSeconds: { min: 10, max: 7 * 86400 },
    retryDelaySeconds: { min: 1, max: 86400 },
    startTimeoutSeconds: { min: 60, max: 3600 },
    deadlineSeconds: { min: 60, max: 7 * 86400 },
};
/** retries, retryDelay, timeout: in range, in words a person writes. */
function checkRunner(name, job, ctx) {
    const { report } = ctx;
    if (job.retries !== undefined &&
        (job.retries < RUNNER_LIMITS.retries.min || job.retries > RUNNER_LIMITS.retries.max)) {
        report.error(report.sourceOf(name, ['retries']), `retries must be ${RUNNER_LIMITS.retries.min}-${RUNNER_LIMITS.retries.max}, not ${job.retries}`, 'value');
    }
    for (const [key, limits] of [
        ['timeout', RUNNER_LIMITS.timeoutSeconds],
        ['retryDelay', RUNNER_LIMITS.retryDelaySeconds],
        ['startTimeout', RUNNER_LIMITS.startTimeoutSeconds],
        ['deadline', RUNNER_LIMITS.deadlineSeconds],
    ]) {
        const text = job[key];
        if (text === undefined)
            continue;
        const seconds = (0,inputs/* durationSeconds */.o8)(text);
        if (seconds === undefined)
            report.error(report.sourceOf(name, [key]), `${key} '${text}' is not a duration: write 30s, 10m, 2h or 1h30m`, 'value');
        else if (seconds < limits.min || seconds > limits.max)
            report.error(report.sourceOf(name, [key]), `${key} ${text} is out of range: ${span(limits.min)} to ${span(limits.max)}`, 'value');
    }
    checkFailurePolicy(name, job, ctx);
}
const span = (seconds) => seconds < 60 ? `${seconds}s` : seconds < 3600 ? `${seconds / 60}m` : `${seconds / 3600}h`;
/** retryOn, noRetryExitCodes, spotFallback: what they need to mean something. */
function checkFailurePolicy(name, job, { report }) {
    const retries = job.retries ?? 0;
    for (const key of ['retryOn', 'noRetryExitCodes', 'spotFallback'])
        if (job[key] !== undefined && retries === 0 && !(key === 'noRetryExitCodes' && !job[key].length))
            report.warn(report.sourceOf(name, [key]), `${key} decides what a retry runs again, and job '${name}' has no retries: set retries (1-10), or remove ${key}`, 'key');
    (job.noRetryExitCodes ?? []).forEach((code, index) => {
        if (code < 1 || code > 255)
            report.error([...report.sourceOf(name, ['noRetryExitCodes']), String(index)], `noRetryExitCodes: ${code} is not an exit code a failed container has (1-255)`, 'value');
    });
    if (job.spotFallback !== undefined) {
        const strategy = job.capacityProviderStrategy ?? [];
        if (!strategy.some((p) => /spot/i.test(p.capacityProvider)))
            report.error(report.sourceOf(name, ['spotFallback']), `spotFallback runs a retry elsewhere after a Spot interruption, and job '${name}' does not run on Spot: ` +
                'give it a capacityProviderStrategy with FARGATE_SPOT (or a Spot capacity provider), or remove spotFallback', 'value');
        else if (strategy.some((p) => p.capacityProvider === job.spotFallback))
            report.error(report.sourceOf(name, ['spotFallback']), `spotFallback ${job.spotFallback} is already in job '${name}'s capacityProviderStrategy: name the ` +
                'capacity provider a retry should move to (e.g. FARGATE)', 'value');
    }
}

;// CONCATENATED MODULE: ./manifest/checks/schedule.ts
/** Schedules: the expression, the time zone, whether it ever runs, and jobs that start at once. */






/** Jobs starting in the same minute before the validator suggests staggering them. */
const SAME_MINUTE_WARNING_THRESHOLD = 10;
function checkSchedule(name, job, ctx) {
    const { report } = ctx;
    // Where the schedule is written: looked up only for a diagnostic.
    const path = () => report.sourceOf(name, ['schedule']);
    checkRunner(name, job, ctx);
    if (job.after !== undefined) {
        if (job.schedule !== undefined)
            report.error(path(), `job '${name}' runs after ${(0,manifest_chains/* afterList */.$p)(job.after).join(', ')}: it has no schedule of its own; ` +
                `remove schedule (the chain starts at the job with a schedule)`, 'key');
        return undefined;
    }
    if (job.schedule === undefined) {
        report.error(['jobs', name], `job '${name}' has no schedule: add schedule: (cron(...), rate(...), or a quoted unix cron ` +
            `line), or after: <job> to run it when another job succeeds`, 'key');
        return undefined;
    }
    let schedule;
    try {
        schedule = (0,schedule_0/* parseSchedule */.nP)(job.schedule);
    }
    catch (error) {
        if (!(error instanceof schedule_0/* ScheduleSyntaxError */.VH))
            throw error;
        report.error(path(), `schedule '${job.schedule}': ${error.message}`, { index: error.offset });
        return undefined;
    }
    const timezone = job.timezone && (0,schedule_0/* isValidTimeZone */.Aq)(job.timezone) ? job.timezone : 'UTC';
    if (schedule.kind === 'at') {
        if (ctx.backend === 'rules') {
            report.error(path(), `at(...) one-time schedules need backend: scheduler; EventBridge rules accept only cron(...) and rate(...)`, 'value');
        }
        else if ((0,schedule_0/* nextRuns */.Oz)(schedule, timezone, ctx.now, 1).runs.length === 0) {
            report.warn(path(), `${schedule.expression} is not after now (${(0,schedule_0/* formatInZone */.FL)(ctx.now, timezone)}) or does not exist in ${timezone}: it will never run`, 'value');
        }
    }
    // Every month of every year: each valid day-of-month (up to 31) and weekday (up to its 5th) comes
    // round, so the expression runs, and again after now; only other expressions are evaluated.
    const runsEveryYear = schedule.kind === 'cron' && schedule.fields.month === '*' && schedule.fields.year === '*';
    if (schedule.kind === 'cron' && !runsEveryYear) {
        if (!(0,schedule_0/* cronCanRun */.EM)(schedule.fields)) {
            report.error(path(), `${schedule.expression} never matches a real date (e.g. day 30 in February); it would never run`, 'value');
            return undefined;
        }
        if ((0,schedule_0/* nextRuns */.Oz)(schedule, timezone, ctx.now, 1).runs.length === 0) {
            report.warn(path(), `${schedule.expression} has no run after ${(0,schedule_0/* formatInZone */.FL)(ctx.now, timezone)}: its years are in the past`, 'value');
        }
    }
    checkDstSkips(schedule, timezone, ctx, path);
    checkDeadline(name, job, schedule, timezone, ctx);
    if (schedule.kind === 'rate' && schedule.unit === 'minute' && schedule.value < 1) {
        report.error(path(), 'nothing can run more often than once a minute', 'value');
    }
    return schedule;
}
/**
 * A deadline is judged before the next run starts (a run late past the next is a different problem, and the watch
 * would take the next run for this one), and after the flexible window (a run may start that late).
 */
function checkDeadline(name, job, schedule, timezone, ctx) {
    const seconds = job.deadline === undefined ? undefined : (0,inputs/* durationSeconds */.o8)(job.deadline);
    if (seconds === undefined)
        return;
    const at = () => ctx.report.sourceOf(name, ['deadline']);
    const window = (job.flexibleTimeWindowMinutes ?? 0) * 60;
    if (seconds <= window) {
        ctx.report.error(at(), `deadline ${job.deadline} is within job '${name}'s flexible window (${job.flexibleTimeWindowMinutes}m): ` +
            'a run may start that late; give it a deadline past the window', 'value');
        return;
    }
    const gap = (0,schedule_0/* shortestIntervalSeconds */.jy)(schedule, timezone, ctx.now) * 1000;
    if (gap !== Infinity && seconds * 1000 >= gap)
        ctx.report.error(at(), `deadline ${job.deadline} is not shorter than the time between job '${name}'s runs ` +
            `(${Math.round(gap / 60_000)} minutes at the shortest): a run must be judged before the next one starts; ` +
            'shorten the deadline', 'value');
}
/** A year ahead: every DST change of the zone comes round once. */
const DST_LOOKAHEAD_MS = 366 * 24 * 3600 * 1000;
/**
 * A job at a set time that DST skips: Scheduler runs no run whose local time does not exist (the clock jumps over it)
 * and runs a repeated local time once, so only the jump loses a run. Frequent jobs (every minute of an hour, or
 * every hour) lose runs by the nature of the jump, and say nothing.
 */
function checkDstSkips(schedule, timezone, ctx, path) {
    if (schedule.kind !== 'cron')
        return;
    const { minutes, hours } = schedule.fields;
    if (hours.startsWith('*') || minutes.startsWith('*') || minutes.includes('/'))
        return;
    const skips = (0,schedule_0/* dstSkips */.Q5)(schedule, timezone, ctx.now, ctx.now + DST_LOOKAHEAD_MS);
    if (!skips.length)
        return;
    const [first] = skips;
    const jumps = skips.length > 1 ? ` (and ${skips.length - 1} more time(s) in the next year)` : '';
    ctx.report.warn(path(), `${schedule.expression} in ${timezone}: ${first.wall} does not exist (that night the clock goes from ` +
        `${first.jump[0]} to ${first.jump[1]} for daylight saving time), so EventBridge Scheduler skips that run` +
        `${jumps}; move the job out of the hour the clock skips, or use UTC, if it must run every time`, 'value');
}
/** Warnings that look across jobs: bursts of jobs in one minute, and the rules-per-bus quota. */
function checkAcrossJobs(jobs, ctx) {
    if (ctx.backend === 'rules' && jobs.length > limits/* RULES_PER_BUS_DEFAULT */.zm) {
        ctx.report.warn(['jobs'], `${jobs.length} jobs need ${jobs.length} rules; the default EventBridge quota is ${limits/* RULES_PER_BUS_DEFAULT */.zm} ` +
            `rules per event bus (raise it, or use backend: scheduler)`, 'key');
    }
    const byMinute = new Map();
    for (const job of jobs) {
        if (!job.enabled || job.schedule.kind !== 'cron' || !(0,schedule_0/* isValidTimeZone */.Aq)(job.timezone))
            continue;
        const first = (0,schedule_0/* nextRuns */.Oz)(job.schedule, job.timezone, ctx.now, 1).runs[0];
        if (first === undefined)
            continue;
        const names = byMinute.get(first) ?? [];
        names.push(job.name);
        byMinute.set(first, names);
    }
    for (const [minute, names] of [...byMinute].sort((a, b) => a[0] - b[0])) {
        if (names.length < SAME_MINUTE_WARNING_THRESHOLD)
            continue;
        const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
        ctx.report.warn(['jobs'], `${names.length} jobs start in the same minute (${(0,schedule_0/* formatInZone */.FL)(minute, 'UTC')}: ${shown}); ` +
            `stagger their minutes to avoid a burst of RunTask calls and task launches`, 'key');
    }
}

;// CONCATENATED MODULE: ./manifest/checks/job.ts
/** A job as a whole (its name, what it runs, each topic in turn) and names across the manifest. */










/** Validates one job (defaults already applied). Returns the parsed schedule when it is valid. */
function checkJob(name, job, ctx) {
    const { report } = ctx;
    const at = (key, ...rest) => report.sourceOf(name, [key, ...rest]);
    checkJobName(name, job, ctx);
    const schedule = checkSchedule(name, job, ctx);
    const timezone = job.timezone ?? 'UTC';
    if (job.timezone !== undefined && !(0,schedule_0/* isValidTimeZone */.Aq)(timezone)) {
        const meant = (0,schedule_0/* zoneForAbbreviation */.QO)(timezone.toUpperCase());
        const city = (0,schedule_0/* zoneForLegacyName */.iL)(timezone.toUpperCase());
        if (city) {
            report.error(at('timezone'), `timezone '${timezone}' is a legacy zone (a fixed offset, or rules named after an abbreviation), so the ` +
                `job would not follow the local clock: use '${city}' (or another IANA city name, or UTC)`, 'value');
        }
        else if (meant) {
            report.error(at('timezone'), `timezone '${timezone}' is an abbreviation, not a time zone database name (AWS refuses it): ` +
                `use '${meant}' (or another IANA name such as UTC)`, 'value');
        }
        else {
            const hint = (0,suggest/* didYouMean */.au)(timezone, (0,schedule_0/* timeZoneNames */.Gx)()) || '; use an IANA name such as Asia/Tokyo or UTC';
            report.error(at('timezone'), `unknown time zone '${timezone}'${hint}`, 'value');
        }
    }
    else if (ctx.backend === 'rules' && timezone !== 'UTC') {
        report.error(at('timezone'), `timezone '${timezone}': EventBridge rules run in UTC only; set backend: scheduler (EventBridge ` +
            `Scheduler supports time zones), or remove timezone and write the times in UTC`, 'value');
    }
    checkCompute(name, job, ctx);
    if (!job.schedulerRoleArn) {
        report.error(at('schedulerRoleArn'), `no schedulerRoleArn: ${ctx.backend === 'rules' ? 'EventBridge' : 'EventBridge Scheduler'} ` +
            `needs a role that may call ecs:RunTask and iam:PassRole; set defaults.schedulerRoleArn`, 'key');
    }
    checkLogs(name, job, ctx);
    checkDelivery(name, job, ctx);
    checkEnvironment(name, job, ctx);
    checkEnvironmentBoundaries(name, job, ctx);
    if (job.description !== undefined && job.description.length > limits/* RULE_DESCRIPTION_MAX */.TE) {
        report.error(at('description'), `description is ${job.description.length} characters; AWS allows at most ${limits/* RULE_DESCRIPTION_MAX */.TE}`, 'value');
    }
    if (job.command !== undefined && job.command.length === 0) {
        report.error(at('command'), `command is empty; remove it to use the image's CMD, or list the command and its arguments`, 'value');
    }
    const containerName = job.containerName ?? name;
    if (job.containerName !== undefined && !matches(limits/* CONTAINER_NAME */.Cz, containerName)) {
        report.error(at('containerName'), `containerName '${containerName}' may only contain letters, digits, - and _ (at most ${limits/* CONTAINER_NAME */.Cz.max})`, 'value');
    }
    for (const [key, value] of Object.entries(job.tags ?? {})) {
        if (key.startsWith(names/* RESERVED_TAG_PREFIX */.zM)) {
            report.error(at('tags', key), `tag '${key}' is reserved: ecs-batch sets ${names/* RESERVED_TAG_PREFIX */.zM}* tags itself to track what it owns`, 'key');
        }
        else if (key.length > limits/* TAG_KEY_MAX */.mV || value.length > limits/* TAG_VALUE_MAX */.uM) {
            report.error(at('tags', key), `tag '${key}' is too long (keys up to ${limits/* TAG_KEY_MAX */.mV}, values up to ${limits/* TAG_VALUE_MAX */.uM} characters)`, 'key');
        }
    }
    return schedule;
}
function checkJobName(name, job, ctx) {
    if (name.startsWith(names/* RESERVED_JOB_PREFIX */.M6)) {
        ctx.report.error(['jobs', name], `job names may not start with '${names/* RESERVED_JOB_PREFIX */.M6}': ecs-batch names its alert and history rules that way; rename the job`, 'key');
        return;
    }
    if (!limits/* TASK_FAMILY */.Bw.pattern.test(name)) {
        ctx.report.error(['jobs', name], `job name '${name}' may only contain letters, digits, - and _ (it becomes part of the task ` +
            `definition family, which allows nothing else)`, 'key');
        return;
    }
    const resource = (0,names/* jobResourceName */.ln)(ctx.prefix, name);
    const limit = ctx.backend === 'rules' ? limits/* RULE_NAME */.XY.max : limits/* SCHEDULE_NAME */.Of.max;
    // A job that runs `after` others has no schedule or rule of its own: only its family's limit applies.
    if (job.after === undefined && resource.length > limit) {
        ctx.report.error(['jobs', name], `the ${ctx.backend === 'rules' ? 'rule' : 'schedule'} name '${resource}' would be ${resource.length} ` +
            `characters; AWS allows ${limit}. Shorten the job name by ${resource.length - limit}`, 'key');
    }
    else if (resource.length > limits/* TASK_FAMILY */.Bw.max) {
        ctx.report.error(['jobs', name], `the task definition family '${resource}' would exceed ${limits/* TASK_FAMILY */.Bw.max} characters`, 'key');
    }
}
/** Limits of the Step Functions runner (a run's timeout, retries). */
function checkManifestNames(ctx) {
    if (!matches(limits/* SCHEDULE_GROUP_NAME */.yt, ctx.prefix)) {
        ctx.report.error(['project'], `the name prefix '${ctx.prefix}' must be 1-${limits/* SCHEDULE_GROUP_NAME */.yt.max} characters`, 'value');
    }
    const repo = ctx.repository;
    if (repo.length < limits/* ECR_REPOSITORY_NAME */.OY.min ||
        repo.length > limits/* ECR_REPOSITORY_NAME */.OY.max ||
        !limits/* ECR_REPOSITORY_NAME */.OY.pattern.test(repo)) {
        const lower = repo.toLowerCase() !== repo ? `; ECR names are lower case: '${repo.toLowerCase()}'` : '';
        ctx.report.error(['image', 'repository'], `image.repository '${repo}' is not a valid ECR repository name (lower-case letters, digits, . _ - and /)${lower}`, 'value');
    }
}
/** Jobs named in an environment overlay must exist in `jobs`. */
function checkOverlayJobs(environment, overlayJobs, jobNames, report) {
    for (const job of overlayJobs) {
        if (!jobNames.includes(job)) {
            const near = (0,suggest/* closest */.kp)(job, jobNames);
            report.error(['environments', environment, 'jobs', job], `environments.${environment}.jobs.${job} overrides a job that does not ` +
                `exist${near ? `; did you mean '${near}'?` : ''} (an overlay cannot add jobs)`, 'key');
        }
    }
}

;// CONCATENATED MODULE: ./manifest/checks/index.ts
/** Checks beyond the schema's shape, by topic: what AWS would refuse, and what would not do what it says. */







// EXTERNAL MODULE: ./manifest/diagnostics.ts
var manifest_diagnostics = __webpack_require__(4304);
// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./taskdef/render.ts
var render = __webpack_require__(8327);
// EXTERNAL MODULE: ./taskdef/shared.ts
var shared = __webpack_require__(5910);
;// CONCATENATED MODULE: ./manifest/resolve.ts
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Mappings merge key by key; lists and scalars from `over` replace those in `base`. */
function deepMerge(base, over) {
    if (!isPlainObject(base) || !isPlainObject(over))
        return (over === undefined ? base : over);
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        out[key] = key in out ? deepMerge(out[key], value) : value;
    }
    return out;
}
/** Of launchType and capacityProviderStrategy, the more specific level's choice wins: setting one drops the other inherited. */
const EXCLUSIVE = [
    ['launchType', 'capacityProviderStrategy'],
    ['capacityProviderStrategy', 'launchType'],
];
/** Settings of a more specific level over a less specific one (deepMerge, plus the exclusive pairs above). */
function mergeSettings(base, over) {
    const merged = deepMerge(base, over);
    if (!isPlainObject(merged) || !isPlainObject(over))
        return merged;
    const out = { ...merged };
    for (const [set, dropped] of EXCLUSIVE) {
        if (over[set] !== undefined && over[set] !== null && !(dropped in over))
            delete out[dropped];
    }
    return out;
}
/** `null` in a manifest unsets an inherited value. */
function withoutNulls(settings) {
    if (!isPlainObject(settings) || !Object.values(settings).includes(null))
        return settings;
    return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== null));
}
/**
 * Applies `environments.<env>` to the document: its top-level keys replace the base ones, its
 * `defaults` merge into `defaults`, its `jobs.<name>` into the same job. Jobs then inherit
 * `defaults` (so a job's own setting beats an environment default).
 */
function applyEnvironment(doc, environment) {
    if (!environment)
        return doc;
    const overlay = doc.environments?.[environment];
    if (!overlay)
        return doc;
    const jobs = { ...doc.jobs };
    for (const [name, patch] of Object.entries(overlay.jobs ?? {})) {
        if (jobs[name])
            jobs[name] = mergeSettings(jobs[name], patch);
    }
    return {
        ...doc,
        cluster: overlay.cluster ?? doc.cluster,
        backend: overlay.backend ?? doc.backend,
        image: deepMerge(doc.image, overlay.image),
        defaults: mergeSettings(doc.defaults ?? {}, overlay.defaults ?? {}),
        ...(overlay.alerts || doc.alerts ? { alerts: deepMerge(doc.alerts, overlay.alerts) } : {}),
        ...(overlay.history !== undefined || doc.history !== undefined ? { history: overlay.history ?? doc.history } : {}),
        jobs,
    };
}
function jobWithDefaults(doc, name) {
    return withoutNulls(mergeSettings(doc.defaults ?? {}, doc.jobs[name]));
}
/**
 * Where in the file a job's effective setting comes from, most specific first, so an error about
 * it points at the line that set it.
 */
function settingSource(has, job, key, environment) {
    const candidates = [];
    if (environment)
        candidates.push(['environments', environment, 'jobs', job, ...key]);
    candidates.push(['jobs', job, ...key]);
    if (environment)
        candidates.push(['environments', environment, 'defaults', ...key]);
    candidates.push(['defaults', ...key]);
    for (const path of candidates) {
        if (has(path))
            return path;
    }
    // Set nowhere: the fix is a default, so point at `defaults` (one report for every job).
    return has(['defaults']) ? ['defaults'] : [];
}

;// CONCATENATED MODULE: ../schema/ecs-batch.schema.json
const ecs_batch_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./manifest/schema-validator.generated.ts
// @ts-nocheck
// Generated by scripts/compile-schema.ts from schema/ecs-batch.schema.json: do not edit.
const runtime_ucs2length = { default: (text) => [...text].length };
const runtime_equal = { default: (a, b) => { const eq = (x, y) => { if (x === y)
        return true; if (typeof x !== "object" || typeof y !== "object" || x === null || y === null || Array.isArray(x) !== Array.isArray(y))
        return x !== x && y !== y; const kx = Object.keys(x); const ky = Object.keys(y); return kx.length === ky.length && kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && eq(x[k], y[k])); }; return eq(a, b); } };
"use strict";
const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const schema_validator_generated = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/ecs-batch/ecs-batch/main/schema/ecs-batch.schema.json", "title": "ecs-batch manifest", "description": "Batch jobs that ecs-batch deploys as scheduled ECS tasks.", "type": "object", "additionalProperties": false, "required": ["version", "project", "cluster", "image", "jobs"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Manifest format version. Always 1." }, "project": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "description": "Name prefix and ownership id: task definition families, schedules and rules are named <project>-<job>, and tagged ecs-batch:project=<project>." }, "cluster": { "type": "string", "minLength": 1, "description": "ECS cluster name or ARN the jobs run on." }, "backend": { "enum": ["scheduler", "rules"], "description": "scheduler (default): EventBridge Scheduler, with time zones. rules: EventBridge rules (UTC only)." }, "image": { "$ref": "#/definitions/image" }, "defaults": { "$ref": "#/definitions/settings" }, "jobs": { "type": "object", "minProperties": 1, "description": "The jobs, by name. Each name becomes part of AWS resource names.", "additionalProperties": { "$ref": "#/definitions/job" } }, "alerts": { "$ref": "#/definitions/alerts" }, "history": { "$ref": "#/definitions/history" }, "taskDefinitions": { "enum": ["per-job", "shared"], "description": "per-job (default): one task definition family per job, each schedule pinned to its exact revision. shared: jobs of the same shape (image, size, roles, logs, base task definition) share one family; each schedule passes its job's command and environment as RunTask overrides and names the family, so rolling a new image is one registration per shape whatever the number of jobs." }, "takeOver": { "enum": ["delete", "disable"], "description": "What a deploy does to the hand-made rules and schedules jobs `replaces:`, once their own schedules exist: delete them (default) or disable them. A rule named with a target (rule/NAME/TARGET-ID) loses that target either way." }, "environments": { "type": "object", "description": "Overlays chosen with --environment / the environment input.", "additionalProperties": { "$ref": "#/definitions/environment" } } }, "definitions": { "alerts": { "type": "object", "additionalProperties": false, "required": ["snsTopicArn"], "description": "Tell a team at once when a job fails: EventBridge rules (and, on the scheduler backend, a CloudWatch alarm) publish to this SNS topic. No Lambda.", "properties": { "snsTopicArn": { "type": "string", "description": "An existing SNS topic (email, or Slack/Teams through Amazon Q Developer in chat applications). Its policy must let events.amazonaws.com (and cloudwatch.amazonaws.com) publish." }, "on": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["failed", "not-started", "schedule-errors", "missed", "late"] }, "description": "What alerts (default: failed, not-started, schedule-errors). failed: a container exited non-zero; not-started: the task never started (image pull, missing log group, no capacity, startTimeout); schedule-errors: the schedule could not start the task (role, throttling; scheduler backend); missed: a scheduled run did not start within its window (the schedule disabled by hand, a broken role, RunTask refused); late: a run has not succeeded by its job's deadline. missed and late watch each job through a companion schedule (scheduler backend)." } } }, "history": { "description": "Keep every run (ECS forgets a stopped task after about an hour): an EventBridge rule writes each STOPPED task event of the jobs to the log group /aws/events/ecs-batch/<prefix>. true, or { retentionDays }.", "type": ["boolean", "object"], "additionalProperties": false, "properties": { "retentionDays": { "type": "integer", "description": "How long runs are kept (a CloudWatch Logs retention value). Default 90." } } }, "image": { "type": "object", "additionalProperties": false, "required": ["repository"], "properties": { "repository": { "type": "string", "minLength": 2, "description": "ECR repository name (created on first deploy)." }, "context": { "type": "string", "description": "Docker build context, relative to the repository root. Default: ." }, "dockerfile": { "type": "string", "description": "Dockerfile path. Default: Dockerfile in the context." } } }, "environment": { "type": "object", "additionalProperties": false, "properties": { "cluster": { "type": "string", "minLength": 1 }, "backend": { "enum": ["scheduler", "rules"] }, "image": { "type": "object", "additionalProperties": false, "properties": { "repository": { "type": "string", "minLength": 2 }, "context": { "type": "string" }, "dockerfile": { "type": "string" } } }, "defaults": { "$ref": "#/definitions/settings" }, "alerts": { "$ref": "#/definitions/alerts" }, "history": { "$ref": "#/definitions/history" }, "jobs": { "type": "object", "additionalProperties": { "$ref": "#/definitions/jobFields" } } } }, "job": { "$ref": "#/definitions/jobFields" }, "jobFields": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string", "description": "Shown in the summary and set on the schedule or rule." }, "schedule": { "type": "string", "description": "cron(min hour day-of-month month day-of-week year), rate(5 minutes), at(2030-01-31T09:00:00), 5-field unix cron, or @daily/@hourly/@weekly/@monthly/@yearly." }, "command": { "type": "array", "items": { "type": "string" }, "description": "The container command, as a list: [php, artisan, aggregate:daily]." }, "after": { "type": ["string", "array"], "items": { "type": "string" }, "minItems": 1, "description": "Run when this job (or all of these jobs) has succeeded, in the same chain, instead of on a schedule of its own. A chain starts at a job with a schedule." }, "replaces": { "type": ["string", "array"], "pattern": "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$", "items": { "type": "string", "pattern": "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" }, "minItems": 1, "uniqueItems": true, "description": "Hand-made EventBridge rules (rule/NAME), one target of a rule that has others (rule/NAME/TARGET-ID) or Scheduler schedules (schedule/GROUP/NAME) this job takes over: deploy deletes them (or removes just that target) once the job's own schedule exists, and only while they still target the cluster." }, "timezone": { "$ref": "#/definitions/settings/properties/timezone" }, "enabled": { "$ref": "#/definitions/settings/properties/enabled" }, "launchType": { "$ref": "#/definitions/settings/properties/launchType" }, "capacityProviderStrategy": { "$ref": "#/definitions/settings/properties/capacityProviderStrategy" }, "platformVersion": { "$ref": "#/definitions/settings/properties/platformVersion" }, "networkMode": { "$ref": "#/definitions/settings/properties/networkMode" }, "placementConstraints": { "$ref": "#/definitions/settings/properties/placementConstraints" }, "placementStrategy": { "$ref": "#/definitions/settings/properties/placementStrategy" }, "cpu": { "$ref": "#/definitions/settings/properties/cpu" }, "memory": { "$ref": "#/definitions/settings/properties/memory" }, "architecture": { "$ref": "#/definitions/settings/properties/architecture" }, "ephemeralStorageGiB": { "$ref": "#/definitions/settings/properties/ephemeralStorageGiB" }, "executionRoleArn": { "$ref": "#/definitions/settings/properties/executionRoleArn" }, "taskRoleArn": { "$ref": "#/definitions/settings/properties/taskRoleArn" }, "schedulerRoleArn": { "$ref": "#/definitions/settings/properties/schedulerRoleArn" }, "network": { "$ref": "#/definitions/settings/properties/network" }, "logs": { "$ref": "#/definitions/settings/properties/logs" }, "environment": { "$ref": "#/definitions/settings/properties/environment" }, "secrets": { "$ref": "#/definitions/settings/properties/secrets" }, "tags": { "$ref": "#/definitions/settings/properties/tags" }, "containerName": { "$ref": "#/definitions/settings/properties/containerName" }, "taskDefinition": { "$ref": "#/definitions/settings/properties/taskDefinition" }, "deadLetterQueueArn": { "$ref": "#/definitions/settings/properties/deadLetterQueueArn" }, "retryPolicy": { "$ref": "#/definitions/settings/properties/retryPolicy" }, "flexibleTimeWindowMinutes": { "$ref": "#/definitions/settings/properties/flexibleTimeWindowMinutes" }, "alerts": { "$ref": "#/definitions/settings/properties/alerts" }, "retries": { "$ref": "#/definitions/settings/properties/retries" }, "retryDelay": { "$ref": "#/definitions/settings/properties/retryDelay" }, "timeout": { "$ref": "#/definitions/settings/properties/timeout" }, "concurrency": { "$ref": "#/definitions/settings/properties/concurrency" }, "stateMachineRoleArn": { "$ref": "#/definitions/settings/properties/stateMachineRoleArn" }, "startTimeout": { "$ref": "#/definitions/settings/properties/startTimeout" }, "retryOn": { "$ref": "#/definitions/settings/properties/retryOn" }, "noRetryExitCodes": { "$ref": "#/definitions/settings/properties/noRetryExitCodes" }, "spotFallback": { "$ref": "#/definitions/settings/properties/spotFallback" }, "deadline": { "$ref": "#/definitions/settings/properties/deadline" } } }, "settings": { "type": "object", "additionalProperties": false, "description": "Settings every job inherits; any of them can be set per job.", "properties": { "timezone": { "type": "string", "description": "IANA time zone the schedule runs in (scheduler backend). Default: UTC." }, "enabled": { "type": "boolean", "description": "false keeps the schedule but DISABLED. Default: true." }, "launchType": { "enum": ["FARGATE", "EC2", "EXTERNAL", null], "description": "Default: FARGATE (unless capacityProviderStrategy is set). The more specific of launchType and capacityProviderStrategy wins: a job's strategy replaces an inherited launch type, and the reverse. null unsets an inherited value." }, "capacityProviderStrategy": { "type": ["array", "null"], "description": "Capacity providers to run on, instead of a launch type. null unsets an inherited strategy.", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["capacityProvider"], "properties": { "capacityProvider": { "type": "string", "minLength": 1 }, "weight": { "type": "integer", "minimum": 0, "maximum": 1000 }, "base": { "type": "integer", "minimum": 0, "maximum": 100000 } } } }, "platformVersion": { "type": "string", "description": "Fargate platform version, e.g. LATEST or 1.4.0 (Fargate only)." }, "networkMode": { "enum": ["bridge", "host", "awsvpc", "none"], "description": "Docker networking of the task. Default: awsvpc on Fargate or when network is set, else bridge. awsvpc needs network (subnets); Fargate needs awsvpc." }, "placementConstraints": { "type": "array", "maxItems": 10, "description": "Where EC2 tasks may run (ECS placement constraints). Not for Fargate.", "items": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["distinctInstance", "memberOf"] }, "expression": { "type": "string", "minLength": 1, "maxLength": 2000, "description": "Cluster query language, for memberOf, e.g. attribute:ecs.availability-zone in [ap-northeast-1a, ap-northeast-1c]." } } } }, "placementStrategy": { "type": "array", "maxItems": 5, "description": "How EC2 tasks are spread or packed (ECS placement strategy), in order. Not for Fargate.", "items": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["random", "spread", "binpack"] }, "field": { "type": "string", "minLength": 1, "description": "spread: instanceId or attribute:ecs.availability-zone (or another attribute); binpack: cpu or memory." } } } }, "cpu": { "type": "integer", "description": "Task CPU units (Fargate: 256, 512, 1024, 2048, 4096, 8192, 16384)." }, "memory": { "type": "integer", "description": "Task memory in MiB (Fargate: must fit the cpu value)." }, "architecture": { "enum": ["X86_64", "ARM64"], "description": "CPU architecture of the image. Default: X86_64." }, "ephemeralStorageGiB": { "type": "integer", "description": "Fargate ephemeral storage, 21-200 GiB." }, "executionRoleArn": { "$ref": "#/definitions/roleArn" }, "taskRoleArn": { "$ref": "#/definitions/roleArn" }, "schedulerRoleArn": { "$ref": "#/definitions/roleArn" }, "network": { "type": "object", "additionalProperties": false, "required": ["subnets"], "properties": { "subnets": { "type": "array", "minItems": 1, "maxItems": 16, "items": { "type": "string", "pattern": "^subnet-[0-9a-zA-Z]+$" } }, "securityGroups": { "type": "array", "maxItems": 5, "items": { "type": "string", "pattern": "^sg-[0-9a-zA-Z]+$" } }, "assignPublicIp": { "enum": ["ENABLED", "DISABLED"] } } }, "logs": { "type": "object", "additionalProperties": false, "required": ["group"], "properties": { "group": { "type": "string", "minLength": 1, "description": "CloudWatch Logs group (created if missing)." }, "retentionDays": { "type": "integer", "description": "1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ..." }, "streamPrefix": { "type": "string", "minLength": 1, "description": "awslogs-stream-prefix. Default: the job name." } } }, "environment": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Plain environment variables. Use secrets for anything sensitive." }, "secrets": { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "description": "Environment variables read from SSM Parameter Store or Secrets Manager (ARN or parameter name)." }, "tags": { "type": "object", "additionalProperties": { "type": "string" } }, "containerName": { "type": "string", "description": "Name of the job's container. Default: the job name." }, "taskDefinition": { "type": "string", "description": "Path (relative to the manifest) of a base task definition JSON for what the manifest does not model." }, "deadLetterQueueArn": { "type": "string", "pattern": "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" }, "retryPolicy": { "type": "object", "additionalProperties": false, "properties": { "maximumRetryAttempts": { "type": "integer", "description": "0-185" }, "maximumEventAgeInSeconds": { "type": "integer", "description": "60-86400" } } }, "flexibleTimeWindowMinutes": { "type": "integer", "description": "0 (off, default) or 1-1440 (scheduler backend)." }, "alerts": { "type": "boolean", "description": "false: this job's failures never alert (it still has run history). Default true." }, "retries": { "type": "integer", "description": "Run a failed run (exit code not 0, or never started) again up to this many times (0-10), with a backoff. Runs the job through a Step Functions state machine." }, "retryDelay": { "type": "string", "description": "Wait before the first retry (doubling after each): 30s, 2m... Default 1m." }, "timeout": { "type": "string", "description": "Stop a run still going after this long (30s, 30m, 2h); it counts as failed. Runs the job through a Step Functions state machine." }, "concurrency": { "enum": ["allow", "forbid", "replace"], "description": "Kubernetes CronJob meanings: allow (default) overlapping runs; forbid: skip a run while the previous one still runs (not a failure); replace: stop the running one and start anew." }, "stateMachineRoleArn": { "$ref": "#/definitions/roleArn" }, "startTimeout": { "type": "string", "description": "A task not RUNNING this long (1m-60m) after it was started is stopped, counts as not started (alerted as not-started) and is retried when retryOn includes not-started. Runs the job through a Step Functions state machine." }, "retryOn": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["not-started", "failed", "timeout"] }, "description": "Which failures a retry runs again: not-started (never RUNNING, RunTask refused, a Spot interruption), failed (exit code not 0), timeout. Default [not-started, failed]." }, "noRetryExitCodes": { "type": "array", "uniqueItems": true, "items": { "type": "integer" }, "description": "Exit codes that fail the run at once, whatever retryOn says (a deterministic application failure)." }, "spotFallback": { "type": "string", "description": "A capacity provider (e.g. FARGATE) that a retry after a Spot interruption or a capacity error runs on. Needs a Spot capacityProviderStrategy." }, "deadline": { "type": "string", "description": "The run must have succeeded this long (e.g. 45m) after its scheduled time; otherwise a `late` alert (alerts.on: late)." } } }, "roleArn": { "type": "string", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" } } };
const schema12 = { "type": "object", "additionalProperties": false, "required": ["repository"], "properties": { "repository": { "type": "string", "minLength": 2, "description": "ECR repository name (created on first deploy)." }, "context": { "type": "string", "description": "Docker build context, relative to the repository root. Default: ." }, "dockerfile": { "type": "string", "description": "Dockerfile path. Default: Dockerfile in the context." } } };
const schema55 = { "type": "object", "additionalProperties": false, "required": ["snsTopicArn"], "description": "Tell a team at once when a job fails: EventBridge rules (and, on the scheduler backend, a CloudWatch alarm) publish to this SNS topic. No Lambda.", "properties": { "snsTopicArn": { "type": "string", "description": "An existing SNS topic (email, or Slack/Teams through Amazon Q Developer in chat applications). Its policy must let events.amazonaws.com (and cloudwatch.amazonaws.com) publish." }, "on": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["failed", "not-started", "schedule-errors", "missed", "late"] }, "description": "What alerts (default: failed, not-started, schedule-errors). failed: a container exited non-zero; not-started: the task never started (image pull, missing log group, no capacity, startTimeout); schedule-errors: the schedule could not start the task (role, throttling; scheduler backend); missed: a scheduled run did not start within its window (the schedule disabled by hand, a broken role, RunTask refused); late: a run has not succeeded by its job's deadline. missed and late watch each job through a companion schedule (scheduler backend)." } } };
const schema56 = { "description": "Keep every run (ECS forgets a stopped task after about an hour): an EventBridge rule writes each STOPPED task event of the jobs to the log group /aws/events/ecs-batch/<prefix>. true, or { retentionDays }.", "type": ["boolean", "object"], "additionalProperties": false, "properties": { "retentionDays": { "type": "integer", "description": "How long runs are kept (a CloudWatch Logs retention value). Default 90." } } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length.default;
const func0 = runtime_equal.default;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const schema13 = { "type": "object", "additionalProperties": false, "description": "Settings every job inherits; any of them can be set per job.", "properties": { "timezone": { "type": "string", "description": "IANA time zone the schedule runs in (scheduler backend). Default: UTC." }, "enabled": { "type": "boolean", "description": "false keeps the schedule but DISABLED. Default: true." }, "launchType": { "enum": ["FARGATE", "EC2", "EXTERNAL", null], "description": "Default: FARGATE (unless capacityProviderStrategy is set). The more specific of launchType and capacityProviderStrategy wins: a job's strategy replaces an inherited launch type, and the reverse. null unsets an inherited value." }, "capacityProviderStrategy": { "type": ["array", "null"], "description": "Capacity providers to run on, instead of a launch type. null unsets an inherited strategy.", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["capacityProvider"], "properties": { "capacityProvider": { "type": "string", "minLength": 1 }, "weight": { "type": "integer", "minimum": 0, "maximum": 1000 }, "base": { "type": "integer", "minimum": 0, "maximum": 100000 } } } }, "platformVersion": { "type": "string", "description": "Fargate platform version, e.g. LATEST or 1.4.0 (Fargate only)." }, "networkMode": { "enum": ["bridge", "host", "awsvpc", "none"], "description": "Docker networking of the task. Default: awsvpc on Fargate or when network is set, else bridge. awsvpc needs network (subnets); Fargate needs awsvpc." }, "placementConstraints": { "type": "array", "maxItems": 10, "description": "Where EC2 tasks may run (ECS placement constraints). Not for Fargate.", "items": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["distinctInstance", "memberOf"] }, "expression": { "type": "string", "minLength": 1, "maxLength": 2000, "description": "Cluster query language, for memberOf, e.g. attribute:ecs.availability-zone in [ap-northeast-1a, ap-northeast-1c]." } } } }, "placementStrategy": { "type": "array", "maxItems": 5, "description": "How EC2 tasks are spread or packed (ECS placement strategy), in order. Not for Fargate.", "items": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["random", "spread", "binpack"] }, "field": { "type": "string", "minLength": 1, "description": "spread: instanceId or attribute:ecs.availability-zone (or another attribute); binpack: cpu or memory." } } } }, "cpu": { "type": "integer", "description": "Task CPU units (Fargate: 256, 512, 1024, 2048, 4096, 8192, 16384)." }, "memory": { "type": "integer", "description": "Task memory in MiB (Fargate: must fit the cpu value)." }, "architecture": { "enum": ["X86_64", "ARM64"], "description": "CPU architecture of the image. Default: X86_64." }, "ephemeralStorageGiB": { "type": "integer", "description": "Fargate ephemeral storage, 21-200 GiB." }, "executionRoleArn": { "$ref": "#/definitions/roleArn" }, "taskRoleArn": { "$ref": "#/definitions/roleArn" }, "schedulerRoleArn": { "$ref": "#/definitions/roleArn" }, "network": { "type": "object", "additionalProperties": false, "required": ["subnets"], "properties": { "subnets": { "type": "array", "minItems": 1, "maxItems": 16, "items": { "type": "string", "pattern": "^subnet-[0-9a-zA-Z]+$" } }, "securityGroups": { "type": "array", "maxItems": 5, "items": { "type": "string", "pattern": "^sg-[0-9a-zA-Z]+$" } }, "assignPublicIp": { "enum": ["ENABLED", "DISABLED"] } } }, "logs": { "type": "object", "additionalProperties": false, "required": ["group"], "properties": { "group": { "type": "string", "minLength": 1, "description": "CloudWatch Logs group (created if missing)." }, "retentionDays": { "type": "integer", "description": "1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ..." }, "streamPrefix": { "type": "string", "minLength": 1, "description": "awslogs-stream-prefix. Default: the job name." } } }, "environment": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Plain environment variables. Use secrets for anything sensitive." }, "secrets": { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "description": "Environment variables read from SSM Parameter Store or Secrets Manager (ARN or parameter name)." }, "tags": { "type": "object", "additionalProperties": { "type": "string" } }, "containerName": { "type": "string", "description": "Name of the job's container. Default: the job name." }, "taskDefinition": { "type": "string", "description": "Path (relative to the manifest) of a base task definition JSON for what the manifest does not model." }, "deadLetterQueueArn": { "type": "string", "pattern": "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" }, "retryPolicy": { "type": "object", "additionalProperties": false, "properties": { "maximumRetryAttempts": { "type": "integer", "description": "0-185" }, "maximumEventAgeInSeconds": { "type": "integer", "description": "60-86400" } } }, "flexibleTimeWindowMinutes": { "type": "integer", "description": "0 (off, default) or 1-1440 (scheduler backend)." }, "alerts": { "type": "boolean", "description": "false: this job's failures never alert (it still has run history). Default true." }, "retries": { "type": "integer", "description": "Run a failed run (exit code not 0, or never started) again up to this many times (0-10), with a backoff. Runs the job through a Step Functions state machine." }, "retryDelay": { "type": "string", "description": "Wait before the first retry (doubling after each): 30s, 2m... Default 1m." }, "timeout": { "type": "string", "description": "Stop a run still going after this long (30s, 30m, 2h); it counts as failed. Runs the job through a Step Functions state machine." }, "concurrency": { "enum": ["allow", "forbid", "replace"], "description": "Kubernetes CronJob meanings: allow (default) overlapping runs; forbid: skip a run while the previous one still runs (not a failure); replace: stop the running one and start anew." }, "stateMachineRoleArn": { "$ref": "#/definitions/roleArn" }, "startTimeout": { "type": "string", "description": "A task not RUNNING this long (1m-60m) after it was started is stopped, counts as not started (alerted as not-started) and is retried when retryOn includes not-started. Runs the job through a Step Functions state machine." }, "retryOn": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["not-started", "failed", "timeout"] }, "description": "Which failures a retry runs again: not-started (never RUNNING, RunTask refused, a Spot interruption), failed (exit code not 0), timeout. Default [not-started, failed]." }, "noRetryExitCodes": { "type": "array", "uniqueItems": true, "items": { "type": "integer" }, "description": "Exit codes that fail the run at once, whatever retryOn says (a deterministic application failure)." }, "spotFallback": { "type": "string", "description": "A capacity provider (e.g. FARGATE) that a retry after a Spot interruption or a capacity error runs on. Needs a Spot capacityProviderStrategy." }, "deadline": { "type": "string", "description": "The run must have succeeded this long (e.g. 45m) after its scheduled time; otherwise a `late` alert (alerts.on: late)." } } };
const schema14 = { "type": "string", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" };
const pattern1 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", "u");
const pattern4 = new RegExp("^subnet-[0-9a-zA-Z]+$", "u");
const pattern5 = new RegExp("^sg-[0-9a-zA-Z]+$", "u");
const pattern6 = new RegExp("^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema13.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.timezone !== undefined) {
        let data0 = data.timezone;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.timezone.type, parentSchema: schema13.properties.timezone, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.enabled !== undefined) {
        let data1 = data.enabled;
        if (typeof data1 !== "boolean") {
            const err2 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.enabled.type, parentSchema: schema13.properties.enabled, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.launchType !== undefined) {
        let data2 = data.launchType;
        if (!((((data2 === "FARGATE") || (data2 === "EC2")) || (data2 === "EXTERNAL")) || (data2 === null))) {
            const err3 = { instancePath: instancePath + "/launchType", schemaPath: "#/properties/launchType/enum", keyword: "enum", params: { allowedValues: schema13.properties.launchType.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.launchType.enum, parentSchema: schema13.properties.launchType, data: data2 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.capacityProviderStrategy !== undefined) {
        let data3 = data.capacityProviderStrategy;
        if ((!(Array.isArray(data3))) && (data3 !== null)) {
            const err4 = { instancePath: instancePath + "/capacityProviderStrategy", schemaPath: "#/properties/capacityProviderStrategy/type", keyword: "type", params: { type: schema13.properties.capacityProviderStrategy.type }, message: "must be array,null", schema: schema13.properties.capacityProviderStrategy.type, parentSchema: schema13.properties.capacityProviderStrategy, data: data3 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (Array.isArray(data3)) {
            if (data3.length < 1) {
                const err5 = { instancePath: instancePath + "/capacityProviderStrategy", schemaPath: "#/properties/capacityProviderStrategy/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.capacityProviderStrategy, data: data3 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.capacityProvider === undefined) {
                        const err6 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0, schemaPath: "#/properties/capacityProviderStrategy/items/required", keyword: "required", params: { missingProperty: "capacityProvider" }, message: "must have required property '" + "capacityProvider" + "'", schema: schema13.properties.capacityProviderStrategy.items.required, parentSchema: schema13.properties.capacityProviderStrategy.items, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    for (const key1 in data4) {
                        if (!(((key1 === "capacityProvider") || (key1 === "weight")) || (key1 === "base"))) {
                            const err7 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0, schemaPath: "#/properties/capacityProviderStrategy/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.capacityProviderStrategy.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data4.capacityProvider !== undefined) {
                        let data5 = data4.capacityProvider;
                        if (typeof data5 === "string") {
                            if (func3(data5) < 1) {
                                const err8 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0 + "/capacityProvider", schemaPath: "#/properties/capacityProviderStrategy/items/properties/capacityProvider/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.capacityProviderStrategy.items.properties.capacityProvider, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err9 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0 + "/capacityProvider", schemaPath: "#/properties/capacityProviderStrategy/items/properties/capacityProvider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.capacityProviderStrategy.items.properties.capacityProvider.type, parentSchema: schema13.properties.capacityProviderStrategy.items.properties.capacityProvider, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data4.weight !== undefined) {
                        let data6 = data4.weight;
                        if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                            const err10 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0 + "/weight", schemaPath: "#/properties/capacityProviderStrategy/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.capacityProviderStrategy.items.properties.weight.type, parentSchema: schema13.properties.capacityProviderStrategy.items.properties.weight, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                        if ((typeof data6 == "number") && (isFinite(data6))) {
                            if (data6 > 1000 || isNaN(data6)) {
                                const err11 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0 + "/weight", schemaPath: "#/properties/capacityProviderStrategy/items/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000", schema: 1000, parentSchema: schema13.properties.capacityProviderStrategy.items.properties.weight, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                            if (data6 < 0 || isNaN(data6)) {
                                const err12 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0 + "/weight", schemaPath: "#/properties/capacityProviderStrategy/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.properties.capacityProviderStrategy.items.properties.weight, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data4.base !== undefined) {
                        let data7 = data4.base;
                        if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                            const err13 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0 + "/base", schemaPath: "#/properties/capacityProviderStrategy/items/properties/base/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.capacityProviderStrategy.items.properties.base.type, parentSchema: schema13.properties.capacityProviderStrategy.items.properties.base, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        if ((typeof data7 == "number") && (isFinite(data7))) {
                            if (data7 > 100000 || isNaN(data7)) {
                                const err14 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0 + "/base", schemaPath: "#/properties/capacityProviderStrategy/items/properties/base/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100000 }, message: "must be <= 100000", schema: 100000, parentSchema: schema13.properties.capacityProviderStrategy.items.properties.base, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                            if (data7 < 0 || isNaN(data7)) {
                                const err15 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0 + "/base", schemaPath: "#/properties/capacityProviderStrategy/items/properties/base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.properties.capacityProviderStrategy.items.properties.base, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/capacityProviderStrategy/" + i0, schemaPath: "#/properties/capacityProviderStrategy/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.capacityProviderStrategy.items.type, parentSchema: schema13.properties.capacityProviderStrategy.items, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.platformVersion !== undefined) {
        let data8 = data.platformVersion;
        if (typeof data8 !== "string") {
            const err17 = { instancePath: instancePath + "/platformVersion", schemaPath: "#/properties/platformVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.platformVersion.type, parentSchema: schema13.properties.platformVersion, data: data8 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.networkMode !== undefined) {
        let data9 = data.networkMode;
        if (!((((data9 === "bridge") || (data9 === "host")) || (data9 === "awsvpc")) || (data9 === "none"))) {
            const err18 = { instancePath: instancePath + "/networkMode", schemaPath: "#/properties/networkMode/enum", keyword: "enum", params: { allowedValues: schema13.properties.networkMode.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.networkMode.enum, parentSchema: schema13.properties.networkMode, data: data9 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.placementConstraints !== undefined) {
        let data10 = data.placementConstraints;
        if (Array.isArray(data10)) {
            if (data10.length > 10) {
                const err19 = { instancePath: instancePath + "/placementConstraints", schemaPath: "#/properties/placementConstraints/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema13.properties.placementConstraints, data: data10 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data11 = data10[i1];
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.type === undefined) {
                        const err20 = { instancePath: instancePath + "/placementConstraints/" + i1, schemaPath: "#/properties/placementConstraints/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema13.properties.placementConstraints.items.required, parentSchema: schema13.properties.placementConstraints.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                    for (const key2 in data11) {
                        if (!((key2 === "type") || (key2 === "expression"))) {
                            const err21 = { instancePath: instancePath + "/placementConstraints/" + i1, schemaPath: "#/properties/placementConstraints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.placementConstraints.items, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data11.type !== undefined) {
                        let data12 = data11.type;
                        if (!((data12 === "distinctInstance") || (data12 === "memberOf"))) {
                            const err22 = { instancePath: instancePath + "/placementConstraints/" + i1 + "/type", schemaPath: "#/properties/placementConstraints/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.placementConstraints.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.placementConstraints.items.properties.type.enum, parentSchema: schema13.properties.placementConstraints.items.properties.type, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data11.expression !== undefined) {
                        let data13 = data11.expression;
                        if (typeof data13 === "string") {
                            if (func3(data13) > 2000) {
                                const err23 = { instancePath: instancePath + "/placementConstraints/" + i1 + "/expression", schemaPath: "#/properties/placementConstraints/items/properties/expression/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema13.properties.placementConstraints.items.properties.expression, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                            if (func3(data13) < 1) {
                                const err24 = { instancePath: instancePath + "/placementConstraints/" + i1 + "/expression", schemaPath: "#/properties/placementConstraints/items/properties/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.placementConstraints.items.properties.expression, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err25 = { instancePath: instancePath + "/placementConstraints/" + i1 + "/expression", schemaPath: "#/properties/placementConstraints/items/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.placementConstraints.items.properties.expression.type, parentSchema: schema13.properties.placementConstraints.items.properties.expression, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/placementConstraints/" + i1, schemaPath: "#/properties/placementConstraints/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.placementConstraints.items.type, parentSchema: schema13.properties.placementConstraints.items, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/placementConstraints", schemaPath: "#/properties/placementConstraints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.placementConstraints.type, parentSchema: schema13.properties.placementConstraints, data: data10 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.placementStrategy !== undefined) {
        let data14 = data.placementStrategy;
        if (Array.isArray(data14)) {
            if (data14.length > 5) {
                const err28 = { instancePath: instancePath + "/placementStrategy", schemaPath: "#/properties/placementStrategy/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema13.properties.placementStrategy, data: data14 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            const len2 = data14.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data15 = data14[i2];
                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                    if (data15.type === undefined) {
                        const err29 = { instancePath: instancePath + "/placementStrategy/" + i2, schemaPath: "#/properties/placementStrategy/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema13.properties.placementStrategy.items.required, parentSchema: schema13.properties.placementStrategy.items, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    for (const key3 in data15) {
                        if (!((key3 === "type") || (key3 === "field"))) {
                            const err30 = { instancePath: instancePath + "/placementStrategy/" + i2, schemaPath: "#/properties/placementStrategy/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.placementStrategy.items, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data15.type !== undefined) {
                        let data16 = data15.type;
                        if (!(((data16 === "random") || (data16 === "spread")) || (data16 === "binpack"))) {
                            const err31 = { instancePath: instancePath + "/placementStrategy/" + i2 + "/type", schemaPath: "#/properties/placementStrategy/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.placementStrategy.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.placementStrategy.items.properties.type.enum, parentSchema: schema13.properties.placementStrategy.items.properties.type, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data15.field !== undefined) {
                        let data17 = data15.field;
                        if (typeof data17 === "string") {
                            if (func3(data17) < 1) {
                                const err32 = { instancePath: instancePath + "/placementStrategy/" + i2 + "/field", schemaPath: "#/properties/placementStrategy/items/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.placementStrategy.items.properties.field, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err33 = { instancePath: instancePath + "/placementStrategy/" + i2 + "/field", schemaPath: "#/properties/placementStrategy/items/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.placementStrategy.items.properties.field.type, parentSchema: schema13.properties.placementStrategy.items.properties.field, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/placementStrategy/" + i2, schemaPath: "#/properties/placementStrategy/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.placementStrategy.items.type, parentSchema: schema13.properties.placementStrategy.items, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/placementStrategy", schemaPath: "#/properties/placementStrategy/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.placementStrategy.type, parentSchema: schema13.properties.placementStrategy, data: data14 };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data.cpu !== undefined) {
        let data18 = data.cpu;
        if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
            const err36 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.cpu.type, parentSchema: schema13.properties.cpu, data: data18 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.memory !== undefined) {
        let data19 = data.memory;
        if (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) {
            const err37 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.memory.type, parentSchema: schema13.properties.memory, data: data19 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.architecture !== undefined) {
        let data20 = data.architecture;
        if (!((data20 === "X86_64") || (data20 === "ARM64"))) {
            const err38 = { instancePath: instancePath + "/architecture", schemaPath: "#/properties/architecture/enum", keyword: "enum", params: { allowedValues: schema13.properties.architecture.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.architecture.enum, parentSchema: schema13.properties.architecture, data: data20 };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
    if (data.ephemeralStorageGiB !== undefined) {
        let data21 = data.ephemeralStorageGiB;
        if (!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) {
            const err39 = { instancePath: instancePath + "/ephemeralStorageGiB", schemaPath: "#/properties/ephemeralStorageGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.ephemeralStorageGiB.type, parentSchema: schema13.properties.ephemeralStorageGiB, data: data21 };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
    if (data.executionRoleArn !== undefined) {
        let data22 = data.executionRoleArn;
        if (typeof data22 === "string") {
            if (!pattern1.test(data22)) {
                const err40 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/definitions/roleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data22 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
        else {
            const err41 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/definitions/roleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data22 };
            if (vErrors === null) {
                vErrors = [err41];
            }
            else {
                vErrors.push(err41);
            }
            errors++;
        }
    }
    if (data.taskRoleArn !== undefined) {
        let data23 = data.taskRoleArn;
        if (typeof data23 === "string") {
            if (!pattern1.test(data23)) {
                const err42 = { instancePath: instancePath + "/taskRoleArn", schemaPath: "#/definitions/roleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data23 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        else {
            const err43 = { instancePath: instancePath + "/taskRoleArn", schemaPath: "#/definitions/roleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data23 };
            if (vErrors === null) {
                vErrors = [err43];
            }
            else {
                vErrors.push(err43);
            }
            errors++;
        }
    }
    if (data.schedulerRoleArn !== undefined) {
        let data24 = data.schedulerRoleArn;
        if (typeof data24 === "string") {
            if (!pattern1.test(data24)) {
                const err44 = { instancePath: instancePath + "/schedulerRoleArn", schemaPath: "#/definitions/roleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data24 };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
        }
        else {
            const err45 = { instancePath: instancePath + "/schedulerRoleArn", schemaPath: "#/definitions/roleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data24 };
            if (vErrors === null) {
                vErrors = [err45];
            }
            else {
                vErrors.push(err45);
            }
            errors++;
        }
    }
    if (data.network !== undefined) {
        let data25 = data.network;
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.subnets === undefined) {
                const err46 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/required", keyword: "required", params: { missingProperty: "subnets" }, message: "must have required property '" + "subnets" + "'", schema: schema13.properties.network.required, parentSchema: schema13.properties.network, data: data25 };
                if (vErrors === null) {
                    vErrors = [err46];
                }
                else {
                    vErrors.push(err46);
                }
                errors++;
            }
            for (const key4 in data25) {
                if (!(((key4 === "subnets") || (key4 === "securityGroups")) || (key4 === "assignPublicIp"))) {
                    const err47 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.network, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data25.subnets !== undefined) {
                let data26 = data25.subnets;
                if (Array.isArray(data26)) {
                    if (data26.length > 16) {
                        const err48 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/properties/network/properties/subnets/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema13.properties.network.properties.subnets, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                    if (data26.length < 1) {
                        const err49 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/properties/network/properties/subnets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.network.properties.subnets, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                    const len3 = data26.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data27 = data26[i3];
                        if (typeof data27 === "string") {
                            if (!pattern4.test(data27)) {
                                const err50 = { instancePath: instancePath + "/network/subnets/" + i3, schemaPath: "#/properties/network/properties/subnets/items/pattern", keyword: "pattern", params: { pattern: "^subnet-[0-9a-zA-Z]+$" }, message: "must match pattern \"" + "^subnet-[0-9a-zA-Z]+$" + "\"", schema: "^subnet-[0-9a-zA-Z]+$", parentSchema: schema13.properties.network.properties.subnets.items, data: data27 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err51 = { instancePath: instancePath + "/network/subnets/" + i3, schemaPath: "#/properties/network/properties/subnets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.network.properties.subnets.items.type, parentSchema: schema13.properties.network.properties.subnets.items, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err52 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/properties/network/properties/subnets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.network.properties.subnets.type, parentSchema: schema13.properties.network.properties.subnets, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
            if (data25.securityGroups !== undefined) {
                let data28 = data25.securityGroups;
                if (Array.isArray(data28)) {
                    if (data28.length > 5) {
                        const err53 = { instancePath: instancePath + "/network/securityGroups", schemaPath: "#/properties/network/properties/securityGroups/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema13.properties.network.properties.securityGroups, data: data28 };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                    const len4 = data28.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data29 = data28[i4];
                        if (typeof data29 === "string") {
                            if (!pattern5.test(data29)) {
                                const err54 = { instancePath: instancePath + "/network/securityGroups/" + i4, schemaPath: "#/properties/network/properties/securityGroups/items/pattern", keyword: "pattern", params: { pattern: "^sg-[0-9a-zA-Z]+$" }, message: "must match pattern \"" + "^sg-[0-9a-zA-Z]+$" + "\"", schema: "^sg-[0-9a-zA-Z]+$", parentSchema: schema13.properties.network.properties.securityGroups.items, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err55 = { instancePath: instancePath + "/network/securityGroups/" + i4, schemaPath: "#/properties/network/properties/securityGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.network.properties.securityGroups.items.type, parentSchema: schema13.properties.network.properties.securityGroups.items, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err56 = { instancePath: instancePath + "/network/securityGroups", schemaPath: "#/properties/network/properties/securityGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.network.properties.securityGroups.type, parentSchema: schema13.properties.network.properties.securityGroups, data: data28 };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
            }
            if (data25.assignPublicIp !== undefined) {
                let data30 = data25.assignPublicIp;
                if (!((data30 === "ENABLED") || (data30 === "DISABLED"))) {
                    const err57 = { instancePath: instancePath + "/network/assignPublicIp", schemaPath: "#/properties/network/properties/assignPublicIp/enum", keyword: "enum", params: { allowedValues: schema13.properties.network.properties.assignPublicIp.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.network.properties.assignPublicIp.enum, parentSchema: schema13.properties.network.properties.assignPublicIp, data: data30 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
            }
        }
        else {
            const err58 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.network.type, parentSchema: schema13.properties.network, data: data25 };
            if (vErrors === null) {
                vErrors = [err58];
            }
            else {
                vErrors.push(err58);
            }
            errors++;
        }
    }
    if (data.logs !== undefined) {
        let data31 = data.logs;
        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.group === undefined) {
                const err59 = { instancePath: instancePath + "/logs", schemaPath: "#/properties/logs/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property '" + "group" + "'", schema: schema13.properties.logs.required, parentSchema: schema13.properties.logs, data: data31 };
                if (vErrors === null) {
                    vErrors = [err59];
                }
                else {
                    vErrors.push(err59);
                }
                errors++;
            }
            for (const key5 in data31) {
                if (!(((key5 === "group") || (key5 === "retentionDays")) || (key5 === "streamPrefix"))) {
                    const err60 = { instancePath: instancePath + "/logs", schemaPath: "#/properties/logs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.logs, data: data31 };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
            }
            if (data31.group !== undefined) {
                let data32 = data31.group;
                if (typeof data32 === "string") {
                    if (func3(data32) < 1) {
                        const err61 = { instancePath: instancePath + "/logs/group", schemaPath: "#/properties/logs/properties/group/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.logs.properties.group, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
                else {
                    const err62 = { instancePath: instancePath + "/logs/group", schemaPath: "#/properties/logs/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.logs.properties.group.type, parentSchema: schema13.properties.logs.properties.group, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err62];
                    }
                    else {
                        vErrors.push(err62);
                    }
                    errors++;
                }
            }
            if (data31.retentionDays !== undefined) {
                let data33 = data31.retentionDays;
                if (!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) {
                    const err63 = { instancePath: instancePath + "/logs/retentionDays", schemaPath: "#/properties/logs/properties/retentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.logs.properties.retentionDays.type, parentSchema: schema13.properties.logs.properties.retentionDays, data: data33 };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
            }
            if (data31.streamPrefix !== undefined) {
                let data34 = data31.streamPrefix;
                if (typeof data34 === "string") {
                    if (func3(data34) < 1) {
                        const err64 = { instancePath: instancePath + "/logs/streamPrefix", schemaPath: "#/properties/logs/properties/streamPrefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.logs.properties.streamPrefix, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err64];
                        }
                        else {
                            vErrors.push(err64);
                        }
                        errors++;
                    }
                }
                else {
                    const err65 = { instancePath: instancePath + "/logs/streamPrefix", schemaPath: "#/properties/logs/properties/streamPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.logs.properties.streamPrefix.type, parentSchema: schema13.properties.logs.properties.streamPrefix, data: data34 };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
            }
        }
        else {
            const err66 = { instancePath: instancePath + "/logs", schemaPath: "#/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.logs.type, parentSchema: schema13.properties.logs, data: data31 };
            if (vErrors === null) {
                vErrors = [err66];
            }
            else {
                vErrors.push(err66);
            }
            errors++;
        }
    }
    if (data.environment !== undefined) {
        let data35 = data.environment;
        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            for (const key6 in data35) {
                let data36 = data35[key6];
                if (((typeof data36 !== "string") && (!((typeof data36 == "number") && (isFinite(data36))))) && (typeof data36 !== "boolean")) {
                    const err67 = { instancePath: instancePath + "/environment/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environment/additionalProperties/type", keyword: "type", params: { type: schema13.properties.environment.additionalProperties.type }, message: "must be string,number,boolean", schema: schema13.properties.environment.additionalProperties.type, parentSchema: schema13.properties.environment.additionalProperties, data: data36 };
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
            }
        }
        else {
            const err68 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.environment.type, parentSchema: schema13.properties.environment, data: data35 };
            if (vErrors === null) {
                vErrors = [err68];
            }
            else {
                vErrors.push(err68);
            }
            errors++;
        }
    }
    if (data.secrets !== undefined) {
        let data37 = data.secrets;
        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            for (const key7 in data37) {
                let data38 = data37[key7];
                if (typeof data38 === "string") {
                    if (func3(data38) < 1) {
                        const err69 = { instancePath: instancePath + "/secrets/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/secrets/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.secrets.additionalProperties, data: data38 };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                }
                else {
                    const err70 = { instancePath: instancePath + "/secrets/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/secrets/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.secrets.additionalProperties.type, parentSchema: schema13.properties.secrets.additionalProperties, data: data38 };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
            }
        }
        else {
            const err71 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.secrets.type, parentSchema: schema13.properties.secrets, data: data37 };
            if (vErrors === null) {
                vErrors = [err71];
            }
            else {
                vErrors.push(err71);
            }
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data39 = data.tags;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key8 in data39) {
                let data40 = data39[key8];
                if (typeof data40 !== "string") {
                    const err72 = { instancePath: instancePath + "/tags/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.tags.additionalProperties.type, parentSchema: schema13.properties.tags.additionalProperties, data: data40 };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
            }
        }
        else {
            const err73 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.tags.type, parentSchema: schema13.properties.tags, data: data39 };
            if (vErrors === null) {
                vErrors = [err73];
            }
            else {
                vErrors.push(err73);
            }
            errors++;
        }
    }
    if (data.containerName !== undefined) {
        let data41 = data.containerName;
        if (typeof data41 !== "string") {
            const err74 = { instancePath: instancePath + "/containerName", schemaPath: "#/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.containerName.type, parentSchema: schema13.properties.containerName, data: data41 };
            if (vErrors === null) {
                vErrors = [err74];
            }
            else {
                vErrors.push(err74);
            }
            errors++;
        }
    }
    if (data.taskDefinition !== undefined) {
        let data42 = data.taskDefinition;
        if (typeof data42 !== "string") {
            const err75 = { instancePath: instancePath + "/taskDefinition", schemaPath: "#/properties/taskDefinition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.taskDefinition.type, parentSchema: schema13.properties.taskDefinition, data: data42 };
            if (vErrors === null) {
                vErrors = [err75];
            }
            else {
                vErrors.push(err75);
            }
            errors++;
        }
    }
    if (data.deadLetterQueueArn !== undefined) {
        let data43 = data.deadLetterQueueArn;
        if (typeof data43 === "string") {
            if (!pattern6.test(data43)) {
                const err76 = { instancePath: instancePath + "/deadLetterQueueArn", schemaPath: "#/properties/deadLetterQueueArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" + "\"", schema: "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$", parentSchema: schema13.properties.deadLetterQueueArn, data: data43 };
                if (vErrors === null) {
                    vErrors = [err76];
                }
                else {
                    vErrors.push(err76);
                }
                errors++;
            }
        }
        else {
            const err77 = { instancePath: instancePath + "/deadLetterQueueArn", schemaPath: "#/properties/deadLetterQueueArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.deadLetterQueueArn.type, parentSchema: schema13.properties.deadLetterQueueArn, data: data43 };
            if (vErrors === null) {
                vErrors = [err77];
            }
            else {
                vErrors.push(err77);
            }
            errors++;
        }
    }
    if (data.retryPolicy !== undefined) {
        let data44 = data.retryPolicy;
        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key9 in data44) {
                if (!((key9 === "maximumRetryAttempts") || (key9 === "maximumEventAgeInSeconds"))) {
                    const err78 = { instancePath: instancePath + "/retryPolicy", schemaPath: "#/properties/retryPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.retryPolicy, data: data44 };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
            if (data44.maximumRetryAttempts !== undefined) {
                let data45 = data44.maximumRetryAttempts;
                if (!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))) {
                    const err79 = { instancePath: instancePath + "/retryPolicy/maximumRetryAttempts", schemaPath: "#/properties/retryPolicy/properties/maximumRetryAttempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.retryPolicy.properties.maximumRetryAttempts.type, parentSchema: schema13.properties.retryPolicy.properties.maximumRetryAttempts, data: data45 };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
            }
            if (data44.maximumEventAgeInSeconds !== undefined) {
                let data46 = data44.maximumEventAgeInSeconds;
                if (!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))) {
                    const err80 = { instancePath: instancePath + "/retryPolicy/maximumEventAgeInSeconds", schemaPath: "#/properties/retryPolicy/properties/maximumEventAgeInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.retryPolicy.properties.maximumEventAgeInSeconds.type, parentSchema: schema13.properties.retryPolicy.properties.maximumEventAgeInSeconds, data: data46 };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
        }
        else {
            const err81 = { instancePath: instancePath + "/retryPolicy", schemaPath: "#/properties/retryPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.retryPolicy.type, parentSchema: schema13.properties.retryPolicy, data: data44 };
            if (vErrors === null) {
                vErrors = [err81];
            }
            else {
                vErrors.push(err81);
            }
            errors++;
        }
    }
    if (data.flexibleTimeWindowMinutes !== undefined) {
        let data47 = data.flexibleTimeWindowMinutes;
        if (!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))) {
            const err82 = { instancePath: instancePath + "/flexibleTimeWindowMinutes", schemaPath: "#/properties/flexibleTimeWindowMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.flexibleTimeWindowMinutes.type, parentSchema: schema13.properties.flexibleTimeWindowMinutes, data: data47 };
            if (vErrors === null) {
                vErrors = [err82];
            }
            else {
                vErrors.push(err82);
            }
            errors++;
        }
    }
    if (data.alerts !== undefined) {
        let data48 = data.alerts;
        if (typeof data48 !== "boolean") {
            const err83 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.alerts.type, parentSchema: schema13.properties.alerts, data: data48 };
            if (vErrors === null) {
                vErrors = [err83];
            }
            else {
                vErrors.push(err83);
            }
            errors++;
        }
    }
    if (data.retries !== undefined) {
        let data49 = data.retries;
        if (!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))) {
            const err84 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.retries.type, parentSchema: schema13.properties.retries, data: data49 };
            if (vErrors === null) {
                vErrors = [err84];
            }
            else {
                vErrors.push(err84);
            }
            errors++;
        }
    }
    if (data.retryDelay !== undefined) {
        let data50 = data.retryDelay;
        if (typeof data50 !== "string") {
            const err85 = { instancePath: instancePath + "/retryDelay", schemaPath: "#/properties/retryDelay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.retryDelay.type, parentSchema: schema13.properties.retryDelay, data: data50 };
            if (vErrors === null) {
                vErrors = [err85];
            }
            else {
                vErrors.push(err85);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data51 = data.timeout;
        if (typeof data51 !== "string") {
            const err86 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.timeout.type, parentSchema: schema13.properties.timeout, data: data51 };
            if (vErrors === null) {
                vErrors = [err86];
            }
            else {
                vErrors.push(err86);
            }
            errors++;
        }
    }
    if (data.concurrency !== undefined) {
        let data52 = data.concurrency;
        if (!(((data52 === "allow") || (data52 === "forbid")) || (data52 === "replace"))) {
            const err87 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/enum", keyword: "enum", params: { allowedValues: schema13.properties.concurrency.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.concurrency.enum, parentSchema: schema13.properties.concurrency, data: data52 };
            if (vErrors === null) {
                vErrors = [err87];
            }
            else {
                vErrors.push(err87);
            }
            errors++;
        }
    }
    if (data.stateMachineRoleArn !== undefined) {
        let data53 = data.stateMachineRoleArn;
        if (typeof data53 === "string") {
            if (!pattern1.test(data53)) {
                const err88 = { instancePath: instancePath + "/stateMachineRoleArn", schemaPath: "#/definitions/roleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data53 };
                if (vErrors === null) {
                    vErrors = [err88];
                }
                else {
                    vErrors.push(err88);
                }
                errors++;
            }
        }
        else {
            const err89 = { instancePath: instancePath + "/stateMachineRoleArn", schemaPath: "#/definitions/roleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data53 };
            if (vErrors === null) {
                vErrors = [err89];
            }
            else {
                vErrors.push(err89);
            }
            errors++;
        }
    }
    if (data.startTimeout !== undefined) {
        let data54 = data.startTimeout;
        if (typeof data54 !== "string") {
            const err90 = { instancePath: instancePath + "/startTimeout", schemaPath: "#/properties/startTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.startTimeout.type, parentSchema: schema13.properties.startTimeout, data: data54 };
            if (vErrors === null) {
                vErrors = [err90];
            }
            else {
                vErrors.push(err90);
            }
            errors++;
        }
    }
    if (data.retryOn !== undefined) {
        let data55 = data.retryOn;
        if (Array.isArray(data55)) {
            if (data55.length < 1) {
                const err91 = { instancePath: instancePath + "/retryOn", schemaPath: "#/properties/retryOn/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.retryOn, data: data55 };
                if (vErrors === null) {
                    vErrors = [err91];
                }
                else {
                    vErrors.push(err91);
                }
                errors++;
            }
            const len5 = data55.length;
            for (let i5 = 0; i5 < len5; i5++) {
                let data56 = data55[i5];
                if (!(((data56 === "not-started") || (data56 === "failed")) || (data56 === "timeout"))) {
                    const err92 = { instancePath: instancePath + "/retryOn/" + i5, schemaPath: "#/properties/retryOn/items/enum", keyword: "enum", params: { allowedValues: schema13.properties.retryOn.items.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.retryOn.items.enum, parentSchema: schema13.properties.retryOn.items, data: data56 };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
            }
            let i6 = data55.length;
            let j0;
            if (i6 > 1) {
                outer0: for (; i6--;) {
                    for (j0 = i6; j0--;) {
                        if (func0(data55[i6], data55[j0])) {
                            const err93 = { instancePath: instancePath + "/retryOn", schemaPath: "#/properties/retryOn/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i6 + " are identical)", schema: true, parentSchema: schema13.properties.retryOn, data: data55 };
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err94 = { instancePath: instancePath + "/retryOn", schemaPath: "#/properties/retryOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.retryOn.type, parentSchema: schema13.properties.retryOn, data: data55 };
            if (vErrors === null) {
                vErrors = [err94];
            }
            else {
                vErrors.push(err94);
            }
            errors++;
        }
    }
    if (data.noRetryExitCodes !== undefined) {
        let data57 = data.noRetryExitCodes;
        if (Array.isArray(data57)) {
            const len6 = data57.length;
            for (let i7 = 0; i7 < len6; i7++) {
                let data58 = data57[i7];
                if (!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))) {
                    const err95 = { instancePath: instancePath + "/noRetryExitCodes/" + i7, schemaPath: "#/properties/noRetryExitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.noRetryExitCodes.items.type, parentSchema: schema13.properties.noRetryExitCodes.items, data: data58 };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
            }
            let i8 = data57.length;
            let j1;
            if (i8 > 1) {
                const indices0 = {};
                for (; i8--;) {
                    let item0 = data57[i8];
                    if (!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))) {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j1 = indices0[item0];
                        const err96 = { instancePath: instancePath + "/noRetryExitCodes", schemaPath: "#/properties/noRetryExitCodes/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i8 + " are identical)", schema: true, parentSchema: schema13.properties.noRetryExitCodes, data: data57 };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i8;
                }
            }
        }
        else {
            const err97 = { instancePath: instancePath + "/noRetryExitCodes", schemaPath: "#/properties/noRetryExitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.noRetryExitCodes.type, parentSchema: schema13.properties.noRetryExitCodes, data: data57 };
            if (vErrors === null) {
                vErrors = [err97];
            }
            else {
                vErrors.push(err97);
            }
            errors++;
        }
    }
    if (data.spotFallback !== undefined) {
        let data59 = data.spotFallback;
        if (typeof data59 !== "string") {
            const err98 = { instancePath: instancePath + "/spotFallback", schemaPath: "#/properties/spotFallback/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spotFallback.type, parentSchema: schema13.properties.spotFallback, data: data59 };
            if (vErrors === null) {
                vErrors = [err98];
            }
            else {
                vErrors.push(err98);
            }
            errors++;
        }
    }
    if (data.deadline !== undefined) {
        let data60 = data.deadline;
        if (typeof data60 !== "string") {
            const err99 = { instancePath: instancePath + "/deadline", schemaPath: "#/properties/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.deadline.type, parentSchema: schema13.properties.deadline, data: data60 };
            if (vErrors === null) {
                vErrors = [err99];
            }
            else {
                vErrors.push(err99);
            }
            errors++;
        }
    }
}
else {
    const err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err100];
    }
    else {
        vErrors.push(err100);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
const schema18 = { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string", "description": "Shown in the summary and set on the schedule or rule." }, "schedule": { "type": "string", "description": "cron(min hour day-of-month month day-of-week year), rate(5 minutes), at(2030-01-31T09:00:00), 5-field unix cron, or @daily/@hourly/@weekly/@monthly/@yearly." }, "command": { "type": "array", "items": { "type": "string" }, "description": "The container command, as a list: [php, artisan, aggregate:daily]." }, "after": { "type": ["string", "array"], "items": { "type": "string" }, "minItems": 1, "description": "Run when this job (or all of these jobs) has succeeded, in the same chain, instead of on a schedule of its own. A chain starts at a job with a schedule." }, "replaces": { "type": ["string", "array"], "pattern": "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$", "items": { "type": "string", "pattern": "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" }, "minItems": 1, "uniqueItems": true, "description": "Hand-made EventBridge rules (rule/NAME), one target of a rule that has others (rule/NAME/TARGET-ID) or Scheduler schedules (schedule/GROUP/NAME) this job takes over: deploy deletes them (or removes just that target) once the job's own schedule exists, and only while they still target the cluster." }, "timezone": { "$ref": "#/definitions/settings/properties/timezone" }, "enabled": { "$ref": "#/definitions/settings/properties/enabled" }, "launchType": { "$ref": "#/definitions/settings/properties/launchType" }, "capacityProviderStrategy": { "$ref": "#/definitions/settings/properties/capacityProviderStrategy" }, "platformVersion": { "$ref": "#/definitions/settings/properties/platformVersion" }, "networkMode": { "$ref": "#/definitions/settings/properties/networkMode" }, "placementConstraints": { "$ref": "#/definitions/settings/properties/placementConstraints" }, "placementStrategy": { "$ref": "#/definitions/settings/properties/placementStrategy" }, "cpu": { "$ref": "#/definitions/settings/properties/cpu" }, "memory": { "$ref": "#/definitions/settings/properties/memory" }, "architecture": { "$ref": "#/definitions/settings/properties/architecture" }, "ephemeralStorageGiB": { "$ref": "#/definitions/settings/properties/ephemeralStorageGiB" }, "executionRoleArn": { "$ref": "#/definitions/settings/properties/executionRoleArn" }, "taskRoleArn": { "$ref": "#/definitions/settings/properties/taskRoleArn" }, "schedulerRoleArn": { "$ref": "#/definitions/settings/properties/schedulerRoleArn" }, "network": { "$ref": "#/definitions/settings/properties/network" }, "logs": { "$ref": "#/definitions/settings/properties/logs" }, "environment": { "$ref": "#/definitions/settings/properties/environment" }, "secrets": { "$ref": "#/definitions/settings/properties/secrets" }, "tags": { "$ref": "#/definitions/settings/properties/tags" }, "containerName": { "$ref": "#/definitions/settings/properties/containerName" }, "taskDefinition": { "$ref": "#/definitions/settings/properties/taskDefinition" }, "deadLetterQueueArn": { "$ref": "#/definitions/settings/properties/deadLetterQueueArn" }, "retryPolicy": { "$ref": "#/definitions/settings/properties/retryPolicy" }, "flexibleTimeWindowMinutes": { "$ref": "#/definitions/settings/properties/flexibleTimeWindowMinutes" }, "alerts": { "$ref": "#/definitions/settings/properties/alerts" }, "retries": { "$ref": "#/definitions/settings/properties/retries" }, "retryDelay": { "$ref": "#/definitions/settings/properties/retryDelay" }, "timeout": { "$ref": "#/definitions/settings/properties/timeout" }, "concurrency": { "$ref": "#/definitions/settings/properties/concurrency" }, "stateMachineRoleArn": { "$ref": "#/definitions/settings/properties/stateMachineRoleArn" }, "startTimeout": { "$ref": "#/definitions/settings/properties/startTimeout" }, "retryOn": { "$ref": "#/definitions/settings/properties/retryOn" }, "noRetryExitCodes": { "$ref": "#/definitions/settings/properties/noRetryExitCodes" }, "spotFallback": { "$ref": "#/definitions/settings/properties/spotFallback" }, "deadline": { "$ref": "#/definitions/settings/properties/deadline" } } };
const schema19 = { "type": "string", "description": "IANA time zone the schedule runs in (scheduler backend). Default: UTC." };
const schema20 = { "type": "boolean", "description": "false keeps the schedule but DISABLED. Default: true." };
const schema21 = { "enum": ["FARGATE", "EC2", "EXTERNAL", null], "description": "Default: FARGATE (unless capacityProviderStrategy is set). The more specific of launchType and capacityProviderStrategy wins: a job's strategy replaces an inherited launch type, and the reverse. null unsets an inherited value." };
const schema22 = { "type": ["array", "null"], "description": "Capacity providers to run on, instead of a launch type. null unsets an inherited strategy.", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["capacityProvider"], "properties": { "capacityProvider": { "type": "string", "minLength": 1 }, "weight": { "type": "integer", "minimum": 0, "maximum": 1000 }, "base": { "type": "integer", "minimum": 0, "maximum": 100000 } } } };
const schema23 = { "type": "string", "description": "Fargate platform version, e.g. LATEST or 1.4.0 (Fargate only)." };
const schema24 = { "enum": ["bridge", "host", "awsvpc", "none"], "description": "Docker networking of the task. Default: awsvpc on Fargate or when network is set, else bridge. awsvpc needs network (subnets); Fargate needs awsvpc." };
const schema25 = { "type": "array", "maxItems": 10, "description": "Where EC2 tasks may run (ECS placement constraints). Not for Fargate.", "items": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["distinctInstance", "memberOf"] }, "expression": { "type": "string", "minLength": 1, "maxLength": 2000, "description": "Cluster query language, for memberOf, e.g. attribute:ecs.availability-zone in [ap-northeast-1a, ap-northeast-1c]." } } } };
const schema26 = { "type": "array", "maxItems": 5, "description": "How EC2 tasks are spread or packed (ECS placement strategy), in order. Not for Fargate.", "items": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["random", "spread", "binpack"] }, "field": { "type": "string", "minLength": 1, "description": "spread: instanceId or attribute:ecs.availability-zone (or another attribute); binpack: cpu or memory." } } } };
const schema27 = { "type": "integer", "description": "Task CPU units (Fargate: 256, 512, 1024, 2048, 4096, 8192, 16384)." };
const schema28 = { "type": "integer", "description": "Task memory in MiB (Fargate: must fit the cpu value)." };
const schema29 = { "enum": ["X86_64", "ARM64"], "description": "CPU architecture of the image. Default: X86_64." };
const schema30 = { "type": "integer", "description": "Fargate ephemeral storage, 21-200 GiB." };
const schema34 = { "type": "object", "additionalProperties": false, "required": ["subnets"], "properties": { "subnets": { "type": "array", "minItems": 1, "maxItems": 16, "items": { "type": "string", "pattern": "^subnet-[0-9a-zA-Z]+$" } }, "securityGroups": { "type": "array", "maxItems": 5, "items": { "type": "string", "pattern": "^sg-[0-9a-zA-Z]+$" } }, "assignPublicIp": { "enum": ["ENABLED", "DISABLED"] } } };
const schema35 = { "type": "object", "additionalProperties": false, "required": ["group"], "properties": { "group": { "type": "string", "minLength": 1, "description": "CloudWatch Logs group (created if missing)." }, "retentionDays": { "type": "integer", "description": "1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ..." }, "streamPrefix": { "type": "string", "minLength": 1, "description": "awslogs-stream-prefix. Default: the job name." } } };
const schema36 = { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Plain environment variables. Use secrets for anything sensitive." };
const schema37 = { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "description": "Environment variables read from SSM Parameter Store or Secrets Manager (ARN or parameter name)." };
const schema38 = { "type": "object", "additionalProperties": { "type": "string" } };
const schema39 = { "type": "string", "description": "Name of the job's container. Default: the job name." };
const schema40 = { "type": "string", "description": "Path (relative to the manifest) of a base task definition JSON for what the manifest does not model." };
const schema41 = { "type": "string", "pattern": "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" };
const schema42 = { "type": "object", "additionalProperties": false, "properties": { "maximumRetryAttempts": { "type": "integer", "description": "0-185" }, "maximumEventAgeInSeconds": { "type": "integer", "description": "60-86400" } } };
const schema43 = { "type": "integer", "description": "0 (off, default) or 1-1440 (scheduler backend)." };
const schema44 = { "type": "boolean", "description": "false: this job's failures never alert (it still has run history). Default true." };
const schema45 = { "type": "integer", "description": "Run a failed run (exit code not 0, or never started) again up to this many times (0-10), with a backoff. Runs the job through a Step Functions state machine." };
const schema46 = { "type": "string", "description": "Wait before the first retry (doubling after each): 30s, 2m... Default 1m." };
const schema47 = { "type": "string", "description": "Stop a run still going after this long (30s, 30m, 2h); it counts as failed. Runs the job through a Step Functions state machine." };
const schema48 = { "enum": ["allow", "forbid", "replace"], "description": "Kubernetes CronJob meanings: allow (default) overlapping runs; forbid: skip a run while the previous one still runs (not a failure); replace: stop the running one and start anew." };
const schema50 = { "type": "string", "description": "A task not RUNNING this long (1m-60m) after it was started is stopped, counts as not started (alerted as not-started) and is retried when retryOn includes not-started. Runs the job through a Step Functions state machine." };
const schema51 = { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["not-started", "failed", "timeout"] }, "description": "Which failures a retry runs again: not-started (never RUNNING, RunTask refused, a Spot interruption), failed (exit code not 0), timeout. Default [not-started, failed]." };
const schema52 = { "type": "array", "uniqueItems": true, "items": { "type": "integer" }, "description": "Exit codes that fail the run at once, whatever retryOn says (a deterministic application failure)." };
const schema53 = { "type": "string", "description": "A capacity provider (e.g. FARGATE) that a retry after a Spot interruption or a capacity error runs on. Needs a Spot capacityProviderStrategy." };
const schema54 = { "type": "string", "description": "The run must have succeeded this long (e.g. 45m) after its scheduled time; otherwise a `late` alert (alerts.on: late)." };
const pattern8 = new RegExp("^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema18.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data0 = data.description;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.description.type, parentSchema: schema18.properties.description, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.schedule !== undefined) {
        let data1 = data.schedule;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.schedule.type, parentSchema: schema18.properties.schedule, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data2 = data.command;
        if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                if (typeof data3 !== "string") {
                    const err3 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.command.items.type, parentSchema: schema18.properties.command.items, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.command.type, parentSchema: schema18.properties.command, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.after !== undefined) {
        let data4 = data.after;
        if ((typeof data4 !== "string") && (!(Array.isArray(data4)))) {
            const err5 = { instancePath: instancePath + "/after", schemaPath: "#/properties/after/type", keyword: "type", params: { type: schema18.properties.after.type }, message: "must be string,array", schema: schema18.properties.after.type, parentSchema: schema18.properties.after, data: data4 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (Array.isArray(data4)) {
            if (data4.length < 1) {
                const err6 = { instancePath: instancePath + "/after", schemaPath: "#/properties/after/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.after, data: data4 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data5 = data4[i1];
                if (typeof data5 !== "string") {
                    const err7 = { instancePath: instancePath + "/after/" + i1, schemaPath: "#/properties/after/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.after.items.type, parentSchema: schema18.properties.after.items, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.replaces !== undefined) {
        let data6 = data.replaces;
        if ((typeof data6 !== "string") && (!(Array.isArray(data6)))) {
            const err8 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/type", keyword: "type", params: { type: schema18.properties.replaces.type }, message: "must be string,array", schema: schema18.properties.replaces.type, parentSchema: schema18.properties.replaces, data: data6 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (typeof data6 === "string") {
            if (!pattern8.test(data6)) {
                const err9 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/pattern", keyword: "pattern", params: { pattern: "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" }, message: "must match pattern \"" + "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" + "\"", schema: "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$", parentSchema: schema18.properties.replaces, data: data6 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (Array.isArray(data6)) {
            if (data6.length < 1) {
                const err10 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.replaces, data: data6 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data7 = data6[i2];
                if (typeof data7 === "string") {
                    if (!pattern8.test(data7)) {
                        const err11 = { instancePath: instancePath + "/replaces/" + i2, schemaPath: "#/properties/replaces/items/pattern", keyword: "pattern", params: { pattern: "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" }, message: "must match pattern \"" + "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" + "\"", schema: "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$", parentSchema: schema18.properties.replaces.items, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/replaces/" + i2, schemaPath: "#/properties/replaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.replaces.items.type, parentSchema: schema18.properties.replaces.items, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            let i3 = data6.length;
            let j0;
            if (i3 > 1) {
                const indices0 = {};
                for (; i3--;) {
                    let item0 = data6[i3];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err13 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema18.properties.replaces, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i3;
                }
            }
        }
    }
    if (data.timezone !== undefined) {
        let data8 = data.timezone;
        if (typeof data8 !== "string") {
            const err14 = { instancePath: instancePath + "/timezone", schemaPath: "#/definitions/settings/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data8 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.enabled !== undefined) {
        let data9 = data.enabled;
        if (typeof data9 !== "boolean") {
            const err15 = { instancePath: instancePath + "/enabled", schemaPath: "#/definitions/settings/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.type, parentSchema: schema20, data: data9 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.launchType !== undefined) {
        let data10 = data.launchType;
        if (!((((data10 === "FARGATE") || (data10 === "EC2")) || (data10 === "EXTERNAL")) || (data10 === null))) {
            const err16 = { instancePath: instancePath + "/launchType", schemaPath: "#/definitions/settings/properties/launchType/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values", schema: schema21.enum, parentSchema: schema21, data: data10 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.capacityProviderStrategy !== undefined) {
        let data11 = data.capacityProviderStrategy;
        if ((!(Array.isArray(data11))) && (data11 !== null)) {
            const err17 = { instancePath: instancePath + "/capacityProviderStrategy", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/type", keyword: "type", params: { type: schema22.type }, message: "must be array,null", schema: schema22.type, parentSchema: schema22, data: data11 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (Array.isArray(data11)) {
            if (data11.length < 1) {
                const err18 = { instancePath: instancePath + "/capacityProviderStrategy", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data11 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            const len3 = data11.length;
            for (let i4 = 0; i4 < len3; i4++) {
                let data12 = data11[i4];
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    if (data12.capacityProvider === undefined) {
                        const err19 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4, schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/required", keyword: "required", params: { missingProperty: "capacityProvider" }, message: "must have required property '" + "capacityProvider" + "'", schema: schema22.items.required, parentSchema: schema22.items, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    for (const key1 in data12) {
                        if (!(((key1 === "capacityProvider") || (key1 === "weight")) || (key1 === "base"))) {
                            const err20 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4, schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22.items, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data12.capacityProvider !== undefined) {
                        let data13 = data12.capacityProvider;
                        if (typeof data13 === "string") {
                            if (func3(data13) < 1) {
                                const err21 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/capacityProvider", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/capacityProvider/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.items.properties.capacityProvider, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err22 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/capacityProvider", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/capacityProvider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.items.properties.capacityProvider.type, parentSchema: schema22.items.properties.capacityProvider, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data12.weight !== undefined) {
                        let data14 = data12.weight;
                        if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                            const err23 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/weight", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.items.properties.weight.type, parentSchema: schema22.items.properties.weight, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        if ((typeof data14 == "number") && (isFinite(data14))) {
                            if (data14 > 1000 || isNaN(data14)) {
                                const err24 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/weight", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000", schema: 1000, parentSchema: schema22.items.properties.weight, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                            if (data14 < 0 || isNaN(data14)) {
                                const err25 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/weight", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.items.properties.weight, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data12.base !== undefined) {
                        let data15 = data12.base;
                        if (!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) {
                            const err26 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/base", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/base/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.items.properties.base.type, parentSchema: schema22.items.properties.base, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                        if ((typeof data15 == "number") && (isFinite(data15))) {
                            if (data15 > 100000 || isNaN(data15)) {
                                const err27 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/base", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/base/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100000 }, message: "must be <= 100000", schema: 100000, parentSchema: schema22.items.properties.base, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                            if (data15 < 0 || isNaN(data15)) {
                                const err28 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/base", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.items.properties.base, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err29 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4, schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.items.type, parentSchema: schema22.items, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.platformVersion !== undefined) {
        let data16 = data.platformVersion;
        if (typeof data16 !== "string") {
            const err30 = { instancePath: instancePath + "/platformVersion", schemaPath: "#/definitions/settings/properties/platformVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.type, parentSchema: schema23, data: data16 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.networkMode !== undefined) {
        let data17 = data.networkMode;
        if (!((((data17 === "bridge") || (data17 === "host")) || (data17 === "awsvpc")) || (data17 === "none"))) {
            const err31 = { instancePath: instancePath + "/networkMode", schemaPath: "#/definitions/settings/properties/networkMode/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values", schema: schema24.enum, parentSchema: schema24, data: data17 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.placementConstraints !== undefined) {
        let data18 = data.placementConstraints;
        if (Array.isArray(data18)) {
            if (data18.length > 10) {
                const err32 = { instancePath: instancePath + "/placementConstraints", schemaPath: "#/definitions/settings/properties/placementConstraints/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema25, data: data18 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            const len4 = data18.length;
            for (let i5 = 0; i5 < len4; i5++) {
                let data19 = data18[i5];
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.type === undefined) {
                        const err33 = { instancePath: instancePath + "/placementConstraints/" + i5, schemaPath: "#/definitions/settings/properties/placementConstraints/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema25.items.required, parentSchema: schema25.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    for (const key2 in data19) {
                        if (!((key2 === "type") || (key2 === "expression"))) {
                            const err34 = { instancePath: instancePath + "/placementConstraints/" + i5, schemaPath: "#/definitions/settings/properties/placementConstraints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    if (data19.type !== undefined) {
                        let data20 = data19.type;
                        if (!((data20 === "distinctInstance") || (data20 === "memberOf"))) {
                            const err35 = { instancePath: instancePath + "/placementConstraints/" + i5 + "/type", schemaPath: "#/definitions/settings/properties/placementConstraints/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema25.items.properties.type.enum, parentSchema: schema25.items.properties.type, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data19.expression !== undefined) {
                        let data21 = data19.expression;
                        if (typeof data21 === "string") {
                            if (func3(data21) > 2000) {
                                const err36 = { instancePath: instancePath + "/placementConstraints/" + i5 + "/expression", schemaPath: "#/definitions/settings/properties/placementConstraints/items/properties/expression/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema25.items.properties.expression, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (func3(data21) < 1) {
                                const err37 = { instancePath: instancePath + "/placementConstraints/" + i5 + "/expression", schemaPath: "#/definitions/settings/properties/placementConstraints/items/properties/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.items.properties.expression, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/placementConstraints/" + i5 + "/expression", schemaPath: "#/definitions/settings/properties/placementConstraints/items/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.items.properties.expression.type, parentSchema: schema25.items.properties.expression, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err39 = { instancePath: instancePath + "/placementConstraints/" + i5, schemaPath: "#/definitions/settings/properties/placementConstraints/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.items.type, parentSchema: schema25.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
        }
        else {
            const err40 = { instancePath: instancePath + "/placementConstraints", schemaPath: "#/definitions/settings/properties/placementConstraints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.type, parentSchema: schema25, data: data18 };
            if (vErrors === null) {
                vErrors = [err40];
            }
            else {
                vErrors.push(err40);
            }
            errors++;
        }
    }
    if (data.placementStrategy !== undefined) {
        let data22 = data.placementStrategy;
        if (Array.isArray(data22)) {
            if (data22.length > 5) {
                const err41 = { instancePath: instancePath + "/placementStrategy", schemaPath: "#/definitions/settings/properties/placementStrategy/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema26, data: data22 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            const len5 = data22.length;
            for (let i6 = 0; i6 < len5; i6++) {
                let data23 = data22[i6];
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                    if (data23.type === undefined) {
                        const err42 = { instancePath: instancePath + "/placementStrategy/" + i6, schemaPath: "#/definitions/settings/properties/placementStrategy/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema26.items.required, parentSchema: schema26.items, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                    for (const key3 in data23) {
                        if (!((key3 === "type") || (key3 === "field"))) {
                            const err43 = { instancePath: instancePath + "/placementStrategy/" + i6, schemaPath: "#/definitions/settings/properties/placementStrategy/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.items, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    if (data23.type !== undefined) {
                        let data24 = data23.type;
                        if (!(((data24 === "random") || (data24 === "spread")) || (data24 === "binpack"))) {
                            const err44 = { instancePath: instancePath + "/placementStrategy/" + i6 + "/type", schemaPath: "#/definitions/settings/properties/placementStrategy/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema26.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema26.items.properties.type.enum, parentSchema: schema26.items.properties.type, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                    }
                    if (data23.field !== undefined) {
                        let data25 = data23.field;
                        if (typeof data25 === "string") {
                            if (func3(data25) < 1) {
                                const err45 = { instancePath: instancePath + "/placementStrategy/" + i6 + "/field", schemaPath: "#/definitions/settings/properties/placementStrategy/items/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.items.properties.field, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err46 = { instancePath: instancePath + "/placementStrategy/" + i6 + "/field", schemaPath: "#/definitions/settings/properties/placementStrategy/items/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.items.properties.field.type, parentSchema: schema26.items.properties.field, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err47 = { instancePath: instancePath + "/placementStrategy/" + i6, schemaPath: "#/definitions/settings/properties/placementStrategy/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.items.type, parentSchema: schema26.items, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
        }
        else {
            const err48 = { instancePath: instancePath + "/placementStrategy", schemaPath: "#/definitions/settings/properties/placementStrategy/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data: data22 };
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
    }
    if (data.cpu !== undefined) {
        let data26 = data.cpu;
        if (!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) {
            const err49 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/settings/properties/cpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.type, parentSchema: schema27, data: data26 };
            if (vErrors === null) {
                vErrors = [err49];
            }
            else {
                vErrors.push(err49);
            }
            errors++;
        }
    }
    if (data.memory !== undefined) {
        let data27 = data.memory;
        if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
            const err50 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/settings/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.type, parentSchema: schema28, data: data27 };
            if (vErrors === null) {
                vErrors = [err50];
            }
            else {
                vErrors.push(err50);
            }
            errors++;
        }
    }
    if (data.architecture !== undefined) {
        let data28 = data.architecture;
        if (!((data28 === "X86_64") || (data28 === "ARM64"))) {
            const err51 = { instancePath: instancePath + "/architecture", schemaPath: "#/definitions/settings/properties/architecture/enum", keyword: "enum", params: { allowedValues: schema29.enum }, message: "must be equal to one of the allowed values", schema: schema29.enum, parentSchema: schema29, data: data28 };
            if (vErrors === null) {
                vErrors = [err51];
            }
            else {
                vErrors.push(err51);
            }
            errors++;
        }
    }
    if (data.ephemeralStorageGiB !== undefined) {
        let data29 = data.ephemeralStorageGiB;
        if (!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) {
            const err52 = { instancePath: instancePath + "/ephemeralStorageGiB", schemaPath: "#/definitions/settings/properties/ephemeralStorageGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.type, parentSchema: schema30, data: data29 };
            if (vErrors === null) {
                vErrors = [err52];
            }
            else {
                vErrors.push(err52);
            }
            errors++;
        }
    }
    if (data.executionRoleArn !== undefined) {
        let data30 = data.executionRoleArn;
        if (typeof data30 === "string") {
            if (!pattern1.test(data30)) {
                const err53 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/definitions/settings/properties/executionRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data30 };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        else {
            const err54 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/definitions/settings/properties/executionRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data30 };
            if (vErrors === null) {
                vErrors = [err54];
            }
            else {
                vErrors.push(err54);
            }
            errors++;
        }
    }
    if (data.taskRoleArn !== undefined) {
        let data31 = data.taskRoleArn;
        if (typeof data31 === "string") {
            if (!pattern1.test(data31)) {
                const err55 = { instancePath: instancePath + "/taskRoleArn", schemaPath: "#/definitions/settings/properties/taskRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data31 };
                if (vErrors === null) {
                    vErrors = [err55];
                }
                else {
                    vErrors.push(err55);
                }
                errors++;
            }
        }
        else {
            const err56 = { instancePath: instancePath + "/taskRoleArn", schemaPath: "#/definitions/settings/properties/taskRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data31 };
            if (vErrors === null) {
                vErrors = [err56];
            }
            else {
                vErrors.push(err56);
            }
            errors++;
        }
    }
    if (data.schedulerRoleArn !== undefined) {
        let data32 = data.schedulerRoleArn;
        if (typeof data32 === "string") {
            if (!pattern1.test(data32)) {
                const err57 = { instancePath: instancePath + "/schedulerRoleArn", schemaPath: "#/definitions/settings/properties/schedulerRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data32 };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
        }
        else {
            const err58 = { instancePath: instancePath + "/schedulerRoleArn", schemaPath: "#/definitions/settings/properties/schedulerRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data32 };
            if (vErrors === null) {
                vErrors = [err58];
            }
            else {
                vErrors.push(err58);
            }
            errors++;
        }
    }
    if (data.network !== undefined) {
        let data33 = data.network;
        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.subnets === undefined) {
                const err59 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/settings/properties/network/required", keyword: "required", params: { missingProperty: "subnets" }, message: "must have required property '" + "subnets" + "'", schema: schema34.required, parentSchema: schema34, data: data33 };
                if (vErrors === null) {
                    vErrors = [err59];
                }
                else {
                    vErrors.push(err59);
                }
                errors++;
            }
            for (const key4 in data33) {
                if (!(((key4 === "subnets") || (key4 === "securityGroups")) || (key4 === "assignPublicIp"))) {
                    const err60 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/settings/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data33 };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
            }
            if (data33.subnets !== undefined) {
                let data34 = data33.subnets;
                if (Array.isArray(data34)) {
                    if (data34.length > 16) {
                        const err61 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/definitions/settings/properties/network/properties/subnets/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema34.properties.subnets, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                    if (data34.length < 1) {
                        const err62 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/definitions/settings/properties/network/properties/subnets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.subnets, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                    const len6 = data34.length;
                    for (let i7 = 0; i7 < len6; i7++) {
                        let data35 = data34[i7];
                        if (typeof data35 === "string") {
                            if (!pattern4.test(data35)) {
                                const err63 = { instancePath: instancePath + "/network/subnets/" + i7, schemaPath: "#/definitions/settings/properties/network/properties/subnets/items/pattern", keyword: "pattern", params: { pattern: "^subnet-[0-9a-zA-Z]+$" }, message: "must match pattern \"" + "^subnet-[0-9a-zA-Z]+$" + "\"", schema: "^subnet-[0-9a-zA-Z]+$", parentSchema: schema34.properties.subnets.items, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err64 = { instancePath: instancePath + "/network/subnets/" + i7, schemaPath: "#/definitions/settings/properties/network/properties/subnets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.subnets.items.type, parentSchema: schema34.properties.subnets.items, data: data35 };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err65 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/definitions/settings/properties/network/properties/subnets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.subnets.type, parentSchema: schema34.properties.subnets, data: data34 };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
            }
            if (data33.securityGroups !== undefined) {
                let data36 = data33.securityGroups;
                if (Array.isArray(data36)) {
                    if (data36.length > 5) {
                        const err66 = { instancePath: instancePath + "/network/securityGroups", schemaPath: "#/definitions/settings/properties/network/properties/securityGroups/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema34.properties.securityGroups, data: data36 };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    const len7 = data36.length;
                    for (let i8 = 0; i8 < len7; i8++) {
                        let data37 = data36[i8];
                        if (typeof data37 === "string") {
                            if (!pattern5.test(data37)) {
                                const err67 = { instancePath: instancePath + "/network/securityGroups/" + i8, schemaPath: "#/definitions/settings/properties/network/properties/securityGroups/items/pattern", keyword: "pattern", params: { pattern: "^sg-[0-9a-zA-Z]+$" }, message: "must match pattern \"" + "^sg-[0-9a-zA-Z]+$" + "\"", schema: "^sg-[0-9a-zA-Z]+$", parentSchema: schema34.properties.securityGroups.items, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err68 = { instancePath: instancePath + "/network/securityGroups/" + i8, schemaPath: "#/definitions/settings/properties/network/properties/securityGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.securityGroups.items.type, parentSchema: schema34.properties.securityGroups.items, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err69 = { instancePath: instancePath + "/network/securityGroups", schemaPath: "#/definitions/settings/properties/network/properties/securityGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.securityGroups.type, parentSchema: schema34.properties.securityGroups, data: data36 };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
            }
            if (data33.assignPublicIp !== undefined) {
                let data38 = data33.assignPublicIp;
                if (!((data38 === "ENABLED") || (data38 === "DISABLED"))) {
                    const err70 = { instancePath: instancePath + "/network/assignPublicIp", schemaPath: "#/definitions/settings/properties/network/properties/assignPublicIp/enum", keyword: "enum", params: { allowedValues: schema34.properties.assignPublicIp.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.assignPublicIp.enum, parentSchema: schema34.properties.assignPublicIp, data: data38 };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
            }
        }
        else {
            const err71 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/settings/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data33 };
            if (vErrors === null) {
                vErrors = [err71];
            }
            else {
                vErrors.push(err71);
            }
            errors++;
        }
    }
    if (data.logs !== undefined) {
        let data39 = data.logs;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.group === undefined) {
                const err72 = { instancePath: instancePath + "/logs", schemaPath: "#/definitions/settings/properties/logs/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property '" + "group" + "'", schema: schema35.required, parentSchema: schema35, data: data39 };
                if (vErrors === null) {
                    vErrors = [err72];
                }
                else {
                    vErrors.push(err72);
                }
                errors++;
            }
            for (const key5 in data39) {
                if (!(((key5 === "group") || (key5 === "retentionDays")) || (key5 === "streamPrefix"))) {
                    const err73 = { instancePath: instancePath + "/logs", schemaPath: "#/definitions/settings/properties/logs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data39 };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
            }
            if (data39.group !== undefined) {
                let data40 = data39.group;
                if (typeof data40 === "string") {
                    if (func3(data40) < 1) {
                        const err74 = { instancePath: instancePath + "/logs/group", schemaPath: "#/definitions/settings/properties/logs/properties/group/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.group, data: data40 };
                        if (vErrors === null) {
                            vErrors = [err74];
                        }
                        else {
                            vErrors.push(err74);
                        }
                        errors++;
                    }
                }
                else {
                    const err75 = { instancePath: instancePath + "/logs/group", schemaPath: "#/definitions/settings/properties/logs/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.group.type, parentSchema: schema35.properties.group, data: data40 };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
            }
            if (data39.retentionDays !== undefined) {
                let data41 = data39.retentionDays;
                if (!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))) {
                    const err76 = { instancePath: instancePath + "/logs/retentionDays", schemaPath: "#/definitions/settings/properties/logs/properties/retentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.retentionDays.type, parentSchema: schema35.properties.retentionDays, data: data41 };
                    if (vErrors === null) {
                        vErrors = [err76];
                    }
                    else {
                        vErrors.push(err76);
                    }
                    errors++;
                }
            }
            if (data39.streamPrefix !== undefined) {
                let data42 = data39.streamPrefix;
                if (typeof data42 === "string") {
                    if (func3(data42) < 1) {
                        const err77 = { instancePath: instancePath + "/logs/streamPrefix", schemaPath: "#/definitions/settings/properties/logs/properties/streamPrefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.streamPrefix, data: data42 };
                        if (vErrors === null) {
                            vErrors = [err77];
                        }
                        else {
                            vErrors.push(err77);
                        }
                        errors++;
                    }
                }
                else {
                    const err78 = { instancePath: instancePath + "/logs/streamPrefix", schemaPath: "#/definitions/settings/properties/logs/properties/streamPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.streamPrefix.type, parentSchema: schema35.properties.streamPrefix, data: data42 };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
        }
        else {
            const err79 = { instancePath: instancePath + "/logs", schemaPath: "#/definitions/settings/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data39 };
            if (vErrors === null) {
                vErrors = [err79];
            }
            else {
                vErrors.push(err79);
            }
            errors++;
        }
    }
    if (data.environment !== undefined) {
        let data43 = data.environment;
        if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            for (const key6 in data43) {
                let data44 = data43[key6];
                if (((typeof data44 !== "string") && (!((typeof data44 == "number") && (isFinite(data44))))) && (typeof data44 !== "boolean")) {
                    const err80 = { instancePath: instancePath + "/environment/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/settings/properties/environment/additionalProperties/type", keyword: "type", params: { type: schema36.additionalProperties.type }, message: "must be string,number,boolean", schema: schema36.additionalProperties.type, parentSchema: schema36.additionalProperties, data: data44 };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
        }
        else {
            const err81 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/settings/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data43 };
            if (vErrors === null) {
                vErrors = [err81];
            }
            else {
                vErrors.push(err81);
            }
            errors++;
        }
    }
    if (data.secrets !== undefined) {
        let data45 = data.secrets;
        if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            for (const key7 in data45) {
                let data46 = data45[key7];
                if (typeof data46 === "string") {
                    if (func3(data46) < 1) {
                        const err82 = { instancePath: instancePath + "/secrets/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/settings/properties/secrets/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.additionalProperties, data: data46 };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
                else {
                    const err83 = { instancePath: instancePath + "/secrets/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/settings/properties/secrets/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.additionalProperties.type, parentSchema: schema37.additionalProperties, data: data46 };
                    if (vErrors === null) {
                        vErrors = [err83];
                    }
                    else {
                        vErrors.push(err83);
                    }
                    errors++;
                }
            }
        }
        else {
            const err84 = { instancePath: instancePath + "/secrets", schemaPath: "#/definitions/settings/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data45 };
            if (vErrors === null) {
                vErrors = [err84];
            }
            else {
                vErrors.push(err84);
            }
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data47 = data.tags;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            for (const key8 in data47) {
                let data48 = data47[key8];
                if (typeof data48 !== "string") {
                    const err85 = { instancePath: instancePath + "/tags/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/settings/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.additionalProperties.type, parentSchema: schema38.additionalProperties, data: data48 };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
            }
        }
        else {
            const err86 = { instancePath: instancePath + "/tags", schemaPath: "#/definitions/settings/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data47 };
            if (vErrors === null) {
                vErrors = [err86];
            }
            else {
                vErrors.push(err86);
            }
            errors++;
        }
    }
    if (data.containerName !== undefined) {
        let data49 = data.containerName;
        if (typeof data49 !== "string") {
            const err87 = { instancePath: instancePath + "/containerName", schemaPath: "#/definitions/settings/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data49 };
            if (vErrors === null) {
                vErrors = [err87];
            }
            else {
                vErrors.push(err87);
            }
            errors++;
        }
    }
    if (data.taskDefinition !== undefined) {
        let data50 = data.taskDefinition;
        if (typeof data50 !== "string") {
            const err88 = { instancePath: instancePath + "/taskDefinition", schemaPath: "#/definitions/settings/properties/taskDefinition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data50 };
            if (vErrors === null) {
                vErrors = [err88];
            }
            else {
                vErrors.push(err88);
            }
            errors++;
        }
    }
    if (data.deadLetterQueueArn !== undefined) {
        let data51 = data.deadLetterQueueArn;
        if (typeof data51 === "string") {
            if (!pattern6.test(data51)) {
                const err89 = { instancePath: instancePath + "/deadLetterQueueArn", schemaPath: "#/definitions/settings/properties/deadLetterQueueArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" + "\"", schema: "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$", parentSchema: schema41, data: data51 };
                if (vErrors === null) {
                    vErrors = [err89];
                }
                else {
                    vErrors.push(err89);
                }
                errors++;
            }
        }
        else {
            const err90 = { instancePath: instancePath + "/deadLetterQueueArn", schemaPath: "#/definitions/settings/properties/deadLetterQueueArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data51 };
            if (vErrors === null) {
                vErrors = [err90];
            }
            else {
                vErrors.push(err90);
            }
            errors++;
        }
    }
    if (data.retryPolicy !== undefined) {
        let data52 = data.retryPolicy;
        if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key9 in data52) {
                if (!((key9 === "maximumRetryAttempts") || (key9 === "maximumEventAgeInSeconds"))) {
                    const err91 = { instancePath: instancePath + "/retryPolicy", schemaPath: "#/definitions/settings/properties/retryPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data52 };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
            }
            if (data52.maximumRetryAttempts !== undefined) {
                let data53 = data52.maximumRetryAttempts;
                if (!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))) {
                    const err92 = { instancePath: instancePath + "/retryPolicy/maximumRetryAttempts", schemaPath: "#/definitions/settings/properties/retryPolicy/properties/maximumRetryAttempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.maximumRetryAttempts.type, parentSchema: schema42.properties.maximumRetryAttempts, data: data53 };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
            }
            if (data52.maximumEventAgeInSeconds !== undefined) {
                let data54 = data52.maximumEventAgeInSeconds;
                if (!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))) {
                    const err93 = { instancePath: instancePath + "/retryPolicy/maximumEventAgeInSeconds", schemaPath: "#/definitions/settings/properties/retryPolicy/properties/maximumEventAgeInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.maximumEventAgeInSeconds.type, parentSchema: schema42.properties.maximumEventAgeInSeconds, data: data54 };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
            }
        }
        else {
            const err94 = { instancePath: instancePath + "/retryPolicy", schemaPath: "#/definitions/settings/properties/retryPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data52 };
            if (vErrors === null) {
                vErrors = [err94];
            }
            else {
                vErrors.push(err94);
            }
            errors++;
        }
    }
    if (data.flexibleTimeWindowMinutes !== undefined) {
        let data55 = data.flexibleTimeWindowMinutes;
        if (!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))) {
            const err95 = { instancePath: instancePath + "/flexibleTimeWindowMinutes", schemaPath: "#/definitions/settings/properties/flexibleTimeWindowMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.type, parentSchema: schema43, data: data55 };
            if (vErrors === null) {
                vErrors = [err95];
            }
            else {
                vErrors.push(err95);
            }
            errors++;
        }
    }
    if (data.alerts !== undefined) {
        let data56 = data.alerts;
        if (typeof data56 !== "boolean") {
            const err96 = { instancePath: instancePath + "/alerts", schemaPath: "#/definitions/settings/properties/alerts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.type, parentSchema: schema44, data: data56 };
            if (vErrors === null) {
                vErrors = [err96];
            }
            else {
                vErrors.push(err96);
            }
            errors++;
        }
    }
    if (data.retries !== undefined) {
        let data57 = data.retries;
        if (!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))) {
            const err97 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/settings/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.type, parentSchema: schema45, data: data57 };
            if (vErrors === null) {
                vErrors = [err97];
            }
            else {
                vErrors.push(err97);
            }
            errors++;
        }
    }
    if (data.retryDelay !== undefined) {
        let data58 = data.retryDelay;
        if (typeof data58 !== "string") {
            const err98 = { instancePath: instancePath + "/retryDelay", schemaPath: "#/definitions/settings/properties/retryDelay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data58 };
            if (vErrors === null) {
                vErrors = [err98];
            }
            else {
                vErrors.push(err98);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data59 = data.timeout;
        if (typeof data59 !== "string") {
            const err99 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/settings/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data59 };
            if (vErrors === null) {
                vErrors = [err99];
            }
            else {
                vErrors.push(err99);
            }
            errors++;
        }
    }
    if (data.concurrency !== undefined) {
        let data60 = data.concurrency;
        if (!(((data60 === "allow") || (data60 === "forbid")) || (data60 === "replace"))) {
            const err100 = { instancePath: instancePath + "/concurrency", schemaPath: "#/definitions/settings/properties/concurrency/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values", schema: schema48.enum, parentSchema: schema48, data: data60 };
            if (vErrors === null) {
                vErrors = [err100];
            }
            else {
                vErrors.push(err100);
            }
            errors++;
        }
    }
    if (data.stateMachineRoleArn !== undefined) {
        let data61 = data.stateMachineRoleArn;
        if (typeof data61 === "string") {
            if (!pattern1.test(data61)) {
                const err101 = { instancePath: instancePath + "/stateMachineRoleArn", schemaPath: "#/definitions/settings/properties/stateMachineRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data61 };
                if (vErrors === null) {
                    vErrors = [err101];
                }
                else {
                    vErrors.push(err101);
                }
                errors++;
            }
        }
        else {
            const err102 = { instancePath: instancePath + "/stateMachineRoleArn", schemaPath: "#/definitions/settings/properties/stateMachineRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data61 };
            if (vErrors === null) {
                vErrors = [err102];
            }
            else {
                vErrors.push(err102);
            }
            errors++;
        }
    }
    if (data.startTimeout !== undefined) {
        let data62 = data.startTimeout;
        if (typeof data62 !== "string") {
            const err103 = { instancePath: instancePath + "/startTimeout", schemaPath: "#/definitions/settings/properties/startTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data62 };
            if (vErrors === null) {
                vErrors = [err103];
            }
            else {
                vErrors.push(err103);
            }
            errors++;
        }
    }
    if (data.retryOn !== undefined) {
        let data63 = data.retryOn;
        if (Array.isArray(data63)) {
            if (data63.length < 1) {
                const err104 = { instancePath: instancePath + "/retryOn", schemaPath: "#/definitions/settings/properties/retryOn/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data63 };
                if (vErrors === null) {
                    vErrors = [err104];
                }
                else {
                    vErrors.push(err104);
                }
                errors++;
            }
            const len8 = data63.length;
            for (let i9 = 0; i9 < len8; i9++) {
                let data64 = data63[i9];
                if (!(((data64 === "not-started") || (data64 === "failed")) || (data64 === "timeout"))) {
                    const err105 = { instancePath: instancePath + "/retryOn/" + i9, schemaPath: "#/definitions/settings/properties/retryOn/items/enum", keyword: "enum", params: { allowedValues: schema51.items.enum }, message: "must be equal to one of the allowed values", schema: schema51.items.enum, parentSchema: schema51.items, data: data64 };
                    if (vErrors === null) {
                        vErrors = [err105];
                    }
                    else {
                        vErrors.push(err105);
                    }
                    errors++;
                }
            }
            let i10 = data63.length;
            let j1;
            if (i10 > 1) {
                outer0: for (; i10--;) {
                    for (j1 = i10; j1--;) {
                        if (func0(data63[i10], data63[j1])) {
                            const err106 = { instancePath: instancePath + "/retryOn", schemaPath: "#/definitions/settings/properties/retryOn/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i10 + " are identical)", schema: true, parentSchema: schema51, data: data63 };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err107 = { instancePath: instancePath + "/retryOn", schemaPath: "#/definitions/settings/properties/retryOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data63 };
            if (vErrors === null) {
                vErrors = [err107];
            }
            else {
                vErrors.push(err107);
            }
            errors++;
        }
    }
    if (data.noRetryExitCodes !== undefined) {
        let data65 = data.noRetryExitCodes;
        if (Array.isArray(data65)) {
            const len9 = data65.length;
            for (let i11 = 0; i11 < len9; i11++) {
                let data66 = data65[i11];
                if (!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))) {
                    const err108 = { instancePath: instancePath + "/noRetryExitCodes/" + i11, schemaPath: "#/definitions/settings/properties/noRetryExitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.items.type, parentSchema: schema52.items, data: data66 };
                    if (vErrors === null) {
                        vErrors = [err108];
                    }
                    else {
                        vErrors.push(err108);
                    }
                    errors++;
                }
            }
            let i12 = data65.length;
            let j2;
            if (i12 > 1) {
                const indices1 = {};
                for (; i12--;) {
                    let item1 = data65[i12];
                    if (!(((typeof item1 == "number") && (!(item1 % 1) && !isNaN(item1))) && (isFinite(item1)))) {
                        continue;
                    }
                    if (typeof indices1[item1] == "number") {
                        j2 = indices1[item1];
                        const err109 = { instancePath: instancePath + "/noRetryExitCodes", schemaPath: "#/definitions/settings/properties/noRetryExitCodes/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i12 + " are identical)", schema: true, parentSchema: schema52, data: data65 };
                        if (vErrors === null) {
                            vErrors = [err109];
                        }
                        else {
                            vErrors.push(err109);
                        }
                        errors++;
                        break;
                    }
                    indices1[item1] = i12;
                }
            }
        }
        else {
            const err110 = { instancePath: instancePath + "/noRetryExitCodes", schemaPath: "#/definitions/settings/properties/noRetryExitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.type, parentSchema: schema52, data: data65 };
            if (vErrors === null) {
                vErrors = [err110];
            }
            else {
                vErrors.push(err110);
            }
            errors++;
        }
    }
    if (data.spotFallback !== undefined) {
        let data67 = data.spotFallback;
        if (typeof data67 !== "string") {
            const err111 = { instancePath: instancePath + "/spotFallback", schemaPath: "#/definitions/settings/properties/spotFallback/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.type, parentSchema: schema53, data: data67 };
            if (vErrors === null) {
                vErrors = [err111];
            }
            else {
                vErrors.push(err111);
            }
            errors++;
        }
    }
    if (data.deadline !== undefined) {
        let data68 = data.deadline;
        if (typeof data68 !== "string") {
            const err112 = { instancePath: instancePath + "/deadline", schemaPath: "#/definitions/settings/properties/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.type, parentSchema: schema54, data: data68 };
            if (vErrors === null) {
                vErrors = [err112];
            }
            else {
                vErrors.push(err112);
            }
            errors++;
        }
    }
}
else {
    const err113 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
        vErrors = [err113];
    }
    else {
        vErrors.push(err113);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
const schema57 = { "type": "object", "additionalProperties": false, "properties": { "cluster": { "type": "string", "minLength": 1 }, "backend": { "enum": ["scheduler", "rules"] }, "image": { "type": "object", "additionalProperties": false, "properties": { "repository": { "type": "string", "minLength": 2 }, "context": { "type": "string" }, "dockerfile": { "type": "string" } } }, "defaults": { "$ref": "#/definitions/settings" }, "alerts": { "$ref": "#/definitions/alerts" }, "history": { "$ref": "#/definitions/history" }, "jobs": { "type": "object", "additionalProperties": { "$ref": "#/definitions/jobFields" } } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema18.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data0 = data.description;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.description.type, parentSchema: schema18.properties.description, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.schedule !== undefined) {
        let data1 = data.schedule;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.schedule.type, parentSchema: schema18.properties.schedule, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data2 = data.command;
        if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                if (typeof data3 !== "string") {
                    const err3 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.command.items.type, parentSchema: schema18.properties.command.items, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.command.type, parentSchema: schema18.properties.command, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.after !== undefined) {
        let data4 = data.after;
        if ((typeof data4 !== "string") && (!(Array.isArray(data4)))) {
            const err5 = { instancePath: instancePath + "/after", schemaPath: "#/properties/after/type", keyword: "type", params: { type: schema18.properties.after.type }, message: "must be string,array", schema: schema18.properties.after.type, parentSchema: schema18.properties.after, data: data4 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (Array.isArray(data4)) {
            if (data4.length < 1) {
                const err6 = { instancePath: instancePath + "/after", schemaPath: "#/properties/after/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.after, data: data4 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data5 = data4[i1];
                if (typeof data5 !== "string") {
                    const err7 = { instancePath: instancePath + "/after/" + i1, schemaPath: "#/properties/after/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.after.items.type, parentSchema: schema18.properties.after.items, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.replaces !== undefined) {
        let data6 = data.replaces;
        if ((typeof data6 !== "string") && (!(Array.isArray(data6)))) {
            const err8 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/type", keyword: "type", params: { type: schema18.properties.replaces.type }, message: "must be string,array", schema: schema18.properties.replaces.type, parentSchema: schema18.properties.replaces, data: data6 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (typeof data6 === "string") {
            if (!pattern8.test(data6)) {
                const err9 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/pattern", keyword: "pattern", params: { pattern: "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" }, message: "must match pattern \"" + "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" + "\"", schema: "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$", parentSchema: schema18.properties.replaces, data: data6 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (Array.isArray(data6)) {
            if (data6.length < 1) {
                const err10 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.replaces, data: data6 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data7 = data6[i2];
                if (typeof data7 === "string") {
                    if (!pattern8.test(data7)) {
                        const err11 = { instancePath: instancePath + "/replaces/" + i2, schemaPath: "#/properties/replaces/items/pattern", keyword: "pattern", params: { pattern: "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" }, message: "must match pattern \"" + "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$" + "\"", schema: "^(rule/[.\\-_A-Za-z0-9]{1,64}(/[.\\-_A-Za-z0-9]{1,64})?|schedule/[.\\-_A-Za-z0-9]{1,64}/[.\\-_A-Za-z0-9]{1,64})$", parentSchema: schema18.properties.replaces.items, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/replaces/" + i2, schemaPath: "#/properties/replaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.replaces.items.type, parentSchema: schema18.properties.replaces.items, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            let i3 = data6.length;
            let j0;
            if (i3 > 1) {
                const indices0 = {};
                for (; i3--;) {
                    let item0 = data6[i3];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err13 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema18.properties.replaces, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i3;
                }
            }
        }
    }
    if (data.timezone !== undefined) {
        let data8 = data.timezone;
        if (typeof data8 !== "string") {
            const err14 = { instancePath: instancePath + "/timezone", schemaPath: "#/definitions/settings/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data8 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.enabled !== undefined) {
        let data9 = data.enabled;
        if (typeof data9 !== "boolean") {
            const err15 = { instancePath: instancePath + "/enabled", schemaPath: "#/definitions/settings/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.type, parentSchema: schema20, data: data9 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.launchType !== undefined) {
        let data10 = data.launchType;
        if (!((((data10 === "FARGATE") || (data10 === "EC2")) || (data10 === "EXTERNAL")) || (data10 === null))) {
            const err16 = { instancePath: instancePath + "/launchType", schemaPath: "#/definitions/settings/properties/launchType/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values", schema: schema21.enum, parentSchema: schema21, data: data10 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.capacityProviderStrategy !== undefined) {
        let data11 = data.capacityProviderStrategy;
        if ((!(Array.isArray(data11))) && (data11 !== null)) {
            const err17 = { instancePath: instancePath + "/capacityProviderStrategy", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/type", keyword: "type", params: { type: schema22.type }, message: "must be array,null", schema: schema22.type, parentSchema: schema22, data: data11 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (Array.isArray(data11)) {
            if (data11.length < 1) {
                const err18 = { instancePath: instancePath + "/capacityProviderStrategy", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data11 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            const len3 = data11.length;
            for (let i4 = 0; i4 < len3; i4++) {
                let data12 = data11[i4];
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    if (data12.capacityProvider === undefined) {
                        const err19 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4, schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/required", keyword: "required", params: { missingProperty: "capacityProvider" }, message: "must have required property '" + "capacityProvider" + "'", schema: schema22.items.required, parentSchema: schema22.items, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    for (const key1 in data12) {
                        if (!(((key1 === "capacityProvider") || (key1 === "weight")) || (key1 === "base"))) {
                            const err20 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4, schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22.items, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data12.capacityProvider !== undefined) {
                        let data13 = data12.capacityProvider;
                        if (typeof data13 === "string") {
                            if (func3(data13) < 1) {
                                const err21 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/capacityProvider", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/capacityProvider/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.items.properties.capacityProvider, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err22 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/capacityProvider", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/capacityProvider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.items.properties.capacityProvider.type, parentSchema: schema22.items.properties.capacityProvider, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data12.weight !== undefined) {
                        let data14 = data12.weight;
                        if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                            const err23 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/weight", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.items.properties.weight.type, parentSchema: schema22.items.properties.weight, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        if ((typeof data14 == "number") && (isFinite(data14))) {
                            if (data14 > 1000 || isNaN(data14)) {
                                const err24 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/weight", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000", schema: 1000, parentSchema: schema22.items.properties.weight, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                            if (data14 < 0 || isNaN(data14)) {
                                const err25 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/weight", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.items.properties.weight, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data12.base !== undefined) {
                        let data15 = data12.base;
                        if (!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) {
                            const err26 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/base", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/base/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.items.properties.base.type, parentSchema: schema22.items.properties.base, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                        if ((typeof data15 == "number") && (isFinite(data15))) {
                            if (data15 > 100000 || isNaN(data15)) {
                                const err27 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/base", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/base/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100000 }, message: "must be <= 100000", schema: 100000, parentSchema: schema22.items.properties.base, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                            if (data15 < 0 || isNaN(data15)) {
                                const err28 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4 + "/base", schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/properties/base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.items.properties.base, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err29 = { instancePath: instancePath + "/capacityProviderStrategy/" + i4, schemaPath: "#/definitions/settings/properties/capacityProviderStrategy/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.items.type, parentSchema: schema22.items, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.platformVersion !== undefined) {
        let data16 = data.platformVersion;
        if (typeof data16 !== "string") {
            const err30 = { instancePath: instancePath + "/platformVersion", schemaPath: "#/definitions/settings/properties/platformVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.type, parentSchema: schema23, data: data16 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.networkMode !== undefined) {
        let data17 = data.networkMode;
        if (!((((data17 === "bridge") || (data17 === "host")) || (data17 === "awsvpc")) || (data17 === "none"))) {
            const err31 = { instancePath: instancePath + "/networkMode", schemaPath: "#/definitions/settings/properties/networkMode/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values", schema: schema24.enum, parentSchema: schema24, data: data17 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.placementConstraints !== undefined) {
        let data18 = data.placementConstraints;
        if (Array.isArray(data18)) {
            if (data18.length > 10) {
                const err32 = { instancePath: instancePath + "/placementConstraints", schemaPath: "#/definitions/settings/properties/placementConstraints/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema25, data: data18 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            const len4 = data18.length;
            for (let i5 = 0; i5 < len4; i5++) {
                let data19 = data18[i5];
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.type === undefined) {
                        const err33 = { instancePath: instancePath + "/placementConstraints/" + i5, schemaPath: "#/definitions/settings/properties/placementConstraints/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema25.items.required, parentSchema: schema25.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    for (const key2 in data19) {
                        if (!((key2 === "type") || (key2 === "expression"))) {
                            const err34 = { instancePath: instancePath + "/placementConstraints/" + i5, schemaPath: "#/definitions/settings/properties/placementConstraints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    if (data19.type !== undefined) {
                        let data20 = data19.type;
                        if (!((data20 === "distinctInstance") || (data20 === "memberOf"))) {
                            const err35 = { instancePath: instancePath + "/placementConstraints/" + i5 + "/type", schemaPath: "#/definitions/settings/properties/placementConstraints/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema25.items.properties.type.enum, parentSchema: schema25.items.properties.type, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data19.expression !== undefined) {
                        let data21 = data19.expression;
                        if (typeof data21 === "string") {
                            if (func3(data21) > 2000) {
                                const err36 = { instancePath: instancePath + "/placementConstraints/" + i5 + "/expression", schemaPath: "#/definitions/settings/properties/placementConstraints/items/properties/expression/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema25.items.properties.expression, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (func3(data21) < 1) {
                                const err37 = { instancePath: instancePath + "/placementConstraints/" + i5 + "/expression", schemaPath: "#/definitions/settings/properties/placementConstraints/items/properties/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.items.properties.expression, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/placementConstraints/" + i5 + "/expression", schemaPath: "#/definitions/settings/properties/placementConstraints/items/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.items.properties.expression.type, parentSchema: schema25.items.properties.expression, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err39 = { instancePath: instancePath + "/placementConstraints/" + i5, schemaPath: "#/definitions/settings/properties/placementConstraints/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.items.type, parentSchema: schema25.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
        }
        else {
            const err40 = { instancePath: instancePath + "/placementConstraints", schemaPath: "#/definitions/settings/properties/placementConstraints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.type, parentSchema: schema25, data: data18 };
            if (vErrors === null) {
                vErrors = [err40];
            }
            else {
                vErrors.push(err40);
            }
            errors++;
        }
    }
    if (data.placementStrategy !== undefined) {
        let data22 = data.placementStrategy;
        if (Array.isArray(data22)) {
            if (data22.length > 5) {
                const err41 = { instancePath: instancePath + "/placementStrategy", schemaPath: "#/definitions/settings/properties/placementStrategy/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema26, data: data22 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            const len5 = data22.length;
            for (let i6 = 0; i6 < len5; i6++) {
                let data23 = data22[i6];
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                    if (data23.type === undefined) {
                        const err42 = { instancePath: instancePath + "/placementStrategy/" + i6, schemaPath: "#/definitions/settings/properties/placementStrategy/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema26.items.required, parentSchema: schema26.items, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                    for (const key3 in data23) {
                        if (!((key3 === "type") || (key3 === "field"))) {
                            const err43 = { instancePath: instancePath + "/placementStrategy/" + i6, schemaPath: "#/definitions/settings/properties/placementStrategy/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.items, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    if (data23.type !== undefined) {
                        let data24 = data23.type;
                        if (!(((data24 === "random") || (data24 === "spread")) || (data24 === "binpack"))) {
                            const err44 = { instancePath: instancePath + "/placementStrategy/" + i6 + "/type", schemaPath: "#/definitions/settings/properties/placementStrategy/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema26.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema26.items.properties.type.enum, parentSchema: schema26.items.properties.type, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                    }
                    if (data23.field !== undefined) {
                        let data25 = data23.field;
                        if (typeof data25 === "string") {
                            if (func3(data25) < 1) {
                                const err45 = { instancePath: instancePath + "/placementStrategy/" + i6 + "/field", schemaPath: "#/definitions/settings/properties/placementStrategy/items/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.items.properties.field, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err46 = { instancePath: instancePath + "/placementStrategy/" + i6 + "/field", schemaPath: "#/definitions/settings/properties/placementStrategy/items/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.items.properties.field.type, parentSchema: schema26.items.properties.field, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err47 = { instancePath: instancePath + "/placementStrategy/" + i6, schemaPath: "#/definitions/settings/properties/placementStrategy/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.items.type, parentSchema: schema26.items, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
        }
        else {
            const err48 = { instancePath: instancePath + "/placementStrategy", schemaPath: "#/definitions/settings/properties/placementStrategy/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data: data22 };
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
    }
    if (data.cpu !== undefined) {
        let data26 = data.cpu;
        if (!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) {
            const err49 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/settings/properties/cpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.type, parentSchema: schema27, data: data26 };
            if (vErrors === null) {
                vErrors = [err49];
            }
            else {
                vErrors.push(err49);
            }
            errors++;
        }
    }
    if (data.memory !== undefined) {
        let data27 = data.memory;
        if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
            const err50 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/settings/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.type, parentSchema: schema28, data: data27 };
            if (vErrors === null) {
                vErrors = [err50];
            }
            else {
                vErrors.push(err50);
            }
            errors++;
        }
    }
    if (data.architecture !== undefined) {
        let data28 = data.architecture;
        if (!((data28 === "X86_64") || (data28 === "ARM64"))) {
            const err51 = { instancePath: instancePath + "/architecture", schemaPath: "#/definitions/settings/properties/architecture/enum", keyword: "enum", params: { allowedValues: schema29.enum }, message: "must be equal to one of the allowed values", schema: schema29.enum, parentSchema: schema29, data: data28 };
            if (vErrors === null) {
                vErrors = [err51];
            }
            else {
                vErrors.push(err51);
            }
            errors++;
        }
    }
    if (data.ephemeralStorageGiB !== undefined) {
        let data29 = data.ephemeralStorageGiB;
        if (!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) {
            const err52 = { instancePath: instancePath + "/ephemeralStorageGiB", schemaPath: "#/definitions/settings/properties/ephemeralStorageGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.type, parentSchema: schema30, data: data29 };
            if (vErrors === null) {
                vErrors = [err52];
            }
            else {
                vErrors.push(err52);
            }
            errors++;
        }
    }
    if (data.executionRoleArn !== undefined) {
        let data30 = data.executionRoleArn;
        if (typeof data30 === "string") {
            if (!pattern1.test(data30)) {
                const err53 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/definitions/settings/properties/executionRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data30 };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        else {
            const err54 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/definitions/settings/properties/executionRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data30 };
            if (vErrors === null) {
                vErrors = [err54];
            }
            else {
                vErrors.push(err54);
            }
            errors++;
        }
    }
    if (data.taskRoleArn !== undefined) {
        let data31 = data.taskRoleArn;
        if (typeof data31 === "string") {
            if (!pattern1.test(data31)) {
                const err55 = { instancePath: instancePath + "/taskRoleArn", schemaPath: "#/definitions/settings/properties/taskRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data31 };
                if (vErrors === null) {
                    vErrors = [err55];
                }
                else {
                    vErrors.push(err55);
                }
                errors++;
            }
        }
        else {
            const err56 = { instancePath: instancePath + "/taskRoleArn", schemaPath: "#/definitions/settings/properties/taskRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data31 };
            if (vErrors === null) {
                vErrors = [err56];
            }
            else {
                vErrors.push(err56);
            }
            errors++;
        }
    }
    if (data.schedulerRoleArn !== undefined) {
        let data32 = data.schedulerRoleArn;
        if (typeof data32 === "string") {
            if (!pattern1.test(data32)) {
                const err57 = { instancePath: instancePath + "/schedulerRoleArn", schemaPath: "#/definitions/settings/properties/schedulerRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data32 };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
        }
        else {
            const err58 = { instancePath: instancePath + "/schedulerRoleArn", schemaPath: "#/definitions/settings/properties/schedulerRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data32 };
            if (vErrors === null) {
                vErrors = [err58];
            }
            else {
                vErrors.push(err58);
            }
            errors++;
        }
    }
    if (data.network !== undefined) {
        let data33 = data.network;
        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.subnets === undefined) {
                const err59 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/settings/properties/network/required", keyword: "required", params: { missingProperty: "subnets" }, message: "must have required property '" + "subnets" + "'", schema: schema34.required, parentSchema: schema34, data: data33 };
                if (vErrors === null) {
                    vErrors = [err59];
                }
                else {
                    vErrors.push(err59);
                }
                errors++;
            }
            for (const key4 in data33) {
                if (!(((key4 === "subnets") || (key4 === "securityGroups")) || (key4 === "assignPublicIp"))) {
                    const err60 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/settings/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data33 };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
            }
            if (data33.subnets !== undefined) {
                let data34 = data33.subnets;
                if (Array.isArray(data34)) {
                    if (data34.length > 16) {
                        const err61 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/definitions/settings/properties/network/properties/subnets/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema34.properties.subnets, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                    if (data34.length < 1) {
                        const err62 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/definitions/settings/properties/network/properties/subnets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.subnets, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                    const len6 = data34.length;
                    for (let i7 = 0; i7 < len6; i7++) {
                        let data35 = data34[i7];
                        if (typeof data35 === "string") {
                            if (!pattern4.test(data35)) {
                                const err63 = { instancePath: instancePath + "/network/subnets/" + i7, schemaPath: "#/definitions/settings/properties/network/properties/subnets/items/pattern", keyword: "pattern", params: { pattern: "^subnet-[0-9a-zA-Z]+$" }, message: "must match pattern \"" + "^subnet-[0-9a-zA-Z]+$" + "\"", schema: "^subnet-[0-9a-zA-Z]+$", parentSchema: schema34.properties.subnets.items, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err64 = { instancePath: instancePath + "/network/subnets/" + i7, schemaPath: "#/definitions/settings/properties/network/properties/subnets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.subnets.items.type, parentSchema: schema34.properties.subnets.items, data: data35 };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err65 = { instancePath: instancePath + "/network/subnets", schemaPath: "#/definitions/settings/properties/network/properties/subnets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.subnets.type, parentSchema: schema34.properties.subnets, data: data34 };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
            }
            if (data33.securityGroups !== undefined) {
                let data36 = data33.securityGroups;
                if (Array.isArray(data36)) {
                    if (data36.length > 5) {
                        const err66 = { instancePath: instancePath + "/network/securityGroups", schemaPath: "#/definitions/settings/properties/network/properties/securityGroups/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema34.properties.securityGroups, data: data36 };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    const len7 = data36.length;
                    for (let i8 = 0; i8 < len7; i8++) {
                        let data37 = data36[i8];
                        if (typeof data37 === "string") {
                            if (!pattern5.test(data37)) {
                                const err67 = { instancePath: instancePath + "/network/securityGroups/" + i8, schemaPath: "#/definitions/settings/properties/network/properties/securityGroups/items/pattern", keyword: "pattern", params: { pattern: "^sg-[0-9a-zA-Z]+$" }, message: "must match pattern \"" + "^sg-[0-9a-zA-Z]+$" + "\"", schema: "^sg-[0-9a-zA-Z]+$", parentSchema: schema34.properties.securityGroups.items, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err68 = { instancePath: instancePath + "/network/securityGroups/" + i8, schemaPath: "#/definitions/settings/properties/network/properties/securityGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.securityGroups.items.type, parentSchema: schema34.properties.securityGroups.items, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err69 = { instancePath: instancePath + "/network/securityGroups", schemaPath: "#/definitions/settings/properties/network/properties/securityGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.securityGroups.type, parentSchema: schema34.properties.securityGroups, data: data36 };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
            }
            if (data33.assignPublicIp !== undefined) {
                let data38 = data33.assignPublicIp;
                if (!((data38 === "ENABLED") || (data38 === "DISABLED"))) {
                    const err70 = { instancePath: instancePath + "/network/assignPublicIp", schemaPath: "#/definitions/settings/properties/network/properties/assignPublicIp/enum", keyword: "enum", params: { allowedValues: schema34.properties.assignPublicIp.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.assignPublicIp.enum, parentSchema: schema34.properties.assignPublicIp, data: data38 };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
            }
        }
        else {
            const err71 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/settings/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data33 };
            if (vErrors === null) {
                vErrors = [err71];
            }
            else {
                vErrors.push(err71);
            }
            errors++;
        }
    }
    if (data.logs !== undefined) {
        let data39 = data.logs;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.group === undefined) {
                const err72 = { instancePath: instancePath + "/logs", schemaPath: "#/definitions/settings/properties/logs/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property '" + "group" + "'", schema: schema35.required, parentSchema: schema35, data: data39 };
                if (vErrors === null) {
                    vErrors = [err72];
                }
                else {
                    vErrors.push(err72);
                }
                errors++;
            }
            for (const key5 in data39) {
                if (!(((key5 === "group") || (key5 === "retentionDays")) || (key5 === "streamPrefix"))) {
                    const err73 = { instancePath: instancePath + "/logs", schemaPath: "#/definitions/settings/properties/logs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data39 };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
            }
            if (data39.group !== undefined) {
                let data40 = data39.group;
                if (typeof data40 === "string") {
                    if (func3(data40) < 1) {
                        const err74 = { instancePath: instancePath + "/logs/group", schemaPath: "#/definitions/settings/properties/logs/properties/group/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.group, data: data40 };
                        if (vErrors === null) {
                            vErrors = [err74];
                        }
                        else {
                            vErrors.push(err74);
                        }
                        errors++;
                    }
                }
                else {
                    const err75 = { instancePath: instancePath + "/logs/group", schemaPath: "#/definitions/settings/properties/logs/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.group.type, parentSchema: schema35.properties.group, data: data40 };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
            }
            if (data39.retentionDays !== undefined) {
                let data41 = data39.retentionDays;
                if (!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))) {
                    const err76 = { instancePath: instancePath + "/logs/retentionDays", schemaPath: "#/definitions/settings/properties/logs/properties/retentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.retentionDays.type, parentSchema: schema35.properties.retentionDays, data: data41 };
                    if (vErrors === null) {
                        vErrors = [err76];
                    }
                    else {
                        vErrors.push(err76);
                    }
                    errors++;
                }
            }
            if (data39.streamPrefix !== undefined) {
                let data42 = data39.streamPrefix;
                if (typeof data42 === "string") {
                    if (func3(data42) < 1) {
                        const err77 = { instancePath: instancePath + "/logs/streamPrefix", schemaPath: "#/definitions/settings/properties/logs/properties/streamPrefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.streamPrefix, data: data42 };
                        if (vErrors === null) {
                            vErrors = [err77];
                        }
                        else {
                            vErrors.push(err77);
                        }
                        errors++;
                    }
                }
                else {
                    const err78 = { instancePath: instancePath + "/logs/streamPrefix", schemaPath: "#/definitions/settings/properties/logs/properties/streamPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.streamPrefix.type, parentSchema: schema35.properties.streamPrefix, data: data42 };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
        }
        else {
            const err79 = { instancePath: instancePath + "/logs", schemaPath: "#/definitions/settings/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data39 };
            if (vErrors === null) {
                vErrors = [err79];
            }
            else {
                vErrors.push(err79);
            }
            errors++;
        }
    }
    if (data.environment !== undefined) {
        let data43 = data.environment;
        if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            for (const key6 in data43) {
                let data44 = data43[key6];
                if (((typeof data44 !== "string") && (!((typeof data44 == "number") && (isFinite(data44))))) && (typeof data44 !== "boolean")) {
                    const err80 = { instancePath: instancePath + "/environment/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/settings/properties/environment/additionalProperties/type", keyword: "type", params: { type: schema36.additionalProperties.type }, message: "must be string,number,boolean", schema: schema36.additionalProperties.type, parentSchema: schema36.additionalProperties, data: data44 };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
        }
        else {
            const err81 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/settings/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data43 };
            if (vErrors === null) {
                vErrors = [err81];
            }
            else {
                vErrors.push(err81);
            }
            errors++;
        }
    }
    if (data.secrets !== undefined) {
        let data45 = data.secrets;
        if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            for (const key7 in data45) {
                let data46 = data45[key7];
                if (typeof data46 === "string") {
                    if (func3(data46) < 1) {
                        const err82 = { instancePath: instancePath + "/secrets/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/settings/properties/secrets/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.additionalProperties, data: data46 };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
                else {
                    const err83 = { instancePath: instancePath + "/secrets/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/settings/properties/secrets/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.additionalProperties.type, parentSchema: schema37.additionalProperties, data: data46 };
                    if (vErrors === null) {
                        vErrors = [err83];
                    }
                    else {
                        vErrors.push(err83);
                    }
                    errors++;
                }
            }
        }
        else {
            const err84 = { instancePath: instancePath + "/secrets", schemaPath: "#/definitions/settings/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data45 };
            if (vErrors === null) {
                vErrors = [err84];
            }
            else {
                vErrors.push(err84);
            }
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data47 = data.tags;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            for (const key8 in data47) {
                let data48 = data47[key8];
                if (typeof data48 !== "string") {
                    const err85 = { instancePath: instancePath + "/tags/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/settings/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.additionalProperties.type, parentSchema: schema38.additionalProperties, data: data48 };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
            }
        }
        else {
            const err86 = { instancePath: instancePath + "/tags", schemaPath: "#/definitions/settings/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data47 };
            if (vErrors === null) {
                vErrors = [err86];
            }
            else {
                vErrors.push(err86);
            }
            errors++;
        }
    }
    if (data.containerName !== undefined) {
        let data49 = data.containerName;
        if (typeof data49 !== "string") {
            const err87 = { instancePath: instancePath + "/containerName", schemaPath: "#/definitions/settings/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data49 };
            if (vErrors === null) {
                vErrors = [err87];
            }
            else {
                vErrors.push(err87);
            }
            errors++;
        }
    }
    if (data.taskDefinition !== undefined) {
        let data50 = data.taskDefinition;
        if (typeof data50 !== "string") {
            const err88 = { instancePath: instancePath + "/taskDefinition", schemaPath: "#/definitions/settings/properties/taskDefinition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data50 };
            if (vErrors === null) {
                vErrors = [err88];
            }
            else {
                vErrors.push(err88);
            }
            errors++;
        }
    }
    if (data.deadLetterQueueArn !== undefined) {
        let data51 = data.deadLetterQueueArn;
        if (typeof data51 === "string") {
            if (!pattern6.test(data51)) {
                const err89 = { instancePath: instancePath + "/deadLetterQueueArn", schemaPath: "#/definitions/settings/properties/deadLetterQueueArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$" + "\"", schema: "^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:.+$", parentSchema: schema41, data: data51 };
                if (vErrors === null) {
                    vErrors = [err89];
                }
                else {
                    vErrors.push(err89);
                }
                errors++;
            }
        }
        else {
            const err90 = { instancePath: instancePath + "/deadLetterQueueArn", schemaPath: "#/definitions/settings/properties/deadLetterQueueArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data51 };
            if (vErrors === null) {
                vErrors = [err90];
            }
            else {
                vErrors.push(err90);
            }
            errors++;
        }
    }
    if (data.retryPolicy !== undefined) {
        let data52 = data.retryPolicy;
        if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key9 in data52) {
                if (!((key9 === "maximumRetryAttempts") || (key9 === "maximumEventAgeInSeconds"))) {
                    const err91 = { instancePath: instancePath + "/retryPolicy", schemaPath: "#/definitions/settings/properties/retryPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data52 };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
            }
            if (data52.maximumRetryAttempts !== undefined) {
                let data53 = data52.maximumRetryAttempts;
                if (!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))) {
                    const err92 = { instancePath: instancePath + "/retryPolicy/maximumRetryAttempts", schemaPath: "#/definitions/settings/properties/retryPolicy/properties/maximumRetryAttempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.maximumRetryAttempts.type, parentSchema: schema42.properties.maximumRetryAttempts, data: data53 };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
            }
            if (data52.maximumEventAgeInSeconds !== undefined) {
                let data54 = data52.maximumEventAgeInSeconds;
                if (!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))) {
                    const err93 = { instancePath: instancePath + "/retryPolicy/maximumEventAgeInSeconds", schemaPath: "#/definitions/settings/properties/retryPolicy/properties/maximumEventAgeInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.maximumEventAgeInSeconds.type, parentSchema: schema42.properties.maximumEventAgeInSeconds, data: data54 };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
            }
        }
        else {
            const err94 = { instancePath: instancePath + "/retryPolicy", schemaPath: "#/definitions/settings/properties/retryPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data52 };
            if (vErrors === null) {
                vErrors = [err94];
            }
            else {
                vErrors.push(err94);
            }
            errors++;
        }
    }
    if (data.flexibleTimeWindowMinutes !== undefined) {
        let data55 = data.flexibleTimeWindowMinutes;
        if (!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))) {
            const err95 = { instancePath: instancePath + "/flexibleTimeWindowMinutes", schemaPath: "#/definitions/settings/properties/flexibleTimeWindowMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.type, parentSchema: schema43, data: data55 };
            if (vErrors === null) {
                vErrors = [err95];
            }
            else {
                vErrors.push(err95);
            }
            errors++;
        }
    }
    if (data.alerts !== undefined) {
        let data56 = data.alerts;
        if (typeof data56 !== "boolean") {
            const err96 = { instancePath: instancePath + "/alerts", schemaPath: "#/definitions/settings/properties/alerts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.type, parentSchema: schema44, data: data56 };
            if (vErrors === null) {
                vErrors = [err96];
            }
            else {
                vErrors.push(err96);
            }
            errors++;
        }
    }
    if (data.retries !== undefined) {
        let data57 = data.retries;
        if (!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))) {
            const err97 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/settings/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.type, parentSchema: schema45, data: data57 };
            if (vErrors === null) {
                vErrors = [err97];
            }
            else {
                vErrors.push(err97);
            }
            errors++;
        }
    }
    if (data.retryDelay !== undefined) {
        let data58 = data.retryDelay;
        if (typeof data58 !== "string") {
            const err98 = { instancePath: instancePath + "/retryDelay", schemaPath: "#/definitions/settings/properties/retryDelay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data58 };
            if (vErrors === null) {
                vErrors = [err98];
            }
            else {
                vErrors.push(err98);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data59 = data.timeout;
        if (typeof data59 !== "string") {
            const err99 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/settings/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data59 };
            if (vErrors === null) {
                vErrors = [err99];
            }
            else {
                vErrors.push(err99);
            }
            errors++;
        }
    }
    if (data.concurrency !== undefined) {
        let data60 = data.concurrency;
        if (!(((data60 === "allow") || (data60 === "forbid")) || (data60 === "replace"))) {
            const err100 = { instancePath: instancePath + "/concurrency", schemaPath: "#/definitions/settings/properties/concurrency/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values", schema: schema48.enum, parentSchema: schema48, data: data60 };
            if (vErrors === null) {
                vErrors = [err100];
            }
            else {
                vErrors.push(err100);
            }
            errors++;
        }
    }
    if (data.stateMachineRoleArn !== undefined) {
        let data61 = data.stateMachineRoleArn;
        if (typeof data61 === "string") {
            if (!pattern1.test(data61)) {
                const err101 = { instancePath: instancePath + "/stateMachineRoleArn", schemaPath: "#/definitions/settings/properties/stateMachineRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema14, data: data61 };
                if (vErrors === null) {
                    vErrors = [err101];
                }
                else {
                    vErrors.push(err101);
                }
                errors++;
            }
        }
        else {
            const err102 = { instancePath: instancePath + "/stateMachineRoleArn", schemaPath: "#/definitions/settings/properties/stateMachineRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data61 };
            if (vErrors === null) {
                vErrors = [err102];
            }
            else {
                vErrors.push(err102);
            }
            errors++;
        }
    }
    if (data.startTimeout !== undefined) {
        let data62 = data.startTimeout;
        if (typeof data62 !== "string") {
            const err103 = { instancePath: instancePath + "/startTimeout", schemaPath: "#/definitions/settings/properties/startTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data62 };
            if (vErrors === null) {
                vErrors = [err103];
            }
            else {
                vErrors.push(err103);
            }
            errors++;
        }
    }
    if (data.retryOn !== undefined) {
        let data63 = data.retryOn;
        if (Array.isArray(data63)) {
            if (data63.length < 1) {
                const err104 = { instancePath: instancePath + "/retryOn", schemaPath: "#/definitions/settings/properties/retryOn/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data63 };
                if (vErrors === null) {
                    vErrors = [err104];
                }
                else {
                    vErrors.push(err104);
                }
                errors++;
            }
            const len8 = data63.length;
            for (let i9 = 0; i9 < len8; i9++) {
                let data64 = data63[i9];
                if (!(((data64 === "not-started") || (data64 === "failed")) || (data64 === "timeout"))) {
                    const err105 = { instancePath: instancePath + "/retryOn/" + i9, schemaPath: "#/definitions/settings/properties/retryOn/items/enum", keyword: "enum", params: { allowedValues: schema51.items.enum }, message: "must be equal to one of the allowed values", schema: schema51.items.enum, parentSchema: schema51.items, data: data64 };
                    if (vErrors === null) {
                        vErrors = [err105];
                    }
                    else {
                        vErrors.push(err105);
                    }
                    errors++;
                }
            }
            let i10 = data63.length;
            let j1;
            if (i10 > 1) {
                outer0: for (; i10--;) {
                    for (j1 = i10; j1--;) {
                        if (func0(data63[i10], data63[j1])) {
                            const err106 = { instancePath: instancePath + "/retryOn", schemaPath: "#/definitions/settings/properties/retryOn/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i10 + " are identical)", schema: true, parentSchema: schema51, data: data63 };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err107 = { instancePath: instancePath + "/retryOn", schemaPath: "#/definitions/settings/properties/retryOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data63 };
            if (vErrors === null) {
                vErrors = [err107];
            }
            else {
                vErrors.push(err107);
            }
            errors++;
        }
    }
    if (data.noRetryExitCodes !== undefined) {
        let data65 = data.noRetryExitCodes;
        if (Array.isArray(data65)) {
            const len9 = data65.length;
            for (let i11 = 0; i11 < len9; i11++) {
                let data66 = data65[i11];
                if (!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))) {
                    const err108 = { instancePath: instancePath + "/noRetryExitCodes/" + i11, schemaPath: "#/definitions/settings/properties/noRetryExitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.items.type, parentSchema: schema52.items, data: data66 };
                    if (vErrors === null) {
                        vErrors = [err108];
                    }
                    else {
                        vErrors.push(err108);
                    }
                    errors++;
                }
            }
            let i12 = data65.length;
            let j2;
            if (i12 > 1) {
                const indices1 = {};
                for (; i12--;) {
                    let item1 = data65[i12];
                    if (!(((typeof item1 == "number") && (!(item1 % 1) && !isNaN(item1))) && (isFinite(item1)))) {
                        continue;
                    }
                    if (typeof indices1[item1] == "number") {
                        j2 = indices1[item1];
                        const err109 = { instancePath: instancePath + "/noRetryExitCodes", schemaPath: "#/definitions/settings/properties/noRetryExitCodes/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i12 + " are identical)", schema: true, parentSchema: schema52, data: data65 };
                        if (vErrors === null) {
                            vErrors = [err109];
                        }
                        else {
                            vErrors.push(err109);
                        }
                        errors++;
                        break;
                    }
                    indices1[item1] = i12;
                }
            }
        }
        else {
            const err110 = { instancePath: instancePath + "/noRetryExitCodes", schemaPath: "#/definitions/settings/properties/noRetryExitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.type, parentSchema: schema52, data: data65 };
            if (vErrors === null) {
                vErrors = [err110];
            }
            else {
                vErrors.push(err110);
            }
            errors++;
        }
    }
    if (data.spotFallback !== undefined) {
        let data67 = data.spotFallback;
        if (typeof data67 !== "string") {
            const err111 = { instancePath: instancePath + "/spotFallback", schemaPath: "#/definitions/settings/properties/spotFallback/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.type, parentSchema: schema53, data: data67 };
            if (vErrors === null) {
                vErrors = [err111];
            }
            else {
                vErrors.push(err111);
            }
            errors++;
        }
    }
    if (data.deadline !== undefined) {
        let data68 = data.deadline;
        if (typeof data68 !== "string") {
            const err112 = { instancePath: instancePath + "/deadline", schemaPath: "#/definitions/settings/properties/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.type, parentSchema: schema54, data: data68 };
            if (vErrors === null) {
                vErrors = [err112];
            }
            else {
                vErrors.push(err112);
            }
            errors++;
        }
    }
}
else {
    const err113 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
        vErrors = [err113];
    }
    else {
        vErrors.push(err113);
    }
    errors++;
} validate17.errors = vErrors; return errors === 0; }
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((((((key0 === "cluster") || (key0 === "backend")) || (key0 === "image")) || (key0 === "defaults")) || (key0 === "alerts")) || (key0 === "history")) || (key0 === "jobs"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.cluster !== undefined) {
        let data0 = data.cluster;
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.cluster, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.cluster.type, parentSchema: schema57.properties.cluster, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.backend !== undefined) {
        let data1 = data.backend;
        if (!((data1 === "scheduler") || (data1 === "rules"))) {
            const err3 = { instancePath: instancePath + "/backend", schemaPath: "#/properties/backend/enum", keyword: "enum", params: { allowedValues: schema57.properties.backend.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.backend.enum, parentSchema: schema57.properties.backend, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.image !== undefined) {
        let data2 = data.image;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                if (!(((key1 === "repository") || (key1 === "context")) || (key1 === "dockerfile"))) {
                    const err4 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.image, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data2.repository !== undefined) {
                let data3 = data2.repository;
                if (typeof data3 === "string") {
                    if (func3(data3) < 2) {
                        const err5 = { instancePath: instancePath + "/image/repository", schemaPath: "#/properties/image/properties/repository/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema57.properties.image.properties.repository, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
                else {
                    const err6 = { instancePath: instancePath + "/image/repository", schemaPath: "#/properties/image/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.image.properties.repository.type, parentSchema: schema57.properties.image.properties.repository, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data2.context !== undefined) {
                let data4 = data2.context;
                if (typeof data4 !== "string") {
                    const err7 = { instancePath: instancePath + "/image/context", schemaPath: "#/properties/image/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.image.properties.context.type, parentSchema: schema57.properties.image.properties.context, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data2.dockerfile !== undefined) {
                let data5 = data2.dockerfile;
                if (typeof data5 !== "string") {
                    const err8 = { instancePath: instancePath + "/image/dockerfile", schemaPath: "#/properties/image/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.image.properties.dockerfile.type, parentSchema: schema57.properties.image.properties.dockerfile, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.image.type, parentSchema: schema57.properties.image, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.defaults !== undefined) {
        if (!(validate11(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
    }
    if (data.alerts !== undefined) {
        let data7 = data.alerts;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.snsTopicArn === undefined) {
                const err10 = { instancePath: instancePath + "/alerts", schemaPath: "#/definitions/alerts/required", keyword: "required", params: { missingProperty: "snsTopicArn" }, message: "must have required property '" + "snsTopicArn" + "'", schema: schema55.required, parentSchema: schema55, data: data7 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            for (const key2 in data7) {
                if (!((key2 === "snsTopicArn") || (key2 === "on"))) {
                    const err11 = { instancePath: instancePath + "/alerts", schemaPath: "#/definitions/alerts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data7.snsTopicArn !== undefined) {
                let data8 = data7.snsTopicArn;
                if (typeof data8 !== "string") {
                    const err12 = { instancePath: instancePath + "/alerts/snsTopicArn", schemaPath: "#/definitions/alerts/properties/snsTopicArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.snsTopicArn.type, parentSchema: schema55.properties.snsTopicArn, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            if (data7.on !== undefined) {
                let data9 = data7.on;
                if (Array.isArray(data9)) {
                    if (data9.length < 1) {
                        const err13 = { instancePath: instancePath + "/alerts/on", schemaPath: "#/definitions/alerts/properties/on/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.on, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    const len0 = data9.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data10 = data9[i0];
                        if (!(((((data10 === "failed") || (data10 === "not-started")) || (data10 === "schedule-errors")) || (data10 === "missed")) || (data10 === "late"))) {
                            const err14 = { instancePath: instancePath + "/alerts/on/" + i0, schemaPath: "#/definitions/alerts/properties/on/items/enum", keyword: "enum", params: { allowedValues: schema55.properties.on.items.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.on.items.enum, parentSchema: schema55.properties.on.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    let i1 = data9.length;
                    let j0;
                    if (i1 > 1) {
                        outer0: for (; i1--;) {
                            for (j0 = i1; j0--;) {
                                if (func0(data9[i1], data9[j0])) {
                                    const err15 = { instancePath: instancePath + "/alerts/on", schemaPath: "#/definitions/alerts/properties/on/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema55.properties.on, data: data9 };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                    break outer0;
                                }
                            }
                        }
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/alerts/on", schemaPath: "#/definitions/alerts/properties/on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.on.type, parentSchema: schema55.properties.on, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/alerts", schemaPath: "#/definitions/alerts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data7 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.history !== undefined) {
        let data11 = data.history;
        if ((typeof data11 !== "boolean") && (!(data11 && typeof data11 == "object" && !Array.isArray(data11)))) {
            const err18 = { instancePath: instancePath + "/history", schemaPath: "#/definitions/history/type", keyword: "type", params: { type: schema56.type }, message: "must be boolean,object", schema: schema56.type, parentSchema: schema56, data: data11 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key3 in data11) {
                if (!(key3 === "retentionDays")) {
                    const err19 = { instancePath: instancePath + "/history", schemaPath: "#/definitions/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            if (data11.retentionDays !== undefined) {
                let data12 = data11.retentionDays;
                if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                    const err20 = { instancePath: instancePath + "/history/retentionDays", schemaPath: "#/definitions/history/properties/retentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.retentionDays.type, parentSchema: schema56.properties.retentionDays, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.jobs !== undefined) {
        let data13 = data.jobs;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key4 in data13) {
                if (!(validate17(data13[key4], { instancePath: instancePath + "/jobs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data13, parentDataProperty: key4, rootData }))) {
                    vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.jobs.type, parentSchema: schema57.properties.jobs, data: data13 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
}
else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
        vErrors = [err22];
    }
    else {
        vErrors.push(err22);
    }
    errors++;
} validate15.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://raw.githubusercontent.com/ecs-batch/ecs-batch/main/schema/ecs-batch.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.project === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property '" + "project" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.cluster === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cluster" }, message: "must have required property '" + "cluster" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.image === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property '" + "image" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.jobs === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobs" }, message: "must have required property '" + "jobs" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err6 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (1 !== data1) {
            const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.project !== undefined) {
        let data2 = data.project;
        if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
                const err8 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema11.properties.project, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.project.type, parentSchema: schema11.properties.project, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cluster !== undefined) {
        let data3 = data.cluster;
        if (typeof data3 === "string") {
            if (func3(data3) < 1) {
                const err10 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.cluster, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.cluster.type, parentSchema: schema11.properties.cluster, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.backend !== undefined) {
        let data4 = data.backend;
        if (!((data4 === "scheduler") || (data4 === "rules"))) {
            const err12 = { instancePath: instancePath + "/backend", schemaPath: "#/properties/backend/enum", keyword: "enum", params: { allowedValues: schema11.properties.backend.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.backend.enum, parentSchema: schema11.properties.backend, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.image !== undefined) {
        let data5 = data.image;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.repository === undefined) {
                const err13 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/image/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property '" + "repository" + "'", schema: schema12.required, parentSchema: schema12, data: data5 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            for (const key1 in data5) {
                if (!(((key1 === "repository") || (key1 === "context")) || (key1 === "dockerfile"))) {
                    const err14 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data5.repository !== undefined) {
                let data6 = data5.repository;
                if (typeof data6 === "string") {
                    if (func3(data6) < 2) {
                        const err15 = { instancePath: instancePath + "/image/repository", schemaPath: "#/definitions/image/properties/repository/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema12.properties.repository, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/image/repository", schemaPath: "#/definitions/image/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.repository.type, parentSchema: schema12.properties.repository, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            if (data5.context !== undefined) {
                let data7 = data5.context;
                if (typeof data7 !== "string") {
                    const err17 = { instancePath: instancePath + "/image/context", schemaPath: "#/definitions/image/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.context.type, parentSchema: schema12.properties.context, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
            if (data5.dockerfile !== undefined) {
                let data8 = data5.dockerfile;
                if (typeof data8 !== "string") {
                    const err18 = { instancePath: instancePath + "/image/dockerfile", schemaPath: "#/definitions/image/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.dockerfile.type, parentSchema: schema12.properties.dockerfile, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/image/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data5 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.defaults !== undefined) {
        if (!(validate11(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
    }
    if (data.jobs !== undefined) {
        let data10 = data.jobs;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (Object.keys(data10).length < 1) {
                const err20 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.jobs, data: data10 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            for (const key2 in data10) {
                if (!(validate13(data10[key2], { instancePath: instancePath + "/jobs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data10, parentDataProperty: key2, rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.jobs.type, parentSchema: schema11.properties.jobs, data: data10 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.alerts !== undefined) {
        let data12 = data.alerts;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.snsTopicArn === undefined) {
                const err22 = { instancePath: instancePath + "/alerts", schemaPath: "#/definitions/alerts/required", keyword: "required", params: { missingProperty: "snsTopicArn" }, message: "must have required property '" + "snsTopicArn" + "'", schema: schema55.required, parentSchema: schema55, data: data12 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            for (const key3 in data12) {
                if (!((key3 === "snsTopicArn") || (key3 === "on"))) {
                    const err23 = { instancePath: instancePath + "/alerts", schemaPath: "#/definitions/alerts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            if (data12.snsTopicArn !== undefined) {
                let data13 = data12.snsTopicArn;
                if (typeof data13 !== "string") {
                    const err24 = { instancePath: instancePath + "/alerts/snsTopicArn", schemaPath: "#/definitions/alerts/properties/snsTopicArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.snsTopicArn.type, parentSchema: schema55.properties.snsTopicArn, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            if (data12.on !== undefined) {
                let data14 = data12.on;
                if (Array.isArray(data14)) {
                    if (data14.length < 1) {
                        const err25 = { instancePath: instancePath + "/alerts/on", schemaPath: "#/definitions/alerts/properties/on/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.on, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    const len0 = data14.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data15 = data14[i0];
                        if (!(((((data15 === "failed") || (data15 === "not-started")) || (data15 === "schedule-errors")) || (data15 === "missed")) || (data15 === "late"))) {
                            const err26 = { instancePath: instancePath + "/alerts/on/" + i0, schemaPath: "#/definitions/alerts/properties/on/items/enum", keyword: "enum", params: { allowedValues: schema55.properties.on.items.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.on.items.enum, parentSchema: schema55.properties.on.items, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                    let i1 = data14.length;
                    let j0;
                    if (i1 > 1) {
                        outer0: for (; i1--;) {
                            for (j0 = i1; j0--;) {
                                if (func0(data14[i1], data14[j0])) {
                                    const err27 = { instancePath: instancePath + "/alerts/on", schemaPath: "#/definitions/alerts/properties/on/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema55.properties.on, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                    break outer0;
                                }
                            }
                        }
                    }
                }
                else {
                    const err28 = { instancePath: instancePath + "/alerts/on", schemaPath: "#/definitions/alerts/properties/on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.on.type, parentSchema: schema55.properties.on, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
        }
        else {
            const err29 = { instancePath: instancePath + "/alerts", schemaPath: "#/definitions/alerts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data12 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.history !== undefined) {
        let data16 = data.history;
        if ((typeof data16 !== "boolean") && (!(data16 && typeof data16 == "object" && !Array.isArray(data16)))) {
            const err30 = { instancePath: instancePath + "/history", schemaPath: "#/definitions/history/type", keyword: "type", params: { type: schema56.type }, message: "must be boolean,object", schema: schema56.type, parentSchema: schema56, data: data16 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key4 in data16) {
                if (!(key4 === "retentionDays")) {
                    const err31 = { instancePath: instancePath + "/history", schemaPath: "#/definitions/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data16.retentionDays !== undefined) {
                let data17 = data16.retentionDays;
                if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                    const err32 = { instancePath: instancePath + "/history/retentionDays", schemaPath: "#/definitions/history/properties/retentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.retentionDays.type, parentSchema: schema56.properties.retentionDays, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.taskDefinitions !== undefined) {
        let data18 = data.taskDefinitions;
        if (!((data18 === "per-job") || (data18 === "shared"))) {
            const err33 = { instancePath: instancePath + "/taskDefinitions", schemaPath: "#/properties/taskDefinitions/enum", keyword: "enum", params: { allowedValues: schema11.properties.taskDefinitions.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.taskDefinitions.enum, parentSchema: schema11.properties.taskDefinitions, data: data18 };
            if (vErrors === null) {
                vErrors = [err33];
            }
            else {
                vErrors.push(err33);
            }
            errors++;
        }
    }
    if (data.takeOver !== undefined) {
        let data19 = data.takeOver;
        if (!((data19 === "delete") || (data19 === "disable"))) {
            const err34 = { instancePath: instancePath + "/takeOver", schemaPath: "#/properties/takeOver/enum", keyword: "enum", params: { allowedValues: schema11.properties.takeOver.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.takeOver.enum, parentSchema: schema11.properties.takeOver, data: data19 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
    }
    if (data.environments !== undefined) {
        let data20 = data.environments;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key5 in data20) {
                if (!(validate15(data20[key5], { instancePath: instancePath + "/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data20, parentDataProperty: key5, rootData }))) {
                    vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data20 };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
}
else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err36];
    }
    else {
        vErrors.push(err36);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./manifest/schema.ts

// Compiled at build time (scripts/compile-schema.ts): no start pays for compiling the schema.



const schema_validate = schema_validator_generated;
const PATTERN_HINTS = [
    [
        /^project$/,
        'may only contain letters, digits, - and _, and must start with a letter or digit (it prefixes AWS resource names)',
    ],
    [/RoleArn$/, 'must be an IAM role ARN: arn:aws:iam::123456789012:role/name'],
    [/^subnets$/, "must be a subnet id like 'subnet-0a1b2c3d'"],
    [/^securityGroups$/, "must be a security group id like 'sg-0a1b2c3d'"],
    [/^deadLetterQueueArn$/, 'must be an SQS queue ARN: arn:aws:sqs:region:123456789012:name'],
    [
        /^replaces$/,
        'must name a hand-made EventBridge rule (rule/NAME, or rule/NAME/TARGET-ID for one of its targets) ' +
            'or Scheduler schedule (schedule/GROUP/NAME, e.g. schedule/default/nightly)',
    ],
];
/** Checks the document's shape against the JSON Schema; messages say what to do. */
function checkSchema(document) {
    if (schema_validate(document))
        return [];
    const errors = schema_validate.errors ?? [];
    const seen = new Set();
    const problems = [];
    for (const error of errors) {
        if (isExplainedByTypo(error, errors))
            continue;
        const problem = describe(error);
        const id = `${problem.path.join('.')}|${problem.message}`;
        if (!seen.has(id)) {
            seen.add(id);
            problems.push(problem);
        }
    }
    return problems;
}
/** A missing key is not worth a second error when a mistyped key beside it is that key. */
function isExplainedByTypo(error, all) {
    if (error.keyword !== 'required')
        return false;
    const missing = String(error.params.missingProperty);
    return all.some((other) => other.keyword === 'additionalProperties' &&
        other.instancePath === error.instancePath &&
        (0,suggest/* closest */.kp)(String(other.params.additionalProperty), [missing]) === missing);
}
function segments(instancePath) {
    return instancePath === ''
        ? []
        : instancePath
            .slice(1)
            .split('/')
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function label(path) {
    return path.length === 0 ? 'the manifest' : path.join('.');
}
function describe(error) {
    const path = segments(error.instancePath);
    const here = label(path);
    const last = path[path.length - 1] ?? '';
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema.properties ?? {});
            const hint = (0,suggest/* didYouMean */.au)(key, allowed) || (allowed.length ? `; allowed keys: ${allowed.join(', ')}` : '');
            const where = path[0] === 'jobs' && path.length === 1 ? '' : ` in ${here}`;
            return { message: `unknown key '${key}'${where}${hint}`, path: [...path, key], at: 'key' };
        }
        case 'required':
            return { message: `${here} is missing '${String(params.missingProperty)}'`, path, at: 'key' };
        case 'type': {
            const type = String(params.type).replace(',', ' or ');
            const hint = last === 'command' ? ': write the command as a list, e.g. [php, artisan, aggregate:daily]' : '';
            return { message: `${here} must be ${article(type)}${hint}`, path, at: 'value' };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const hint = typeof error.data === 'string' ? (0,suggest/* didYouMean */.au)(error.data, allowed) : '';
            return { message: `${here} must be one of: ${allowed.join(', ')}${hint}`, path, at: 'value' };
        }
        case 'const':
            return { message: `${here} must be ${JSON.stringify(params.allowedValue)}`, path, at: 'value' };
        case 'pattern': {
            const field = path.find((p) => PATTERN_HINTS.some(([re]) => re.test(p))) ?? last;
            const hint = PATTERN_HINTS.find(([re]) => re.test(field))?.[1] ?? `must match ${String(params.pattern)}`;
            return { message: `${here} '${String(error.data)}' ${hint}`, path, at: 'value' };
        }
        case 'minProperties':
            return {
                message: path[0] === 'jobs' ? 'jobs must list at least one job' : `${here} must not be empty`,
                path,
                at: 'value',
            };
        default:
            return { message: `${here} ${error.message ?? 'is invalid'}`, path, at: 'value' };
    }
}
function article(type) {
    if (type === 'integer')
        return 'a whole number';
    if (type === 'object')
        return 'a mapping (key: value)';
    if (type === 'array')
        return 'a list';
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

// EXTERNAL MODULE: ./manifest/yaml.ts + 1 modules
var yaml = __webpack_require__(1908);
;// CONCATENATED MODULE: ./load/load.ts

















/** Reads, parses and checks a manifest file. Never throws for bad input: problems become diagnostics. */
function loadManifest(file, options = {}) {
    let text;
    try {
        text = (0,files/* readBoundedTextFile */.EM)(file, files/* MAX_MANIFEST_BYTES */.ZJ);
    }
    catch (error) {
        const problem = error instanceof files/* FileReadError */.tJ ? error : new files/* FileReadError */.tJ('UNREADABLE', 'cannot read it');
        const message = problem.code === 'ENOENT'
            ? `manifest not found: ${file}. Create one with \`ecs-batch init\` (or copy examples/ecs-batch.yml), ` +
                `or pass its path with --manifest / the manifest input`
            : `cannot read the manifest ${file}: ${problem.message}`;
        return { valid: false, diagnostics: [{ severity: 'error', message, file, line: 1, column: 1, path: '' }] };
    }
    return loadManifestText(text, file, options);
}
/**
 * Checks the base manifest and every environment overlay (what `validate` does without
 * --environment), so a typo in `environments.staging` fails the PR check, not the staging
 * deploy. Each problem is reported once, at its own line; one found only under an overlay says
 * which. The result's manifest is the base one.
 */
function loadAllEnvironments(file, options = {}) {
    let text;
    try {
        text = (0,files/* readBoundedTextFile */.EM)(file, files/* MAX_MANIFEST_BYTES */.ZJ);
    }
    catch {
        return { ...loadManifest(file, options), environments: [] };
    }
    // One read of the YAML serves the base and every environment.
    const read = (0,yaml/* readYaml */.gM)(text);
    const base = loadManifestText(text, file, options, read);
    const { source } = read;
    const data = read.data && 'value' in read.data ? read.data.value : undefined;
    const overlays = data && typeof data === 'object' ? data.environments : undefined;
    const names = overlays && typeof overlays === 'object' && !Array.isArray(overlays) ? Object.keys(overlays) : [];
    if (names.length === 0 || base.diagnostics.some((d) => d.severity === 'error' && d.path === ''))
        return { ...base, environments: names };
    const seen = new Set(base.diagnostics.map(diagnosticKey));
    const diagnostics = [...base.diagnostics];
    const resolved = base.manifest
        ? [{ name: '(base)', manifest: base.manifest }]
        : [];
    for (const environment of names) {
        const result = loadManifestText(text, file, { ...options, environment }, read);
        for (const d of result.diagnostics) {
            if (seen.has(diagnosticKey(d)))
                continue;
            seen.add(diagnosticKey(d));
            diagnostics.push({
                ...d,
                message: d.path.startsWith(`environments.${environment}`)
                    ? d.message
                    : `in environment '${environment}': ${d.message}`,
            });
        }
        if (result.manifest)
            resolved.push({ name: environment, manifest: result.manifest });
    }
    diagnostics.push(...sharedLogStreams(resolved, file, source));
    const all = finish(diagnostics);
    return { ...all, ...(all.valid && base.manifest ? { manifest: base.manifest } : {}), environments: names };
}
function diagnosticKey(d) {
    return `${d.line}:${d.column}:${d.severity}:${d.message}`;
}
/** Two environments whose jobs write to the same log group and stream prefix mix their logs: warn, once per pair. */
function sharedLogStreams(resolved, file, source) {
    const owner = new Map();
    const pairs = new Map();
    for (const { name, manifest } of resolved) {
        for (const job of manifest.jobs) {
            if (!job.logs)
                continue;
            const stream = `${job.logs.group}\0${job.logs.streamPrefix ?? job.name}`;
            const first = owner.get(stream);
            if (first === undefined)
                owner.set(stream, name);
            else if (first !== name) {
                const key = `${first}\0${name}`;
                const pair = pairs.get(key) ?? { first, second: name, group: job.logs.group, jobs: [] };
                pair.jobs.push(job.name);
                pairs.set(key, pair);
            }
        }
    }
    return [...pairs.values()].map((p) => {
        const path = source.has(['environments', p.second, 'defaults'])
            ? ['environments', p.second, 'defaults']
            : ['environments', p.second];
        const at = source.keyPosition(path);
        const who = p.first === '(base)' ? 'the base manifest' : `environment '${p.first}'`;
        return {
            severity: 'warning',
            message: `environment '${p.second}' and ${who} write the logs of ${p.jobs.join(', ')} to the ` +
                `same log group ${p.group} with the same stream prefix: their logs mix. Give '${p.second}' its own ` +
                `logs.group (environments.${p.second}.defaults.logs.group) or streamPrefix`,
            file,
            line: at.line,
            column: at.column,
            path: path.join('.'),
        };
    });
}
/** `read` is the text's YAML when the caller has read it already (one read for every environment). */
function loadManifestText(text, file, options = {}, read = (0,yaml/* readYaml */.gM)(text)) {
    const diagnostics = [];
    const { source, problems } = read;
    for (const p of problems) {
        diagnostics.push({
            severity: 'error',
            message: p.message,
            file,
            line: p.position.line,
            column: p.position.column,
            path: '',
        });
    }
    if (problems.length > 0 || !read.data)
        return finish(diagnostics);
    const data = read.data;
    if ('problem' in data) {
        diagnostics.push({
            severity: 'error',
            message: data.problem.message,
            file,
            line: data.problem.position.line,
            column: data.problem.position.column,
            path: '',
        });
        return finish(diagnostics);
    }
    const raw = data.value;
    if (raw === null || raw === undefined) {
        diagnostics.push({
            severity: 'error',
            message: 'the manifest is empty; start from examples/ecs-batch.yml',
            file,
            line: 1,
            column: 1,
            path: '',
        });
        return finish(diagnostics);
    }
    const place = placer(source, file, diagnostics);
    for (const problem of checkSchema(raw))
        place('error', problem.path, problem.message, problem.at);
    if (diagnostics.length > 0)
        return finish(diagnostics);
    const doc = raw;
    const environment = options.environment;
    if (environment !== undefined && !doc.environments?.[environment]) {
        const names = Object.keys(doc.environments ?? {});
        const known = names.length ? ` (environments: ${names.join(', ')})` : ' (the manifest defines no environments)';
        place('error', doc.environments ? ['environments'] : [], `unknown environment '${environment}'${(0,suggest/* didYouMean */.au)(environment, names)}${known}`, 'key');
        return finish(diagnostics);
    }
    const report = {
        error: (path, message, at = 'value') => place('error', path, message, at),
        warn: (path, message, at = 'value') => place('warning', path, message, at),
        sourceOf: (job, key) => settingSource((p) => source.has(p), job, key, environment),
    };
    const resolved = applyEnvironment(doc, environment);
    const prefix = (0,names/* namePrefix */.w8)(doc.project, environment);
    const backend = resolved.backend ?? 'scheduler';
    const now = options.now ?? Date.now();
    checkManifestNames({ prefix, backend, repository: resolved.image.repository, report });
    // The base manifest is usually production: an overlay that still reads its paths is worth a word.
    const otherEnvironments = [
        'production',
        'prod',
        ...Object.keys(doc.environments ?? {}).filter((e) => e !== environment),
    ].filter((e) => e !== environment);
    checkOperations(resolved, { backend, prefix }, (path) => environment && source.has(['environments', environment, ...path]) ? ['environments', environment, ...path] : path, report);
    if (environment)
        checkOverlayJobs(environment, Object.keys(doc.environments?.[environment]?.jobs ?? {}), Object.keys(doc.jobs), report);
    const baseDir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
    const specs = Object.keys(resolved.jobs).map((name) => {
        const spec = jobWithDefaults(resolved, name);
        const schedule = checkJob(name, spec, {
            prefix,
            backend,
            now,
            report,
            ...(environment ? { environment, otherEnvironments } : {}),
        });
        const base = loadBaseTaskDefinition(spec, baseDir, (message) => report.error(report.sourceOf(name, ['taskDefinition']), message, 'value'));
        return { name, spec, schedule, base, after: (0,manifest_chains/* afterList */.$p)(spec.after) };
    });
    // Chains: a job `after` others runs when they succeed, on the schedule of the job that starts its chain.
    const graph = (0,manifest_chains/* chainsOf */.My)(specs.map((s) => ({ name: s.name, after: s.after, scheduled: s.schedule !== undefined })));
    for (const p of graph.problems)
        report.error(report.sourceOf(p.job, ['after']), p.message, 'key');
    const rootOf = new Map();
    for (const chain of graph.chains)
        for (const wave of chain.waves)
            for (const job of wave)
                rootOf.set(job, chain.root);
    const byName = new Map(specs.map((s) => [s.name, s]));
    const jobs = [];
    const scheduled = [];
    for (const { name, spec, schedule: own, base, after } of specs) {
        const root = rootOf.has(name) && !own ? byName.get(rootOf.get(name)) : undefined;
        const schedule = own ?? root?.schedule;
        if (!schedule)
            continue;
        // A follower runs on its chain's schedule, so on that schedule's clock, whatever its own defaults say.
        const clock = root ? { ...spec, timezone: root.spec.timezone } : spec;
        const job = toResolvedJob(name, clock, schedule, base, after, resolved.taskDefinitions === 'shared');
        checkNetworking(job, report);
        if (base)
            checkBaseTaskDefinition(job, spec.taskDefinition, (0,render/* renderTaskDefinition */.P9)(job, { prefix, region: '', image: '' }), report);
        jobs.push(job);
        if (!after.length)
            scheduled.push(job);
    }
    markWatched(jobs, { alerts: resolved.alerts, history: Boolean(resolved.history), backend, now, report });
    // Which jobs run through a state machine: a chain, or one job asking for retries, a timeout or a concurrency policy.
    const chains = [...graph.chains];
    for (const job of jobs)
        if (!rootOf.has(job.name) && (0,manifest_chains/* usesStateMachine */.zo)(job, false))
            chains.push({ root: job.name, waves: [[job.name]] });
    for (const chain of chains) {
        const root = jobs.find((j) => j.name === chain.root);
        if (root && !root.stateMachineRoleArn) {
            report.error(report.sourceOf(root.name, ['stateMachineRoleArn']), `job '${root.name}' runs through a Step Functions state machine ` +
                `(${rootOf.has(root.name) ? 'it starts a chain' : STATE_MACHINE_REASONS}): set ` +
                'defaults.stateMachineRoleArn, a role Step Functions may run ECS tasks with ' +
                '(ecs-batch iam-policy --for state-machine prints its policy)', 'key');
        }
    }
    // A chain's concurrency policy is its first job's: a follower's would be silently ignored.
    for (const job of jobs)
        if (job.after?.length && job.concurrency !== 'allow')
            report.error(report.sourceOf(job.name, ['concurrency']), `job '${job.name}' runs after others, so its chain's concurrency is decided where the chain starts: ` +
                `set concurrency: ${job.concurrency} on the chain's first job instead`, 'value');
    checkAcrossJobs(scheduled, { backend, now, report });
    if (resolved.taskDefinitions === 'shared') {
        // Measured with ARNs as long as they get (the longest region name), so what passes here fits in AWS.
        const region = 'ap-southeast-4';
        const clusterArn = `arn:aws-us-gov:ecs:${region}:123456789012:cluster/${resolved.cluster}`;
        const family = (0,shared/* familyArn */.cT)(clusterArn, region, `${prefix}-shared-16384-122880-00000000`);
        const inChains = new Set(chains.flatMap((c) => c.waves.flat()));
        checkTargetInputs(jobs.filter((j) => !j.after && !inChains.has(j.name)), (job) => backend === 'scheduler'
            ? (0,ecs/* runTaskInput */.dY)(job, prefix, clusterArn, family, (0,shared/* jobOverrides */.z5)(job))
            : JSON.stringify((0,shared/* jobOverrides */.z5)(job)), report);
    }
    checkSharedLogGroups(jobs, report);
    const result = finish(diagnostics);
    if (!result.valid)
        return result;
    const locate = (job, key) => {
        const overlay = environment ? ['environments', environment, ...key] : [];
        const path = job ? report.sourceOf(job, key) : overlay.length && source.has(overlay) ? overlay : [...key];
        return { file, ...source.valuePosition(path), path: (0,manifest_diagnostics/* pathToString */.u)(path) };
    };
    return {
        ...result,
        locate,
        manifest: {
            file,
            project: doc.project,
            ...(environment ? { environment } : {}),
            prefix,
            siblingPrefixes: [
                doc.project,
                ...Object.keys(doc.environments ?? {}).map((env) => (0,names/* namePrefix */.w8)(doc.project, env)),
            ].filter((p) => p !== prefix),
            cluster: resolved.cluster,
            backend,
            image: {
                repository: resolved.image.repository,
                context: resolved.image.context ?? '.',
                dockerfile: resolved.image.dockerfile ?? 'Dockerfile',
            },
            jobs,
            chains,
            ...(resolved.alerts
                ? {
                    alerts: {
                        snsTopicArn: resolved.alerts.snsTopicArn,
                        on: resolved.alerts.on ?? ['failed', 'not-started', 'schedule-errors'],
                    },
                }
                : {}),
            takeOver: resolved.takeOver ?? 'delete',
            taskDefinitions: resolved.taskDefinitions ?? 'per-job',
            ...(resolved.history
                ? {
                    history: {
                        retentionDays: (typeof resolved.history === 'object' ? resolved.history.retentionDays : undefined) ??
                            DEFAULT_HISTORY_DAYS,
                    },
                }
                : {}),
        },
    };
}
/** What a retry runs again unless the manifest says otherwise. */
const DEFAULT_RETRY_ON = ['not-started', 'failed'];
/** The first retry of a failed run waits this long (then twice as long each time). */
const DEFAULT_RETRY_DELAY_SECONDS = 60;
/** Run history is kept this long unless the manifest says otherwise. */
const DEFAULT_HISTORY_DAYS = 90;
/** The container every job's task runs in when jobs share task definitions (a per-job default would split every shape). */
const SHARED_CONTAINER_NAME = 'main';
function toResolvedJob(name, spec, schedule, base, after, shared) {
    const { schedule: scheduleText, timezone, enabled, environment, secrets, tags, containerName, taskDefinition: _path, launchType, capacityProviderStrategy, after: _after, replaces, retries, retryDelay, timeout, concurrency, startTimeout, deadline, retryOn, ...rest } = spec;
    return {
        ...rest,
        name,
        scheduleText: after.length ? `after ${after.join(', ')}` : scheduleText,
        ...(after.length ? { after } : {}),
        retries: retries ?? 0,
        retryDelaySeconds: (0,inputs/* durationSeconds */.o8)(retryDelay ?? '') ?? DEFAULT_RETRY_DELAY_SECONDS,
        ...(timeout !== undefined && (0,inputs/* durationSeconds */.o8)(timeout) !== undefined
            ? { timeoutSeconds: (0,inputs/* durationSeconds */.o8)(timeout) }
            : {}),
        concurrency: concurrency ?? 'allow',
        ...(startTimeout !== undefined && (0,inputs/* durationSeconds */.o8)(startTimeout) !== undefined
            ? { startTimeoutSeconds: (0,inputs/* durationSeconds */.o8)(startTimeout) }
            : {}),
        ...(deadline !== undefined && (0,inputs/* durationSeconds */.o8)(deadline) !== undefined
            ? { deadlineSeconds: (0,inputs/* durationSeconds */.o8)(deadline) }
            : {}),
        retryOn: retryOn ?? [...DEFAULT_RETRY_ON],
        replaces: (0,manifest_chains/* afterList */.$p)(replaces),
        schedule,
        timezone: timezone ?? 'UTC',
        enabled: enabled ?? true,
        ...(capacityProviderStrategy ? { capacityProviderStrategy } : { launchType: launchType ?? 'FARGATE' }),
        environment: Object.fromEntries(Object.entries(environment ?? {}).map(([k, v]) => [k, String(v)])),
        secrets: { ...secrets },
        tags: { ...tags },
        containerName: containerName ?? (shared ? SHARED_CONTAINER_NAME : name),
        alerts: spec.alerts ?? true,
        ...(base ? { baseTaskDefinition: base } : {}),
    };
}
function placer(source, file, out) {
    // A problem in `defaults` surfaces once per job; report it once.
    const seen = new Set();
    return (severity, path, message, at) => {
        const id = `${path.join('\0')}|${message}`;
        if (seen.has(id))
            return;
        seen.add(id);
        const position = at === 'key'
            ? source.keyPosition(path)
            : at === 'value'
                ? source.valuePosition(path)
                : source.positionInString(path, at.index);
        out.push({ severity, message, file, line: position.line, column: position.column, path: (0,manifest_diagnostics/* pathToString */.u)(path) });
    };
}
function finish(diagnostics) {
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    return { valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
}


/***/ }),

/***/ 4304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDiagnostic: () => (/* binding */ formatDiagnostic),
/* harmony export */   u: () => (/* binding */ pathToString)
/* harmony export */ });
/* unused harmony export ManifestError */
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
function pathToString(path) {
    return path.map((p) => String(p)).join('.');
}
/** Raised for a manifest that cannot be used; carries every diagnostic found. */
class ManifestError extends Error {
    diagnostics;
    constructor(diagnostics) {
        const errors = diagnostics.filter((d) => d.severity === 'error');
        super(errors.map(formatDiagnostic).join('\n') || 'the manifest is invalid');
        this.name = 'ManifestError';
        this.diagnostics = diagnostics;
    }
}


/***/ }),

/***/ 1430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   replaceFile: () => (/* binding */ replaceFile),
/* harmony export */   wP: () => (/* binding */ isSymlink)
/* harmony export */ });
/* unused harmony export UnsafePathError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Writing files a user names, without following a symlink an attacker (a repository's contents) may have planted: a
 * symlinked directory on the way, or a symlink where the file goes, is refused.
 */



class UnsafePathError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsafePathError';
    }
}
/** The directories of `path` that exist, from `root` (the working directory) down: none may be a symlink. */
function refuseSymlinkedDirectories(path, root = process.cwd()) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target));
    if (fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(fromRoot))
        return;
    let dir = root;
    for (const part of fromRoot.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, part);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && !isSymlink(dir))
            return;
        if (isSymlink(dir))
            throw new UnsafePathError(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, dir)} is a symbolic link: not written through it`);
    }
}
function isSymlink(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Writes a file that must not exist yet ('exists' when it does: never overwritten, never followed). */
function writeNewFile(path, text) {
    refuseSymlinkedDirectories(path);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || isSymlink(path))
        return 'exists';
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text, { flag: 'wx' });
    return 'written';
}
/** Replaces a file's content atomically (a temporary file, then rename), refusing a symlink in its place. */
function replaceFile(path, text) {
    if (isSymlink(path))
        throw new UnsafePathError(`${path} is a symbolic link: not written through it`);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.tmp`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text, { flag: 'wx' });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** The repository a file is in: the nearest folder above it that holds `.git`, else the file's own folder. */
function repositoryRoot(file) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file));
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
            return start;
    }
}
/** Whether `path`, with every symlink resolved, is inside `root` (also resolved). */
function isInside(path, root) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return true; // a missing file is reported as missing, where it was meant to be
    }
    const base = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    return real === base || real.startsWith(base.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? base : `${base}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
}


/***/ })

};
