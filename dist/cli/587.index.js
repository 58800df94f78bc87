export const id = 587;
export const ids = [587];
export const modules = {

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ FLEXIBLE_WINDOW_MINUTES),
/* harmony export */   Bw: () => (/* binding */ TASK_FAMILY),
/* harmony export */   Cz: () => (/* binding */ CONTAINER_NAME),
/* harmony export */   G: () => (/* binding */ TASK_DEFINITION_FIELDS),
/* harmony export */   GN: () => (/* binding */ SCHEDULE_EXPRESSION_MAX),
/* harmony export */   Km: () => (/* binding */ RETRY_ATTEMPTS),
/* harmony export */   Nr: () => (/* binding */ CRON_YEAR),
/* harmony export */   OY: () => (/* binding */ ECR_REPOSITORY_NAME),
/* harmony export */   Of: () => (/* binding */ SCHEDULE_NAME),
/* harmony export */   TE: () => (/* binding */ RULE_DESCRIPTION_MAX),
/* harmony export */   XY: () => (/* binding */ RULE_NAME),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   jz: () => (/* binding */ LOG_GROUP_NAME),
/* harmony export */   m: () => (/* binding */ RETRY_EVENT_AGE_SECONDS),
/* harmony export */   mV: () => (/* binding */ TAG_KEY_MAX),
/* harmony export */   md: () => (/* binding */ PAGE_SIZE),
/* harmony export */   oO: () => (/* binding */ TARGET_INPUT_MAX),
/* harmony export */   qi: () => (/* binding */ FARGATE_SIZES),
/* harmony export */   uM: () => (/* binding */ TAG_VALUE_MAX),
/* harmony export */   vD: () => (/* binding */ fargateMemoryText),
/* harmony export */   yt: () => (/* binding */ SCHEDULE_GROUP_NAME),
/* harmony export */   yv: () => (/* binding */ LOG_RETENTION_DAYS),
/* harmony export */   zm: () => (/* binding */ RULES_PER_BUS_DEFAULT)
/* harmony export */ });
/* unused harmony exports PLACEMENT_CONSTRAINTS_MAX, PLACEMENT_STRATEGY_MAX, SCHEDULE_DESCRIPTION_MAX, TARGETS_PER_RULE_MAX, TARGET_ID, TAGS_PER_RESOURCE_MAX, API_RATES */
/**
 * Every AWS limit the project relies on, in one place. The validator, the planner and the local
 * emulator all read these, so a limit is corrected once.
 */
