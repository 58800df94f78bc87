export const id = 258;
export const ids = [258];
export const modules = {

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ OWNER_TAG),
/* harmony export */   M6: () => (/* binding */ RESERVED_JOB_PREFIX),
/* harmony export */   N1: () => (/* binding */ jobOfTaskGroup),
/* harmony export */   Nw: () => (/* binding */ stepTaskGroup),
/* harmony export */   Op: () => (/* binding */ historyLogGroup),
/* harmony export */   _6: () => (/* binding */ parseReplaced),
/* harmony export */   fs: () => (/* binding */ jobFromResourceName),
/* harmony export */   i8: () => (/* binding */ STEP_GROUP_PREFIX),
/* harmony export */   lB: () => (/* binding */ taskGroup),
/* harmony export */   lc: () => (/* binding */ GROUP_PREFIX),
/* harmony export */   ln: () => (/* binding */ jobResourceName),
/* harmony export */   mQ: () => (/* binding */ QUIET_GROUP_PREFIX),
/* harmony export */   ol: () => (/* binding */ operationsResourceName),
/* harmony export */   w8: () => (/* binding */ namePrefix),
/* harmony export */   z2: () => (/* binding */ JOB_TAG),
/* harmony export */   zH: () => (/* binding */ APPLIED_TAG),
/* harmony export */   zM: () => (/* binding */ RESERVED_TAG_PREFIX)
/* harmony export */ });
/** How ecs-batch names and tags what it creates, so people and tools can find it. */
/** Tag that marks a resource as owned by one manifest (value: the prefix). */
const OWNER_TAG = 'ecs-batch:project';
/** Tag naming the job a resource belongs to. */
const JOB_TAG = 'ecs-batch:job';
/**
 * Tag on the task definition revision a schedule (or rule) runs: a fingerprint of the schedule as
 * ecs-batch last wrote it, so a plan can tell a change made outside ecs-batch from a manifest edit.
 */
const APPLIED_TAG = 'ecs-batch:applied';
/** Tag keys ecs-batch sets itself; users may not set them. */
const RESERVED_TAG_PREFIX = 'ecs-batch:';
/** `project`, or `project-environment` when an environment is chosen. */
function namePrefix(project, environment) {
    return environment ? `${project}-${environment}` : project;
}
/** Task definition family, rule name and schedule name of a job. */
function jobResourceName(prefix, job) {
    return `${prefix}-${job}`;
}
/** The job a resource name belongs to, or undefined when the name is not `<prefix>-<job>`. */
function jobFromResourceName(prefix, name) {
    return name.startsWith(`${prefix}-`) ? name.slice(prefix.length + 1) : undefined;
}
/**
 * The ECS task group of a job's runs (scheduled and manual): `ecs-batch:<prefix>:<job>`, or
 * `ecs-batch-quiet:<prefix>:<job>` for a job with `alerts: false`. Task state change events carry
 * it, so alert and history rules match this manifest's jobs only, and every run names its job
 * (a task definition family need not: families can be shared).
 */
function taskGroup(prefix, job, alerts = true) {
    return `${alerts ? GROUP_PREFIX : QUIET_GROUP_PREFIX}:${prefix}:${job}`;
}
const GROUP_PREFIX = 'ecs-batch';
const QUIET_GROUP_PREFIX = 'ecs-batch-quiet';
/** Runs inside a state machine: a failed attempt that a retry may still mend pages nobody (the execution alerts). */
const STEP_GROUP_PREFIX = 'ecs-batch-step';
function stepTaskGroup(prefix, job) {
    return `${STEP_GROUP_PREFIX}:${prefix}:${job}`;
}
/** The prefix and job of a task group ecs-batch set, or undefined. */
function jobOfTaskGroup(group) {
    const m = /^(ecs-batch|ecs-batch-quiet|ecs-batch-step):([^:]+):([^:]+)$/.exec(group ?? '');
    return m ? { prefix: m[2], job: m[3], alerts: m[1] === GROUP_PREFIX } : undefined;
}
/** Names of the rules and alarm behind alerts and history: `<prefix>-ecs-batch-...` (job names may not start with `ecs-batch-`). */
const RESERVED_JOB_PREFIX = 'ecs-batch-';
function operationsResourceName(prefix, what) {
    return `${prefix}-${RESERVED_JOB_PREFIX}${what}`;
}
/** The run history log group (EventBridge writes to groups under /aws/events/). */
function historyLogGroup(prefix) {
    return `/aws/events/ecs-batch/${prefix}`;
}
/**
 * What a `replaces:` entry names, parsed; undefined when it is not one of the forms. `rule/NAME/TARGET`
 * takes over one target of a rule that has others (the rule and its other targets stay).
 */
