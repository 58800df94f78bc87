export const id = 258;
export const ids = [258];
export const modules = {

/***/ 258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MANAGED_POLICIES_PER_ROLE: () => (/* reexport safe */ _aws_policy_js__WEBPACK_IMPORTED_MODULE_6__.GX),
/* harmony export */   MANAGED_POLICY_MAX_CHARS: () => (/* reexport safe */ _aws_policy_js__WEBPACK_IMPORTED_MODULE_6__.gK),
/* harmony export */   iamPolicy: () => (/* binding */ iamPolicy),
/* harmony export */   importPolicy: () => (/* binding */ importPolicy),
/* harmony export */   policyContext: () => (/* binding */ policyContext),
/* harmony export */   splitPolicy: () => (/* reexport safe */ _aws_policy_js__WEBPACK_IMPORTED_MODULE_6__.zb)
/* harmony export */ });
/* unused harmony export UNSCOPED_ACTIONS */
/* harmony import */ var _aws_policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3206);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/* harmony import */ var _manifest_chains_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2904);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2764);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8733);
/* harmony import */ var _resources_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9710);
/* harmony import */ var _plan_desired_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(111);
/* harmony import */ var _resources_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5942);
/* harmony import */ var _resources_task_definitions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3070);










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
    // Pre-flight reads: AWS has no resource-level permission for them.
    'ec2:DescribeSubnets',
    'ec2:DescribeSecurityGroups',
    'ssm:DescribeParameters',
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
    const families = (0,_resources_task_definitions_js__WEBPACK_IMPORTED_MODULE_5__/* .familyArns */ .h2)(prefix, manifest.taskDefinitions === 'shared', arn);
    const ownTag = { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix };
    const repository = arn('ecr', `repository/${manifest.image.repository}`);
    const schedules = arn('scheduler', `schedule/${prefix}/*`);
    const rules = arn('events', `rule/${prefix}-*`);
    const logGroups = (0,_resources_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .logGroupArns */ .aI)(manifest.jobs.flatMap((j) => (j.logs ? [j.logs.group] : [])), prefix, (service, resource) => arn(service, resource));
    const taskRoles = manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn]);
    // Chains by exact name: executions carry no tags of their own, and `<prefix>-*` would reach `<prefix>-reports-*`.
    const machineNames = manifest.chains.map((c) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .jobResourceName */ .ln)(prefix, c.root));
    const stateMachines = machineNames.map((n) => arn('states', `stateMachine:${n}`));
    const executions = machineNames.map((n) => arn('states', `execution:${n}:*`));
    const runsStateMachines = manifest.chains.length > 0;
    const tasks = arn('ecs', `task/${clusterName}/*`);
    const onCluster = { ArnEquals: { 'ecs:cluster': cluster } };
    // Only tasks of this project (its task definitions' tags reach the task through PropagateTags).
    const ownTasks = { ...onCluster, StringEquals: ownTag };
    const deploy = purpose === 'deploy';
    const statements = [];
    const allow = (Sid, Action, Resource, Condition) => statements.push(...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .allow */ .cw)(Sid, Action, Resource, Condition));
    const runTasks = () => {
        allow('RunJobTasks', ['ecs:RunTask'], families, { ...onCluster, StringEquals: ownTag });
        allow('TagTasksOnRun', ['ecs:TagResource'], [tasks], { StringEquals: { 'ecs:CreateAction': 'RunTask' } });
        statements.push(...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .passRole */ .mQ)('PassRoleToTasks', taskRoles, 'ecs-tasks.amazonaws.com'));
    };
    if (purpose === 'plan' || deploy) {
        // What a deploy reads and writes beyond its resource kinds: the cluster, the image repository, `status`.
        allow('ReadWithoutResourceScope', deploy ? ['ecr:GetAuthorizationToken'] : [], ['*']);
        allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
        allow('Repository', [
            'ecr:DescribeImages',
            'ecr:GetLifecyclePolicy',
            ...(deploy
                ? [
                    'ecr:DescribeRepositories',
                    'ecr:CreateRepository',
                    'ecr:PutLifecyclePolicy',
                    // Moves this project's live tags off images no longer in use (never an image's last tag).
                    'ecr:BatchDeleteImage',
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
        statements.push(...preflightStatements(manifest, ctx.region, arn, deploy));
        if (!deploy) {
            // ecs-batch status (run with the read-only role): recent runs from ECS, and the run history.
            allow('StatusRecentRuns', ['ecs:ListTasks'], ['*'], onCluster);
            allow('StatusDescribeRuns', ['ecs:DescribeTasks'], [tasks]);
            if (manifest.history) {
                const history = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .historyLogGroup */ .Op)(prefix);
                allow('StatusRunHistory', ['logs:FilterLogEvents'], [arn('logs', `log-group:${history}`), arn('logs', `log-group:${history}:*`)]);
            }
        }
        // Every kind of resource a deploy manages says what its reads (and writes) need.
        const desired = (0,_plan_desired_js__WEBPACK_IMPORTED_MODULE_3__/* .desiredState */ .I)(manifest, { region: ctx.region, clusterArn: cluster, image: POLICY_IMAGE });
        const scope = {
            manifest,
            desired,
            arn: (service, resource) => arn(service, resource),
            write: deploy,
        };
        for (const kind of _resources_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RESOURCE_KINDS */ .pQ)
            statements.push(...(kind.iam?.(scope) ?? []));
        // The deploy summary's last runs, from the run history: on the log groups the deploy already manages (their own
        // statement would take the policy past one managed policy; the job logs it also reaches are what this role's task
        // definitions write, so reading them grants it nothing new).
        const history = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .historyLogGroup */ .Op)(prefix);
        const groups = statements.find((st) => st.Sid === 'LogGroups' && st.Resource.some((r) => r.includes(history)));
        if (deploy && manifest.history && groups)
            groups.Action = [...groups.Action, 'logs:FilterLogEvents'];
    }
    if (purpose === 'run') {
        allow('ReadWithoutResourceScope', ['ecs:DescribeTaskDefinition'], ['*']);
        if (runsStateMachines) {
            allow('RunChains', ['states:StartExecution'], stateMachines, { StringEquals: ownTag });
            // A whole-chain run with --env starts from the deployed steps' own environments.
            allow('ReadChains', ['states:DescribeStateMachine'], stateMachines);
            // Following a chain: its steps' tasks, found by family.
            allow('FindChainSteps', ['ecs:ListTasks'], ['*'], onCluster);
            allow('FollowChains', ['states:DescribeExecution', 'states:StopExecution'], executions);
        }
        allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
        runTasks();
        allow('WatchTasks', ['ecs:DescribeTasks'], [tasks]);
        allow('StopOwnTasks', ['ecs:StopTask'], [tasks], ownTasks);
        allow('ReadSchedules', ['scheduler:GetSchedule'], [schedules]);
        allow('ReadRules', ['events:ListTargetsByRule'], [rules]);
        allow('ReadJobLogs', ['logs:GetLogEvents'], logGroups);
    }
    // The watch for missed and late runs (a state machine of the project's, started by companion schedules).
    const watches = manifest.jobs.some((j) => j.watched) && manifest.backend === 'scheduler';
    const watch = arn('states', `stateMachine:${(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .operationsResourceName */ .ol)(prefix, 'watch')}`);
    if (purpose === 'scheduler') {
        // What EventBridge Scheduler (or an EventBridge rule) needs to start the jobs' tasks. Trust:
        // scheduler.amazonaws.com (or events.amazonaws.com).
        if (runsStateMachines)
            allow('StartStateMachines', ['states:StartExecution'], [...stateMachines, ...(watches ? [watch] : [])], {
                StringEquals: ownTag,
            });
        runTasks();
    }
    if (purpose === 'state-machine') {
        // What the state machines run as (trust states.amazonaws.com): ECS tasks with .sync, and their own executions (concurrency).
        runTasks();
        allow('WatchTasks', ['ecs:DescribeTasks'], [tasks]);
        allow('StopOwnTasks', ['ecs:StopTask'], [tasks], ownTasks);
        // `.sync` learns that a task stopped through this managed rule.
        allow('SyncTaskEvents', ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'], [arn('events', 'rule/StepFunctionsGetEventsForECSTaskRule')]);
        allow('OwnExecutions', ['states:ListExecutions'], stateMachines);
        allow('StopOwnExecutions', ['states:StopExecution'], executions);
        // startTimeout: a step's watch finds its task by StartedBy.
        if (manifest.jobs.some((j) => j.startTimeoutSeconds !== undefined))
            allow('WatchTaskStarts', ['ecs:ListTasks'], ['*'], onCluster);
        // Alerts a state machine publishes itself: a start that timed out, a RunTask refused, a missed or late run.
        if (manifest.alerts && (watches || manifest.jobs.some((j) => (0,_manifest_chains_js__WEBPACK_IMPORTED_MODULE_7__/* .hasFailurePolicy */ .Vi)(j))))
            allow('PublishAlerts', ['sns:Publish'], [manifest.alerts.snsTopicArn]);
    }
    return { Version: '2012-10-17', Statement: (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeStatements */ .z9)(statements) };
}
/**
 * What `ecs-batch import --cluster` reads (no manifest yet): the cluster, and every rule and schedule that targets it,
 * whatever their names (they were made by hand, so no prefix scopes them), and the task definitions they run. Reads
 * only.
 */
function importPolicy(cluster, ctx) {
    const arn = (service, resource) => `arn:${ctx.partition}:${service}:${ctx.region}:${ctx.account}:${resource}`;
    const clusterArn = cluster.startsWith('arn:') ? cluster : arn('ecs', `cluster/${cluster}`);
    return {
        Version: '2012-10-17',
        Statement: [
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .allow */ .cw)('ReadWithoutResourceScope', ['ecs:DescribeTaskDefinition', 'events:ListRuleNamesByTarget', 'events:ListRules', 'scheduler:ListSchedules'], ['*']),
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .allow */ .cw)('Cluster', ['ecs:DescribeClusters'], [clusterArn]),
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .allow */ .cw)('ReadRules', ['events:ListTagsForResource', 'events:ListTargetsByRule'], [arn('events', 'rule/*')]),
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .allow */ .cw)('ReadSchedules', ['scheduler:GetSchedule'], [arn('scheduler', 'schedule/*/*')]),
        ],
    };
}
/**
 * What pre-flight reads (plan and deploy): EC2's and SSM's describes take no resource (AWS has no resource-level
 * permission for them); each role the manifest names, and each Secrets Manager secret, by its own ARN. Never a
 * secret's value: DescribeSecret and DescribeParameters read metadata.
 */