/** EventBridge rule names, Scheduler schedule and group names: 1-64 of these characters. */
const RULE_NAME = { pattern: /^[.\-_A-Za-z0-9]+$/, max: 64 };
const SCHEDULE_NAME = { pattern: /^[0-9a-zA-Z\-_.]+$/, max: 64 };
const SCHEDULE_GROUP_NAME = SCHEDULE_NAME;
/** ECS task definition family: letters, numbers, hyphens and underscores, up to 255. */
const TASK_FAMILY = { pattern: /^[A-Za-z0-9_-]+$/, max: 255 };
/** ECS container names share the family's alphabet. */
const CONTAINER_NAME = TASK_FAMILY;
/** CloudWatch Logs group names. */
const LOG_GROUP_NAME = { pattern: /^[.\-_/#A-Za-z0-9]+$/, max: 512 };
const ECR_REPOSITORY_NAME = {
    pattern: /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,
    min: 2,
    max: 256,
};
/** The request fields RegisterTaskDefinition takes: anything else in a base file is not a task definition field. */
const TASK_DEFINITION_FIELDS = new Set([
    'family',
    'taskRoleArn',
    'executionRoleArn',
    'networkMode',
    'containerDefinitions',
    'volumes',
    'placementConstraints',
    'requiresCompatibilities',
    'cpu',
    'memory',
    'tags',
    'pidMode',
    'ipcMode',
    'proxyConfiguration',
    'inferenceAccelerators',
    'ephemeralStorage',
    'runtimePlatform',
    'enableFaultInjection',
]);
/** ECS RunTask and targets: at most this many placement constraints and strategy rules. */
const PLACEMENT_CONSTRAINTS_MAX = 10;
const PLACEMENT_STRATEGY_MAX = 5;
const RULE_DESCRIPTION_MAX = 512;
const SCHEDULE_DESCRIPTION_MAX = 512;
const SCHEDULE_EXPRESSION_MAX = 256;
const TARGET_INPUT_MAX = 8192;
const TARGETS_PER_RULE_MAX = 5;
const TARGET_ID = { pattern: /^[.\-_A-Za-z0-9]+$/, max: 64 };
/** Default quota of rules per event bus (an adjustable quota, so a warning, not an error). */
const RULES_PER_BUS_DEFAULT = 300;
/** EventBridge Scheduler ranges. */
const FLEXIBLE_WINDOW_MINUTES = { min: 1, max: 1440 };
const RETRY_ATTEMPTS = { min: 0, max: 185 };
const RETRY_EVENT_AGE_SECONDS = { min: 60, max: 86400 };
/** What Scheduler and EventBridge apply when no RetryPolicy is given. */
const DEFAULT_RETRY_POLICY = { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86400 };
/** AWS cron year bounds. */
const CRON_YEAR = { min: 1970, max: 2199 };
/** ECS resource tags. */
const TAG_KEY_MAX = 128;
const TAG_VALUE_MAX = 256;
const TAGS_PER_RESOURCE_MAX = 50;
/** CloudWatch Logs retention values PutRetentionPolicy accepts (days). */
const LOG_RETENTION_DAYS = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
/** Fargate task sizes: cpu units -> allowed memory (MiB). From AWS's task size table. */
const FARGATE_SIZES = new Map([
    [256, [512, 1024, 2048]],
    [512, steps(1024, 4096, 1024)],
    [1024, steps(2048, 8192, 1024)],
    [2048, steps(4096, 16384, 1024)],
    [4096, steps(8192, 30720, 1024)],
    [8192, steps(16384, 61440, 4096)],
    [16384, steps(32768, 122880, 8192)],
]);
function steps(from, to, by) {
    const out = [];
    for (let v = from; v <= to; v += by)
        out.push(v);
    return out;
}
/** Describes the Fargate memory choices for a cpu value, for error messages. */
function fargateMemoryText(cpu) {
    const mem = FARGATE_SIZES.get(cpu);
    if (!mem)
        return '';
    if (mem.length <= 3)
        return mem.join(', ');
    return `${mem[0]}-${mem[mem.length - 1]} in steps of ${mem[1] - mem[0]}`;
}
/** Sustained and burst rates AWS documents for the throttled write APIs the deploy makes. */
const API_RATES = {
    RegisterTaskDefinition: { perSecond: 1, burst: 20 },
};
/** Page sizes the pipeline asks for (each API's maximum). */
const PAGE_SIZE = {
    ListSchedules: 100,
    ListRules: 100,
    ListTaskDefinitions: 100,
    ListTaskDefinitionFamilies: 100,
    DescribeLogGroups: 50,
    DescribeImages: 100,
    ListScheduleGroups: 100,
};


/***/ }),

/***/ 258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iamPolicy: () => (/* binding */ iamPolicy),
/* harmony export */   policyContext: () => (/* binding */ policyContext)
/* harmony export */ });
/* unused harmony export UNSCOPED_ACTIONS */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(440);
/* harmony import */ var _aws_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3206);
/* harmony import */ var _plan_desired_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7761);
/* harmony import */ var _resources_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5942);
/* harmony import */ var _resources_task_definitions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3070);
/**
 * The least-privilege IAM policy the actions need for one manifest: resources scoped to its
 * `<prefix>-*` families (held apart from other environments' by the ownership tag), schedule
 * group, rules, log groups and repository; iam:PassRole only for its roles, only to the service
 * that uses them. Its size does not grow with the number of jobs.
 */






/** The policy does not depend on the image: task definitions are rendered with this stand-in. */
const POLICY_IMAGE = 'policy.invalid/image@sha256:0000000000000000000000000000000000000000000000000000000000000000';
/**
 * Actions AWS does not scope to a resource (they need "*"). Everything else is scoped.
 * RegisterTaskDefinition is held to this manifest's tag instead; DeregisterTaskDefinition cannot
 * be scoped at all (the README says so).
 */