function parseReplaced(ref) {
    const rule = /^rule\/([.\-_A-Za-z0-9]{1,64})(?:\/([.\-_A-Za-z0-9]{1,64}))?$/.exec(ref);
    if (rule)
        return { kind: 'rule', name: rule[1], ...(rule[2] ? { target: rule[2] } : {}) };
    const schedule = /^schedule\/([.\-_A-Za-z0-9]{1,64})\/([.\-_A-Za-z0-9]{1,64})$/.exec(ref);
    return schedule ? { kind: 'schedule', group: schedule[1], name: schedule[2] } : undefined;
}


/***/ }),

/***/ 258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iamPolicy: () => (/* binding */ iamPolicy),
/* harmony export */   policyContext: () => (/* binding */ policyContext)
/* harmony export */ });
/* unused harmony exports UNSCOPED_ACTIONS, MAX_LISTED_NAMES, namesOrPattern */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/**
 * The least-privilege IAM policy the actions need for one manifest: resources scoped to its
 * `<prefix>-*` families (held apart from other environments' by the ownership tag), schedule
 * group, rules, log groups and repository; iam:PassRole only for its roles, only to the service
 * that uses them. Its size does not grow with the number of jobs.
 */

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
/** Past this many distinct log groups or roles, a policy names them by their common prefix, so its size stays flat. */
const MAX_LISTED_NAMES = 8;
/** Account and partition from the manifest's role ARNs; region from the caller. */
function policyContext(manifest, region, account) {
    const roles = manifest.jobs
        .flatMap((j) => [j.executionRoleArn, j.taskRoleArn, j.schedulerRoleArn])
        .filter((r) => Boolean(r));
    const m = roles.map((r) => /^arn:(aws[a-z-]*):iam::(\d{12}):role\//.exec(r)).find(Boolean);
    return { account: account ?? m?.[2] ?? '*', region: region ?? '*', partition: m?.[1] ?? 'aws' };
}
function commonPrefix(values) {
    let prefix = values[0] ?? '';
    for (const v of values)
        while (!v.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    return prefix;
}
/** Distinct names, or (past MAX_LISTED_NAMES) one wildcard on their common prefix: size independent of the number of jobs. */
function namesOrPattern(values) {
    const distinct = [...new Set(values)].sort();
    return distinct.length <= MAX_LISTED_NAMES ? distinct : [`${commonPrefix(distinct)}*`];
}
function iamPolicy(manifest, purpose, ctx) {
    const { prefix } = manifest;
    const arn = (service, resource, region = ctx.region) => `arn:${ctx.partition}:${service}:${region}:${ctx.account}:${resource}`;
    const clusterName = manifest.cluster.startsWith('arn:')
        ? manifest.cluster.slice(manifest.cluster.lastIndexOf('/') + 1)
        : manifest.cluster;
    const cluster = manifest.cluster.startsWith('arn:') ? manifest.cluster : arn('ecs', `cluster/${clusterName}`);
    // `<prefix>-*` also matches another environment's families (`<prefix>-staging-*`): the tag condition tells them apart.
    const families = [
        arn('ecs', `task-definition/${prefix}-*:*`),
        // Shared task definitions are run by family, without a revision (the latest ACTIVE one): IAM sees that ARN.
        ...(manifest.taskDefinitions === 'shared' ? [arn('ecs', `task-definition/${prefix}-shared-*`)] : []),
    ];
    const ownTag = { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix };
    const repository = arn('ecr', `repository/${manifest.image.repository}`);
    const group = arn('scheduler', `schedule-group/${prefix}`);
    const schedules = arn('scheduler', `schedule/${prefix}/*`);
    const rules = arn('events', `rule/${prefix}-*`);
    const logGroups = namesOrPattern(manifest.jobs.flatMap((j) => (j.logs ? [j.logs.group] : []))).flatMap((g) => [
        arn('logs', `log-group:${g}`),
        arn('logs', `log-group:${g}:*`),
    ]);
    const schedulerRoles = namesOrPattern(manifest.jobs.map((j) => j.schedulerRoleArn).filter((r) => Boolean(r)));
    const taskRoles = namesOrPattern(manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn]).filter((r) => Boolean(r)));
    const rulesBackend = manifest.backend === 'rules';
    const stateMachines = arn('states', `stateMachine:${prefix}-*`);
    const stateMachineRoles = namesOrPattern(manifest.jobs.map((j) => j.stateMachineRoleArn).filter((r) => Boolean(r)));
    const runsStateMachines = manifest.chains.length > 0;
    const invoker = rulesBackend ? 'events.amazonaws.com' : 'scheduler.amazonaws.com';
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
    const unscopedReads = [
        'ecs:DescribeTaskDefinition',
        'ecs:ListTaskDefinitionFamilies',
        'ecs:ListTaskDefinitions',
        'scheduler:ListSchedules',
        'scheduler:ListScheduleGroups',
        'events:ListRules',
        'events:ListRuleNamesByTarget',
        'logs:DescribeLogGroups',
        'logs:DescribeResourcePolicies',
        'states:ListStateMachines',
    ];
    // Alerts and run history are EventBridge rules too, whatever the backend.
    const writesRules = rulesBackend || Boolean(manifest.alerts) || Boolean(manifest.history);
    if (purpose === 'plan' || deploy) {
        allow('ReadWithoutResourceScope', [...unscopedReads, ...(deploy ? ['ecs:DeregisterTaskDefinition', 'ecr:GetAuthorizationToken'] : [])], ['*']);
        if (deploy) {
            allow('RegisterOwnTaskDefinitions', ['ecs:RegisterTaskDefinition'], ['*'], {
                StringEquals: { [`aws:RequestTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix },
            });
            allow('TagTaskDefinitionsOnRegister', ['ecs:TagResource'], families, {
                StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' },
            });
            // The fingerprint of what a schedule was last set to, on the revision it runs (drift detection).
            allow('RecordAppliedSchedules', ['ecs:TagResource'], families, {
                StringEquals: ownTag,
                'ForAllValues:StringEquals': { 'aws:TagKeys': [_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .APPLIED_TAG */ .zH] },
            });
        }
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
        // Both backends are read (and the other one's leftovers deleted after a switch); only the manifest's backend is written.
        allow('ScheduleGroup', [
            'scheduler:GetScheduleGroup',
            ...(deploy && !rulesBackend ? ['scheduler:CreateScheduleGroup', 'scheduler:TagResource'] : []),
        ], [group]);
        allow('Schedules', [
            'scheduler:GetSchedule',
            ...(deploy
                ? [
                    'scheduler:DeleteSchedule',
                    ...(rulesBackend ? [] : ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule']),
                ]
                : []),
        ], [schedules]);
        allow('Rules', [
            'events:DescribeRule',
            'events:ListTargetsByRule',
            ...(deploy
                ? [
                    'events:RemoveTargets',
                    'events:DeleteRule',
                    ...(writesRules ? ['events:PutRule', 'events:PutTargets', 'events:TagResource'] : []),
                ]
                : []),
        ], [rules]);
        // The alarm on the schedule group's failed invocations (read always: a removed `alerts` deletes it).
        allow('Alarm', [
            'cloudwatch:DescribeAlarms',
            'cloudwatch:ListTagsForResource',
            ...(deploy ? ['cloudwatch:PutMetricAlarm', 'cloudwatch:DeleteAlarms', 'cloudwatch:TagResource'] : []),
        ], [arn('cloudwatch', `alarm:${prefix}-ecs-batch-*`)]);
        // State machines `<prefix>-*` (told apart from another environment's by the tag), for retries, timeouts, concurrency and chains.
        allow('StateMachines', [
            'states:DescribeStateMachine',
            'states:ListTagsForResource',
            ...(deploy
                ? [
                    'states:CreateStateMachine',
                    'states:UpdateStateMachine',
                    'states:DeleteStateMachine',
                    'states:TagResource',
                ]
                : []),
        ], [stateMachines]);
        // ecs-batch status: the live schedules' state (above), recent runs from ECS, and the run history.
        allow('StatusRecentRuns', ['ecs:ListTasks'], ['*'], { ArnEquals: { 'ecs:cluster': cluster } });
        allow('StatusDescribeRuns', ['ecs:DescribeTasks'], [arn('ecs', `task/${clusterName}/*`)]);
        if (manifest.history)
            allow('StatusRunHistory', ['logs:FilterLogEvents'], [
                arn('logs', `log-group:/aws/events/ecs-batch/${prefix}`),
                arn('logs', `log-group:/aws/events/ecs-batch/${prefix}:*`),
            ]);
        // The alert topic is read (its policy checked), never written.
        if (manifest.alerts)
            allow('AlertTopic', ['sns:GetTopicAttributes'], [manifest.alerts.snsTopicArn]);
        // The one Logs resource policy that lets EventBridge write run history (it cannot be scoped).
        if (deploy && manifest.history)
            allow('RunHistoryPolicy', ['logs:PutResourcePolicy'], ['*']);
        // Reading other schedules and rules (tags, targets) finds another ecs-batch deployment of the same jobs (a renamed project).
        allow('ReadOtherDeployments', [
            'scheduler:ListTagsForResource',
            'scheduler:GetSchedule',
            'events:ListTagsForResource',
            'events:ListTargetsByRule',
        ], [arn('scheduler', 'schedule-group/*'), arn('scheduler', 'schedule/*/*'), arn('events', 'rule/*')]);
        allow('LogGroups', [
            'logs:ListTagsForResource',
            ...(deploy ? ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:TagResource'] : []),
        ], logGroups);
        if (deploy) {
            // Taking over hand-made schedules and rules (`replaces:`): exactly the ones named, nothing else.
            const taken = manifest.jobs
                .flatMap((j) => j.replaces)
                .map(_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReplaced */ ._6)
                .filter((r) => r !== undefined);
            const disable = manifest.takeOver === 'disable';
            allow('TakeOverRules', disable ? ['events:DisableRule'] : ['events:RemoveTargets', 'events:DeleteRule'], taken.flatMap((r) => (r.kind === 'rule' && r.target === undefined ? [arn('events', `rule/${r.name}`)] : [])));
            // One target of a rule that keeps its others: the rule itself is never deleted.
            allow('TakeOverRuleTargets', ['events:RemoveTargets'], [
                ...new Set(taken.flatMap((r) => r.kind === 'rule' && r.target !== undefined ? [arn('events', `rule/${r.name}`)] : [])),
            ]);
            // Disabling sends the schedule back with its own role: the deploy role must be allowed to pass it (it is when it
            // is the job's schedulerRoleArn, as import writes it).
            allow('TakeOverSchedules', disable ? ['scheduler:GetSchedule', 'scheduler:UpdateSchedule'] : ['scheduler:DeleteSchedule'], taken.flatMap((r) => (r.kind === 'schedule' ? [arn('scheduler', `schedule/${r.group}/${r.name}`)] : [])));
            if (stateMachineRoles.length)
                allow('PassRoleToStateMachines', ['iam:PassRole'], stateMachineRoles, {
                    StringEquals: { 'iam:PassedToService': 'states.amazonaws.com' },
                });
            allow('PassRoleToScheduler', ['iam:PassRole'], schedulerRoles, {
                StringEquals: { 'iam:PassedToService': invoker },
            });
            allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, {
                StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
            });
        }
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
    return { Version: '2012-10-17', Statement: statements };
}


/***/ })

};