function preflightStatements(manifest, region, arn, deploy) {
    const named = [
        ...new Set(manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn, j.schedulerRoleArn, j.stateMachineRoleArn].filter((r) => Boolean(r)))),
    ];
    const roles = deploy && named.length > _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEPLOY_POLICY_ROLE_READS_MAX */ .DJ ? [] : named;
    const where = { region, account: arn('x', '').split(':')[4] };
    const references = manifest.jobs.flatMap((j) => Object.values(j.secrets).map((ref) => (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_8__/* .secretReference */ .QO)(ref, where)));
    const secrets = [
        ...new Set(references.flatMap((r) => 
        // A secret named without its random suffix is matched with one (Secrets Manager's documented form).
        r?.kind === 'secret' && r.local ? [/-[A-Za-z0-9]{6}$/.test(r.id) ? r.id : `${r.id}-??????`] : [])),
    ];
    const hasParameters = references.some((r) => r?.kind !== 'secret');
    return [
        ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .allow */ .cw)('ReadWithoutResourceScope', [
            ...(manifest.jobs.some((j) => j.network) ? ['ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'] : []),
            ...(hasParameters ? ['ssm:DescribeParameters'] : []),
        ], ['*']),
        ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .allow */ .cw)('PreflightRoles', roles.length ? ['iam:GetRole'] : [], roles),
        ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .allow */ .cw)('PreflightSecrets', secrets.length ? ['secretsmanager:DescribeSecret'] : [], secrets),
    ];
}


/***/ })

};