const UNSCOPED_ACTIONS = (/* unused pure expression or super */ null && ([
    'ecs:DescribeTaskDefinition',
    'ecs:ListTaskDefinitionFamilies',
    'ecs:ListTaskDefinitions',
    'ecs:RegisterTaskDefinition',
    'ecs:DeregisterTaskDefinition',
    'ecr:GetAuthorizationToken',
    'scheduler:ListSchedules',
    'scheduler:ListScheduleGroups',
    'events:ListRules',
    'events:ListRuleNamesByTarget',
    'logs:DescribeLogGroups',
    'logs:DescribeResourcePolicies',
    'logs:PutResourcePolicy',
    // Held to the manifest's cluster by the ecs:cluster condition.
    'ecs:ListTasks',
    'states:ListStateMachines',
]));
/** Account and partition from the manifest's role ARNs; region from the caller. */
function policyContext(manifest, region, account) {
    const roles = manifest.jobs
        .flatMap((j) => [j.executionRoleArn, j.taskRoleArn, j.schedulerRoleArn])
        .filter((r) => Boolean(r));
    const m = roles.map((r) => /^arn:(aws[a-z-]*):iam::(\d{12}):role\//.exec(r)).find(Boolean);
    return { account: account ?? m?.[2] ?? '*', region: region ?? '*', partition: m?.[1] ?? 'aws' };
}
function iamPolicy(manifest, purpose, ctx) {
    const { prefix } = manifest;
    const arn = (service, resource, region = ctx.region) => `arn:${ctx.partition}:${service}:${region}:${ctx.account}:${resource}`;
    const clusterName = manifest.cluster.startsWith('arn:')
        ? manifest.cluster.slice(manifest.cluster.lastIndexOf('/') + 1)
        : manifest.cluster;
    const cluster = manifest.cluster.startsWith('arn:') ? manifest.cluster : arn('ecs', `cluster/${clusterName}`);
    const families = (0,_resources_task_definitions_js__WEBPACK_IMPORTED_MODULE_2__/* .familyArns */ .h2)(prefix, manifest.taskDefinitions === 'shared', arn);
    const ownTag = { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OWNER_TAG */ .FX}`]: prefix };
    const repository = arn('ecr', `repository/${manifest.image.repository}`);
    const schedules = arn('scheduler', `schedule/${prefix}/*`);
    const rules = arn('events', `rule/${prefix}-*`);
    const logGroups = (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .namesOrPattern */ .Yp)(manifest.jobs.flatMap((j) => (j.logs ? [j.logs.group] : []))).flatMap((g) => [
        arn('logs', `log-group:${g}`),
        arn('logs', `log-group:${g}:*`),
    ]);
    const taskRoles = (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .namesOrPattern */ .Yp)(manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn]).filter((r) => Boolean(r)));
    const stateMachines = arn('states', `stateMachine:${prefix}-*`);
    const runsStateMachines = manifest.chains.length > 0;
    const deploy = purpose === 'deploy';
    const statements = [];
    const allow = (Sid, Action, Resource, Condition) => {
        if (Action.length && Resource.length)
            statements.push({
                Sid,
                Effect: 'Allow',
                Action: [...Action].sort(),
                Resource,
                ...(Condition ? { Condition } : {}),
            });
    };
    if (purpose === 'plan' || deploy) {
        // What a deploy reads and writes beyond its resource kinds: the cluster, the image repository, `status`.
        allow('ReadWithoutResourceScope', deploy ? ['ecr:GetAuthorizationToken'] : [], ['*']);
        allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
        allow('Repository', [
            'ecr:DescribeImages',
            'ecr:DescribeRepositories',
            ...(deploy
                ? [
                    'ecr:CreateRepository',
                    'ecr:PutLifecyclePolicy',
                    'ecr:TagResource',
                    'ecr:BatchCheckLayerAvailability',
                    'ecr:BatchGetImage',
                    'ecr:CompleteLayerUpload',
                    'ecr:GetDownloadUrlForLayer',
                    'ecr:InitiateLayerUpload',
                    'ecr:PutImage',
                    'ecr:UploadLayerPart',
                ]
                : []),
        ], [repository]);
        // ecs-batch status: the live schedules' state (read by their kinds), recent runs from ECS, and the run history.
        allow('StatusRecentRuns', ['ecs:ListTasks'], ['*'], { ArnEquals: { 'ecs:cluster': cluster } });
        allow('StatusDescribeRuns', ['ecs:DescribeTasks'], [arn('ecs', `task/${clusterName}/*`)]);
        if (manifest.history)
            allow('StatusRunHistory', ['logs:FilterLogEvents'], [
                arn('logs', `log-group:/aws/events/ecs-batch/${prefix}`),
                arn('logs', `log-group:/aws/events/ecs-batch/${prefix}:*`),
            ]);
        // Every kind of resource a deploy manages says what its reads (and writes) need.
        const desired = (0,_plan_desired_js__WEBPACK_IMPORTED_MODULE_0__/* .desiredState */ .I)(manifest, { region: ctx.region, clusterArn: cluster, image: POLICY_IMAGE });
        const scope = {
            manifest,
            desired,
            arn: (service, resource) => arn(service, resource),
            write: deploy,
        };
        for (const kind of _resources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_KINDS */ .pQ)
            statements.push(...(kind.iam?.(scope) ?? []));
    }
    if (purpose === 'run') {
        allow('ReadWithoutResourceScope', ['ecs:DescribeTaskDefinition', ...(runsStateMachines ? ['states:ListStateMachines'] : [])], ['*']);
        if (runsStateMachines) {
            allow('RunChains', ['states:StartExecution'], [stateMachines]);
            // Following a chain: its steps' tasks, found by family.
            allow('FindChainSteps', ['ecs:ListTasks'], ['*'], { ArnEquals: { 'ecs:cluster': cluster } });
            allow('FollowChains', ['states:DescribeExecution', 'states:StopExecution'], [arn('states', `execution:${prefix}-*:*`)]);
        }
        allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
        allow('RunJobTasks', ['ecs:RunTask'], families, { ArnEquals: { 'ecs:cluster': cluster }, StringEquals: ownTag });
        allow('WatchAndStopTasks', ['ecs:DescribeTasks', 'ecs:StopTask'], [arn('ecs', `task/${clusterName}/*`)]);
        allow('TagTasksOnRun', ['ecs:TagResource'], [arn('ecs', `task/${clusterName}/*`)], {
            StringEquals: { 'ecs:CreateAction': 'RunTask' },
        });
        allow('ReadSchedules', ['scheduler:GetSchedule'], [schedules]);
        allow('ReadRules', ['events:DescribeRule', 'events:ListTargetsByRule'], [rules]);
        allow('ReadJobLogs', ['logs:GetLogEvents', 'logs:FilterLogEvents'], logGroups);
        allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, {
            StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
        });
    }
    if (purpose === 'scheduler') {
        // What EventBridge Scheduler (or an EventBridge rule) needs to start the jobs' tasks. Trust:
        // scheduler.amazonaws.com (or events.amazonaws.com).
        if (runsStateMachines)
            allow('StartStateMachines', ['states:StartExecution'], [stateMachines]);
        allow('RunJobTasks', ['ecs:RunTask'], families, { ArnEquals: { 'ecs:cluster': cluster }, StringEquals: ownTag });
        allow('TagTasksOnRun', ['ecs:TagResource'], [arn('ecs', `task/${clusterName}/*`)], {
            StringEquals: { 'ecs:CreateAction': 'RunTask' },
        });
        allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, {
            StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
        });
    }
    if (purpose === 'state-machine') {
        // What the state machines run as (trust states.amazonaws.com): ECS tasks with .sync, and their own executions (concurrency).
        allow('RunJobTasks', ['ecs:RunTask'], families, { ArnEquals: { 'ecs:cluster': cluster }, StringEquals: ownTag });
        allow('WatchAndStopTasks', ['ecs:DescribeTasks', 'ecs:StopTask'], [arn('ecs', `task/${clusterName}/*`)]);
        allow('TagTasksOnRun', ['ecs:TagResource'], [arn('ecs', `task/${clusterName}/*`)], {
            StringEquals: { 'ecs:CreateAction': 'RunTask' },
        });
        // `.sync` learns that a task stopped through this managed rule.
        allow('SyncTaskEvents', ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'], [arn('events', 'rule/StepFunctionsGetEventsForECSTaskRule')]);
        allow('OwnExecutions', ['states:ListExecutions'], [stateMachines]);
        allow('StopOwnExecutions', ['states:StopExecution'], [arn('states', `execution:${prefix}-*:*`)]);
        allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, {
            StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
        });
    }
    return { Version: '2012-10-17', Statement: (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeStatements */ .z9)(statements) };
}


/***/ })

};
