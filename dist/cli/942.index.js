export const id = 942;
export const ids = [942];
export const modules = {

/***/ 6105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ notOwned),
/* harmony export */   m: () => (/* binding */ compared)
/* harmony export */ });
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/** What every kind says when it compares a desired resource with the live one: one wording, one place. */

/** The conflict of a resource named like ours that does not carry our tag; `fix` says what to do. */
function notOwned(what, prefix, fix) {
    return `${what} exists but is not owned by this manifest (no tag ${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}=${prefix}); ${fix}`;
}
/** A create when nothing is live (`diff` undefined), else an update when fields differ, else unchanged. */
function compared(diff, outside = false) {
    if (diff === undefined)
        return { action: 'create', diff: [], reason: 'does not exist' };
    if (!diff.length)
        return { action: 'unchanged', diff, reason: 'matches' };
    const fields = `${diff.length} field${diff.length === 1 ? '' : 's'} differ`;
    return outside
        ? { action: 'update', diff, reason: `${fields} (changed outside ecs-batch)`, drifted: true }
        : { action: 'update', diff, reason: fields };
}


/***/ }),

/***/ 5942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pQ: () => (/* binding */ RESOURCE_KINDS),
  hX: () => (/* binding */ applyChange),
  I: () => (/* binding */ kindOf),
  hU: () => (/* binding */ phaseOf),
  o1: () => (/* binding */ writesInFlight)
});

// EXTERNAL MODULE: ./resources/kind.ts
var resources_kind = __webpack_require__(9710);
// EXTERNAL MODULE: ./resources/compare.ts
var compare = __webpack_require__(6105);
// EXTERNAL MODULE: ./aws/policy.ts
var policy = __webpack_require__(3206);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(7575);
// EXTERNAL MODULE: ./manifest/names.ts
var manifest_names = __webpack_require__(440);
// EXTERNAL MODULE: ./util/diff.ts
var util_diff = __webpack_require__(3918);
;// CONCATENATED MODULE: ./resources/alarms.ts
/** The CloudWatch alarm on EventBridge Scheduler's failed invocations for the schedule group (a task the schedule could not start). */






/** What an alarm means: the fields ecs-batch sets, as PutMetricAlarm takes them or DescribeAlarms returns them. */
function normalizeAlarm(a) {
    if (!a)
        return undefined;
    const x = a;
    return (0,util_diff/* canonical */.$N)({
        AlarmDescription: x.AlarmDescription,
        Metrics: x.Metrics,
        ComparisonOperator: x.ComparisonOperator,
        Threshold: x.Threshold,
        EvaluationPeriods: x.EvaluationPeriods,
        TreatMissingData: x.TreatMissingData,
        ActionsEnabled: x.ActionsEnabled ?? true,
        AlarmActions: x.AlarmActions,
    });
}
const alarms = {
    kinds: ['alarm'],
    async observe(clients, req) {
        const name = (0,manifest_names/* operationsResourceName */.ol)(req.prefix, 'schedule-errors');
        const out = await clients.cloudwatch.send(new dist_cjs/* DescribeAlarmsCommand */.zWD({ AlarmNames: [name] }));
        const found = {};
        for (const alarm of out.MetricAlarms ?? []) {
            const tags = await clients.cloudwatch.send(new dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceARN: alarm.AlarmArn }));
            found[alarm.AlarmName] = {
                name: alarm.AlarmName,
                arn: alarm.AlarmArn,
                alarm: alarm,
                owned: (tags.Tags ?? []).some((t) => t.Key === manifest_names/* OWNER_TAG */.FX && t.Value === req.prefix),
            };
        }
        return { alarms: found };
    },
    plan({ desired, observed }) {
        const changes = [];
        const conflicts = [];
        const { prefix } = desired;
        const wanted = new Set();
        for (const input of desired.operations.alarms) {
            const name = input.AlarmName;
            wanted.add(name);
            const current = observed.alarms?.[name];
            const tagged = { ...input, Tags: [{ Key: manifest_names/* OWNER_TAG */.FX, Value: prefix }] };
            if (current && !current.owned) {
                conflicts.push((0,compare/* notOwned */.d)(`CloudWatch alarm ${name}`, prefix, 'delete it or tag it to adopt it'));
                continue;
            }
            if (!current) {
                changes.push({ kind: 'alarm', name, input: tagged, ...(0,compare/* compared */.m)(undefined) });
                continue;
            }
            const diff = (0,util_diff/* diffValues */.In)(normalizeAlarm(current.alarm), normalizeAlarm(input));
            changes.push({ kind: 'alarm', name, input: tagged, ...(0,compare/* compared */.m)(diff) });
        }
        for (const alarm of Object.values(observed.alarms ?? {})) {
            if (alarm.owned && !wanted.has(alarm.name))
                changes.push({
                    kind: 'alarm',
                    action: 'delete',
                    name: alarm.name,
                    diff: [],
                    reason: 'no longer asked for by the manifest',
                });
        }
        return { changes, conflicts };
    },
    // Read always: a removed `alerts` deletes the alarm.
    iam({ desired, arn, write }) {
        const alarms = [arn('cloudwatch', `alarm:${desired.prefix}-ecs-batch-*`)];
        return [
            ...(0,policy/* allow */.cw)('Alarm', ['cloudwatch:DescribeAlarms', 'cloudwatch:ListTagsForResource'], alarms),
            // Deleting always (a removed `alerts` prunes the alarm); writing only when the manifest asks for one.
            ...(write ? (0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.change, ['cloudwatch:DeleteAlarms'], alarms, (0,resources_kind/* ownedOnly */.Yr)(desired.prefix)) : []),
            ...(write && desired.operations.alarms.length
                ? [
                    ...(0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.create, ['cloudwatch:PutMetricAlarm'], alarms, (0,resources_kind/* createdOwned */.cp)(desired.prefix)),
                    ...(0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.tag, ['cloudwatch:TagResource'], alarms, (0,resources_kind/* tagsOwnOnly */.EK)(desired.prefix)),
                ]
                : []),
        ];
    },
    phase: (c) => (c.action === 'delete' ? resources_kind/* PHASE */.A9.prune : resources_kind/* PHASE */.A9.alerts),
    async apply({ clients }, c) {
        if (c.action === 'delete')
            await clients.cloudwatch.send(new dist_cjs/* DeleteAlarmsCommand */.nds({ AlarmNames: [c.name] }));
        else
            await clients.cloudwatch.send(new dist_cjs/* PutMetricAlarmCommand */.AZU(c.input));
        return undefined;
    },
};

// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var client_sns_dist_cjs = __webpack_require__(591);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(3550);
// EXTERNAL MODULE: ./targets/schedule.ts
var schedule = __webpack_require__(2252);
;// CONCATENATED MODULE: ./resources/event-rules.ts
/**
 * EventBridge rules on events (not schedules): the alert rules (to the SNS topic, through an
 * InputTransformer) and the run-history rule (to a log group). Named `<prefix>-ecs-batch-...`,
 * tagged for ownership, one target each. The alert topic is read, never written: a plan warns
 * when its policy does not let EventBridge (or CloudWatch) publish.
 */









/** Patterns compare by meaning: key order and spacing do not matter. */
function normalizePattern(text) {
    if (!text)
        return undefined;
    try {
        return (0,util_diff/* canonical */.$N)(JSON.parse(text));
    }
    catch {
        return text;
    }
}
/** Does an access policy let this service publish to the topic? (Allow statements; `*` wildcards.) */
function topicLetsPublish(policy, service, topicArn) {
    if (!policy)
        return false;
    let doc;
    try {
        doc = JSON.parse(policy);
    }
    catch {
        return false;
    }
    const list = (v) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
    const like = (pattern, value) => new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`).test(value);
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    return statements.some((raw) => {
        const st = (raw ?? {});
        const principal = st.Principal;
        const principals = principal === '*'
            ? ['*']
            : [
                ...list(principal?.Service),
                ...list(principal?.AWS).filter((a) => a === '*'),
            ];
        return (st.Effect === 'Allow' &&
            principals.some((p) => p === '*' || p === service) &&
            list(st.Action).some((a) => like(a, 'sns:Publish')) &&
            list(st.Resource).some((r) => like(r, topicArn)));
    });
}
const isOperations = (prefix, name) => name.startsWith(`${prefix}-${manifest_names/* RESERVED_JOB_PREFIX */.M6}`);
const eventRules = {
    kinds: ['event-rule'],
    writesInFlight: () => limits/* EVENTS_IN_FLIGHT */.NO,
    // The rules themselves are read by src/resources/rules.ts (every rule named <prefix>-*); this reads the topic.
    async observe(clients, req) {
        if (!req.alertTopic)
            return {};
        try {
            const out = await clients.sns.send(new client_sns_dist_cjs/* GetTopicAttributesCommand */.YBt({ TopicArn: req.alertTopic }));
            return { alertTopicPolicy: out.Attributes?.Policy ?? '' };
        }
        catch (error) {
            if (error instanceof client_sns_dist_cjs/* NotFoundException */.X6z)
                return { alertTopicPolicy: null };
            // Not allowed to read it (another account's topic): say nothing rather than guess.
            return {};
        }
    },
    plan({ desired, observed }) {
        const changes = [];
        const warnings = [];
        const conflicts = [];
        const { prefix } = desired;
        const wanted = new Set();
        for (const d of desired.operations.eventRules) {
            wanted.add(d.name);
            const pattern = JSON.stringify(d.pattern);
            const current = observed.rules[d.name];
            if (current && !current.owned) {
                conflicts.push((0,compare/* notOwned */.d)(`rule ${d.name}`, prefix, 'delete it or tag it to adopt it'));
                continue;
            }
            const base = { kind: 'event-rule', name: d.name, description: d.description, pattern, target: d.target };
            if (!current) {
                changes.push({ ...base, ...(0,compare/* compared */.m)(undefined) });
                continue;
            }
            const ours = current.targets.find((t) => t.Id === schedule/* RULE_TARGET_ID */.ry);
            const diff = [
                ...(0,util_diff/* diffValues */.In)((0,util_diff/* canonical */.$N)({
                    EventPattern: normalizePattern(current.eventPattern),
                    State: current.state ?? 'ENABLED',
                    Description: current.description,
                }), (0,util_diff/* canonical */.$N)({ EventPattern: normalizePattern(pattern), State: 'ENABLED', Description: d.description })),
                ...(0,util_diff/* prefixedChanges */.bR)('Target', (0,util_diff/* diffValues */.In)((0,schedule/* normalizeRuleTarget */.HK)(ours), (0,schedule/* normalizeRuleTarget */.HK)(d.target))),
            ];
            changes.push({ ...base, ...(0,compare/* compared */.m)(diff) });
        }
        // What the manifest no longer asks for (alerts or history removed) goes.
        for (const rule of Object.values(observed.rules).sort((a, b) => a.name.localeCompare(b.name))) {
            if (!rule.owned || !rule.eventPattern || wanted.has(rule.name) || !isOperations(prefix, rule.name))
                continue;
            changes.push({
                kind: 'event-rule',
                action: 'delete',
                name: rule.name,
                removeTargetIds: rule.targets.map((t) => t.Id),
                diff: [],
                reason: 'no longer asked for by the manifest',
            });
        }
        const topic = desired.operations.alertTopic;
        if (topic && observed.alertTopicPolicy === null) {
            warnings.push(`alerts: the SNS topic ${topic} does not exist; create it (and subscribe the team) before failures can reach anyone`);
        }
        else if (topic && observed.alertTopicPolicy !== undefined) {
            const missing = [
                'events.amazonaws.com',
                ...(desired.operations.alarms.length ? ['cloudwatch.amazonaws.com'] : []),
            ].filter((s) => !topicLetsPublish(observed.alertTopicPolicy ?? undefined, s, topic));
            if (missing.length) {
                warnings.push(`alerts: the policy of SNS topic ${topic} does not let ${missing.join(' and ')} publish, so alerts would be dropped; ` +
                    `add a statement allowing sns:Publish to ${missing.map((s) => `"Service": "${s}"`).join(', ')} ` +
                    `(ecs-batch never changes a topic it does not own)`);
            }
        }
        return { changes, warnings, conflicts };
    },
    // The rules themselves are `<prefix>-*` like the jobs' (src/resources/rules.ts reads them and deletes leftovers).
    iam({ desired, arn, write }) {
        const { eventRules, alertTopic } = desired.operations;
        const rules = arn('events', `rule/${desired.prefix}-*`);
        return [
            ...(write && eventRules.length
                ? [
                    ...(0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.create, ['events:PutRule'], [rules], (0,resources_kind/* createdOwned */.cp)(desired.prefix)),
                    ...(0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.change, ['events:PutTargets'], [rules], (0,resources_kind/* ownedOnly */.Yr)(desired.prefix)),
                    ...(0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.tag, ['events:TagResource'], [rules], (0,resources_kind/* tagsOwnOnly */.EK)(desired.prefix)),
                ]
                : []),
            // The alert topic is read (its policy checked), never written.
            ...(alertTopic ? (0,policy/* allow */.cw)('AlertTopic', ['sns:GetTopicAttributes'], [alertTopic]) : []),
        ];
    },
    phase: (c) => (c.action === 'delete' ? resources_kind/* PHASE */.A9.prune : resources_kind/* PHASE */.A9.alerts),
    async apply({ clients }, c) {
        if (c.action === 'delete') {
            if (c.removeTargetIds?.length)
                await clients.events.send(new client_eventbridge_dist_cjs/* RemoveTargetsCommand */.aZR({ Rule: c.name, Ids: c.removeTargetIds }));
            await clients.events.send(new client_eventbridge_dist_cjs/* DeleteRuleCommand */.piX({ Name: c.name }));
            return undefined;
        }
        const prefix = c.name.slice(0, c.name.indexOf(`-${manifest_names/* RESERVED_JOB_PREFIX */.M6}`));
        await clients.events.send(new client_eventbridge_dist_cjs/* PutRuleCommand */.JOx({
            Name: c.name,
            EventPattern: c.pattern,
            State: 'ENABLED',
            Description: c.description,
            Tags: [{ Key: manifest_names/* OWNER_TAG */.FX, Value: prefix }],
        }));
        const out = await clients.events.send(new client_eventbridge_dist_cjs/* PutTargetsCommand */.Ve7({ Rule: c.name, Targets: [c.target] }));
        if (out.FailedEntryCount)
            throw new Error(`PutTargets failed for ${c.name}: ${out.FailedEntries?.[0]?.ErrorMessage ?? 'unknown error'}`);
        return undefined;
    },
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(3897);
// EXTERNAL MODULE: ./util/concurrency.ts
var concurrency = __webpack_require__(5902);
;// CONCATENATED MODULE: ./resources/log-groups.ts
/** CloudWatch Logs groups the jobs' awslogs driver writes to: created first (a missing group stops a task from starting). */






const logGroups = {
    kinds: ['log-group'],
    async observe(clients, req) {
        const found = await (0,concurrency/* mapLimit */.s)(req.logGroups, resources_kind/* READ_CONCURRENCY */.HJ, async (name) => {
            for await (const page of (0,client_cloudwatch_logs_dist_cjs/* paginateDescribeLogGroups */.BSi)({ client: clients.logs, pageSize: limits/* PAGE_SIZE */.md.DescribeLogGroups }, { logGroupNamePrefix: name })) {
                const group = page.logGroups?.find((g) => g.logGroupName === name);
                if (!group)
                    continue;
                const arn = group.arn.replace(/:\*$/, '');
                const tags = await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* ListTagsForResourceCommand */.a_e({ resourceArn: arn }));
                return {
                    name,
                    ...(group.retentionInDays !== undefined ? { retentionInDays: group.retentionInDays } : {}),
                    managed: tags.tags?.[manifest_names/* OWNER_TAG */.FX] === req.prefix,
                };
            }
            return undefined;
        });
        return {
            logGroups: Object.fromEntries(found.filter((g) => g !== undefined).map((g) => [g.name, g])),
        };
    },
    plan({ desired, observed }) {
        const changes = [];
        const warnings = [];
        const { prefix } = desired;
        for (const group of desired.logGroups) {
            const found = observed.logGroups[group.name];
            if (!found) {
                changes.push({
                    kind: 'log-group',
                    action: 'create',
                    name: group.name,
                    ...(group.retentionDays !== undefined ? { retentionDays: group.retentionDays } : {}),
                    tags: { [manifest_names/* OWNER_TAG */.FX]: prefix },
                    reason: 'does not exist',
                });
            }
            else if (group.retentionDays !== undefined && found.retentionInDays !== group.retentionDays) {
                if (found.managed) {
                    changes.push({
                        kind: 'log-group',
                        action: 'set-retention',
                        name: group.name,
                        retentionDays: group.retentionDays,
                        reason: `retention ${found.retentionInDays ?? 'never expire'} → ${group.retentionDays} days`,
                    });
                }
                else {
                    warnings.push(`log group ${group.name} was not created by ecs-batch (no ${manifest_names/* OWNER_TAG */.FX}=${prefix} tag): ` +
                        `its retention (${found.retentionInDays ?? 'never expire'}) is left as is; ` +
                        `tag it to let ecs-batch set ${group.retentionDays} days`);
                    changes.push({
                        kind: 'log-group',
                        action: 'unchanged',
                        name: group.name,
                        reason: 'exists (not managed by ecs-batch)',
                    });
                }
            }
            else {
                changes.push({ kind: 'log-group', action: 'unchanged', name: group.name, reason: 'exists' });
            }
        }
        return { changes, warnings };
    },
    iam({ desired, arn, write }) {
        const groups = (0,resources_kind/* logGroupArns */.aI)(desired.logGroups.map((g) => g.name), desired.prefix, arn);
        return [
            ...(0,policy/* allow */.cw)(resources_kind/* UNSCOPED_READS */._4, ['logs:DescribeLogGroups'], ['*']),
            ...(0,policy/* allow */.cw)('LogGroups', [
                'logs:ListTagsForResource',
                ...(write ? ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:TagResource'] : []),
            ], groups),
        ];
    },
    phase: () => resources_kind/* PHASE */.A9.logs,
    async apply({ clients }, c) {
        if (c.action === 'create') {
            try {
                await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* CreateLogGroupCommand */.BOU({ logGroupName: c.name, ...(c.tags ? { tags: c.tags } : {}) }));
            }
            catch (error) {
                // Created since we looked (e.g. a concurrent deploy): the goal is reached.
                if (!(error instanceof client_cloudwatch_logs_dist_cjs/* ResourceAlreadyExistsException */.UdL))
                    throw error;
            }
        }
        if (c.retentionDays !== undefined)
            await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* PutRetentionPolicyCommand */.h5R({ logGroupName: c.name, retentionInDays: c.retentionDays }));
        return undefined;
    },
};

;// CONCATENATED MODULE: ./resources/logs-policy.ts
/**
 * The CloudWatch Logs resource policy that lets EventBridge write run history to log groups under
 * /aws/events/ecs-batch/. One policy serves every ecs-batch project of the account and region
 * (AWS allows only 10), so it is created or widened, never deleted.
 */





const parsed = (text) => {
    try {
        return (0,util_diff/* canonical */.$N)(JSON.parse(text));
    }
    catch {
        return text;
    }
};
function statementsOf(text) {
    if (text === undefined)
        return [];
    try {
        const doc = JSON.parse(text);
        return Array.isArray(doc.Statement) ? doc.Statement : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The policy with this project's statement in place of any earlier one for the same history group; every other
 * statement (other projects', hand-written ones) is kept as it is.
 */
function mergedLogsPolicy(current, statement) {
    const statements = statementsOf(current);
    if (!statements)
        return undefined;
    const others = statements.filter((s) => s.Sid !== statement.Sid && s.Resource !== statement.Resource);
    return JSON.stringify({ Version: '2012-10-17', Statement: [...others, statement] });
}
/** The statement earlier versions of ecs-batch wrote: every rule of the account may write to every history group. */
function legacyStatement(current) {
    return (statementsOf(current) ?? []).some((s) => typeof s.Resource === 'string' && s.Resource.endsWith(':log-group:/aws/events/ecs-batch/*:*') && !s.Condition);
}
const logsPolicy = {
    kinds: ['logs-policy'],
    async observe(clients, req) {
        if (!req.history)
            return {};
        const out = await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* DescribeResourcePoliciesCommand */.$SX({}));
        return {
            logsPolicies: Object.fromEntries((out.resourcePolicies ?? []).map((p) => [p.policyName, p.policyDocument ?? ''])),
        };
    },
    plan({ desired, observed }) {
        const changes = [];
        const warnings = [];
        const want = desired.operations.logsPolicy;
        if (!want)
            return { changes };
        const current = observed.logsPolicies?.[want.name];
        const document = mergedLogsPolicy(current, want.statement);
        if (document === undefined)
            return {
                changes,
                conflicts: [
                    `the CloudWatch Logs resource policy ${want.name} is not a policy document ecs-batch can add its statement ` +
                        'to; fix or delete it',
                ],
            };
        if (document.length > limits/* LOGS_RESOURCE_POLICY_MAX */.TG)
            return {
                changes,
                conflicts: [
                    `the CloudWatch Logs resource policy ${want.name} would be ${document.length} characters with this ` +
                        `project's statement; AWS allows ${limits/* LOGS_RESOURCE_POLICY_MAX */.TG}. Remove statements of projects that no ` +
                        'longer keep history',
                ],
            };
        if (legacyStatement(current))
            warnings.push(`the CloudWatch Logs resource policy ${want.name} still has the statement an earlier ecs-batch wrote, which ` +
                "lets any rule of the account write to every project's history: remove it once every project has deployed");
        if (current === undefined) {
            changes.push({
                kind: 'logs-policy',
                action: 'create',
                name: want.name,
                document,
                diff: [],
                reason: 'lets EventBridge write run history',
            });
            return { changes, warnings };
        }
        const diff = (0,util_diff/* diffValues */.In)(parsed(current), parsed(document));
        changes.push({
            kind: 'logs-policy',
            action: diff.length ? 'update' : 'unchanged',
            name: want.name,
            document,
            diff,
            reason: diff.length ? "does not hold this project's run history statement yet" : 'matches',
        });
        return { changes, warnings };
    },
    // The one Logs resource policy that lets EventBridge write run history: AWS does not scope these to a resource.
    iam: ({ desired, write }) => [
        ...(0,policy/* allow */.cw)(resources_kind/* UNSCOPED_READS */._4, ['logs:DescribeResourcePolicies'], ['*']),
        ...(write && desired.operations.logsPolicy ? (0,policy/* allow */.cw)('RunHistoryPolicy', ['logs:PutResourcePolicy'], ['*']) : []),
    ],
    phase: () => resources_kind/* PHASE */.A9.logs,
    async apply({ clients }, c) {
        await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* PutResourcePolicyCommand */.x6h({ policyName: c.name, policyDocument: c.document }));
        return undefined;
    },
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-scheduler/dist-cjs/index.js
var client_scheduler_dist_cjs = __webpack_require__(8994);
// EXTERNAL MODULE: ./taskdef/reference.ts
var reference = __webpack_require__(7622);
// EXTERNAL MODULE: ./util/errors.ts
var errors = __webpack_require__(7702);
// EXTERNAL MODULE: ./resources/rules.ts
var rules = __webpack_require__(4501);
// EXTERNAL MODULE: ./resources/schedules.ts
var resources_schedules = __webpack_require__(3096);
// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
;// CONCATENATED MODULE: ./resources/other-owners.ts
/**
 * Other ecs-batch deployments that run this manifest's jobs on the same cluster (after a rename of
 * `project`, the old schedules keep running): read-only, reported as warnings, never changed.
 */












/** `<owner>-<job>` for one of our jobs, or undefined. */
function twinJob(name, owner, jobs) {
    const job = name.startsWith(`${owner}-`) ? name.slice(owner.length + 1) : undefined;
    return job !== undefined && jobs.has(job) ? job : undefined;
}
/** Candidates looked at closely, at most: the check stays a few calls whatever the account holds. */
const MAX_TWIN_CANDIDATES = 50;
/** The image repository a task definition runs (its first container's), without registry, tag or digest. */
async function repositoryOf(clients, taskDefinition) {
    if (!taskDefinition)
        return undefined;
    try {
        const out = await clients.ecs.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition }));
        const image = out.taskDefinition?.containerDefinitions?.[0]?.image;
        return image ? (0,reference/* parseImageReference */.o)(image)?.repository : undefined;
    }
    catch (error) {
        if (error instanceof client_ecs_dist_cjs/* ClientException */.P6G)
            return undefined;
        throw error;
    }
}
/**
 * Schedules and rules of *other* ecs-batch prefixes that run one of this manifest's jobs, from
 * the same image repository, on the same cluster: after a rename of `project` the old ones keep
 * running. Read-only; a few calls per schedule group, per rule that targets the cluster and per
 * candidate (at most MAX_TWIN_CANDIDATES).
 */
async function observeTwins(clients, prefix, twins) {
    const jobs = new Set(twins.jobs);
    const skip = new Set([prefix, ...twins.siblings, 'default']);
    const candidates = [];
    const groups = [];
    for await (const page of (0,client_scheduler_dist_cjs/* paginateListScheduleGroups */.NA)({ client: clients.scheduler, pageSize: limits/* PAGE_SIZE */.md.ListSchedules }, {})) {
        for (const g of page.ScheduleGroups ?? [])
            if (g.Name && g.Arn && !skip.has(g.Name))
                groups.push({ name: g.Name, arn: g.Arn });
    }
    await (0,concurrency/* mapLimit */.s)(groups, resources_kind/* READ_CONCURRENCY */.HJ, async (group) => {
        const tags = await clients.scheduler.send(new client_scheduler_dist_cjs/* ListTagsForResourceCommand */.a_({ ResourceArn: group.arn }));
        if (!(tags.Tags ?? []).some((t) => t.Key === manifest_names/* OWNER_TAG */.FX && t.Value === group.name))
            return;
        for await (const page of (0,client_scheduler_dist_cjs/* paginateListSchedules */.mr)({ client: clients.scheduler, pageSize: limits/* PAGE_SIZE */.md.ListSchedules }, { GroupName: group.name })) {
            for (const s of page.Schedules ?? []) {
                const job = twinJob(s.Name ?? '', group.name, jobs);
                if (!job || !mayRunOn(s.Target?.Arn, twins.clusterArn) || s.State === 'DISABLED')
                    continue;
                const name = s.Name;
                candidates.push({
                    job,
                    owner: group.name,
                    kind: 'schedule',
                    name,
                    taskDefinition: async () => {
                        const task = (0,ecs/* scheduledRunTask */.OU)((await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: group.name }))).Target);
                        return task && (0,ecs/* isCluster */.JU)(task.cluster, twins.clusterArn) ? task.request.taskDefinition : undefined;
                    },
                });
            }
        }
    });
    const ruleNames = await (0,rules/* ruleNamesTargeting */.sh)(clients, twins.clusterArn);
    const named = ruleNames.filter((name) => !name.startsWith(`${prefix}-`) && [...jobs].some((job) => name.endsWith(`-${job}`)));
    await (0,concurrency/* mapLimit */.s)(named.slice(0, MAX_TWIN_CANDIDATES), resources_kind/* READ_CONCURRENCY */.HJ, async (name) => {
        const rule = await (0,rules/* ruleByName */.PD)(clients, name);
        if (!rule || rule.state === 'DISABLED')
            return;
        const owner = rule.owner;
        const job = owner && !skip.has(owner) ? twinJob(name, owner, jobs) : undefined;
        if (!owner || !job)
            return;
        candidates.push({
            job,
            owner,
            kind: 'rule',
            name,
            taskDefinition: async () => (await (0,rules/* targetsOf */.QR)(clients, name)).find((t) => t.Arn === twins.clusterArn)?.EcsParameters?.TaskDefinitionArn,
        });
    });
    // Same job name is not enough (two teams may both have a `cleanup`): it must run the same image repository.
    const checked = await (0,concurrency/* mapLimit */.s)(candidates.slice(0, MAX_TWIN_CANDIDATES), resources_kind/* READ_CONCURRENCY */.HJ, async (c) => (await repositoryOf(clients, await c.taskDefinition())) === twins.repository ? c : undefined);
    return checked
        .filter((c) => c !== undefined)
        .map(({ job, owner, kind, name }) => ({ job, owner, kind, name }))
        .sort((a, b) => a.job.localeCompare(b.job) || a.name.localeCompare(b.name));
}
/**
 * A schedule target that may run a task on the cluster: its templated ECS target, or a universal RunTask (its Input
 * says which cluster).
 */
const mayRunOn = (arn, clusterArn) => arn === clusterArn || arn === ecs/* RUN_TASK_TARGET */.EY;
/** The family of a task definition ARN (or a family name). */
const familyOf = (arn) => arn ? arn.slice(arn.lastIndexOf('/') + 1).replace(/:\d+$/, '') : undefined;
/** The command a RunTask request's overrides give (the first container override with one). */
const commandOf = (overrides) => overrides?.containerOverrides?.find((c) => Array.isArray(c.command))?.command;
/**
 * Schedules and rules made by hand (not tagged by any ecs-batch deployment) that target this
 * cluster and run one of the manifest's jobs: its family, or its exact command. Deploying would
 * make that job run twice. Read-only, at most MAX_TWIN_CANDIDATES looked at closely of each kind.
 */
async function observeStrangers(clients, prefix, twins) {
    const byFamily = new Map(twins.jobs.map((j) => [`${prefix}-${j}`, j]));
    const commands = Object.entries(twins.commands ?? {}).map(([job, cmd]) => [job, JSON.stringify(cmd)]);
    const match = (family, command) => {
        const own = family ? byFamily.get(family) : undefined;
        if (own)
            return { job: own, by: 'family' };
        const same = command ? commands.find(([, c]) => c === JSON.stringify(command)) : undefined;
        return same ? { job: same[0], by: 'command' } : undefined;
    };
    const found = [];
    // Scheduler: every schedule that targets the cluster, outside ecs-batch's groups.
    const schedules = [];
    for await (const page of (0,client_scheduler_dist_cjs/* paginateListSchedules */.mr)({ client: clients.scheduler, pageSize: limits/* PAGE_SIZE */.md.ListSchedules }, {})) {
        for (const s of page.Schedules ?? []) {
            if (mayRunOn(s.Target?.Arn, twins.clusterArn) &&
                s.Arn &&
                s.GroupName &&
                s.Name &&
                s.State !== 'DISABLED' &&
                s.GroupName !== prefix &&
                !twins.siblings.includes(s.GroupName))
                schedules.push({ arn: s.Arn, group: s.GroupName, name: s.Name });
        }
    }
    const groupOwned = new Map();
    await (0,concurrency/* mapLimit */.s)(schedules.slice(0, MAX_TWIN_CANDIDATES), resources_kind/* READ_CONCURRENCY */.HJ, async ({ arn, group, name }) => {
        if (!groupOwned.has(group))
            groupOwned.set(group, (0,resources_schedules/* scheduleGroupOwner */.Wn)(clients, arn).then((owner) => owner !== undefined, () => false));
        if (await groupOwned.get(group))
            return; // another ecs-batch deployment: observeTwins' business
        const task = (0,ecs/* scheduledRunTask */.OU)((await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: group }))).Target);
        if (!task || !(0,ecs/* isCluster */.JU)(task.cluster, twins.clusterArn))
            return;
        const hit = match(familyOf(task.request.taskDefinition), commandOf(task.request.overrides));
        if (hit)
            found.push({ ...hit, kind: 'schedule', name: `${group}/${name}` });
    });
    // EventBridge: every rule with a target on the cluster, not tagged by any ecs-batch deployment.
    const ruleNames = await (0,rules/* ruleNamesTargeting */.sh)(clients, twins.clusterArn);
    await (0,concurrency/* mapLimit */.s)(ruleNames.filter((n) => !n.startsWith(`${prefix}-`)).slice(0, MAX_TWIN_CANDIDATES), resources_kind/* READ_CONCURRENCY */.HJ, async (name) => {
        const rule = await (0,rules/* ruleByName */.PD)(clients, name);
        if (!rule || rule.state === 'DISABLED' || rule.owner !== undefined)
            return;
        for (const target of await (0,rules/* targetsOf */.QR)(clients, name)) {
            if (target.Arn !== twins.clusterArn)
                continue;
            const hit = match(familyOf(target.EcsParameters?.TaskDefinitionArn), commandOf((0,ecs/* overridesIn */.l_)(target.Input)));
            if (hit)
                found.push({ ...hit, kind: 'rule', name });
        }
    });
    return found.sort((a, b) => a.job.localeCompare(b.job) || a.name.localeCompare(b.name));
}
const otherOwners = {
    kinds: [],
    // Reading other schedules and rules (tags, targets) finds another ecs-batch deployment of the same jobs (a renamed
    // project) and the hand-made ones the jobs take over.
    iam: ({ arn }) => [
        ...(0,policy/* allow */.cw)(resources_kind/* UNSCOPED_READS */._4, ['scheduler:ListScheduleGroups', 'events:ListRuleNamesByTarget'], ['*']),
        ...(0,policy/* allow */.cw)('ReadOtherDeployments', [
            'scheduler:ListTagsForResource',
            'scheduler:GetSchedule',
            'events:ListTagsForResource',
            'events:ListTargetsByRule',
        ], [arn('scheduler', 'schedule-group/*'), arn('scheduler', 'schedule/*/*'), arn('events', 'rule/*')]),
    ],
    async observe(clients, req) {
        if (!req.twins)
            return {};
        // Checks for the user's benefit: when one cannot run (an older IAM policy), the deploy goes on and says so.
        const unknown = (error) => ({ unknown: (0,errors/* describeError */.U)(error).split('\n')[0] });
        const [owners, strangers] = await Promise.all([
            observeTwins(clients, req.prefix, req.twins).then((found) => ({ found }), unknown),
            observeStrangers(clients, req.prefix, req.twins).then((found) => ({ found }), unknown),
        ]);
        const why = 'unknown' in owners ? owners.unknown : 'unknown' in strangers ? strangers.unknown : undefined;
        return {
            ...('found' in owners ? { otherOwners: owners.found } : {}),
            ...('found' in strangers ? { strangers: strangers.found } : {}),
            ...(why ? { otherOwnersUnknown: why } : {}),
        };
    },
    plan({ observed }) {
        const warnings = [];
        warnings.push(...otherOwnerWarnings(observed));
        // A job that takes one over (`replaces:`) runs once: the take-over deletes it right after the job's own schedule exists.
        // (A rule's target taken over, rule/NAME/TARGET, counts for that job and rule.)
        const takenOver = new Set((observed.replaced ?? []).flatMap((r) => [r.ref, `${r.job} ${r.ref.replace(/^(rule\/[^/]+)\/.*$/, '$1')}`]));
        for (const s of (observed.strangers ?? []).filter((x) => !takenOver.has(`${x.kind}/${x.name}`) && !takenOver.has(`${x.job} ${x.kind}/${x.name}`))) {
            warnings.push(`job ${s.job} would also run from ${s.kind} ${s.name}: ecs-batch did not make it, and it ` +
                `${s.by === 'family' ? "runs the job's task definition family" : 'runs the same command'} on this cluster. ` +
                `The job will run twice per period until that ${s.kind} is deleted or disabled`);
        }
        return { warnings };
    },
    phase: () => 0,
    apply: () => Promise.reject(new Error('internal: other deployments are never changed')),
};
/** Another ecs-batch prefix runs the same jobs on this cluster: a renamed project leaves the old running. */
function otherOwnerWarnings(observed) {
    const out = [];
    if (observed.otherOwnersUnknown)
        out.push(`could not look for other ecs-batch deployments of these jobs on this cluster: ${observed.otherOwnersUnknown}`);
    const byOwner = new Map();
    for (const twin of observed.otherOwners ?? [])
        byOwner.set(twin.owner, [...(byOwner.get(twin.owner) ?? []), twin]);
    for (const [owner, twins] of byOwner) {
        const what = twins.map((t) => `${t.kind} ${t.name}`).join(', ');
        out.push(`ecs-batch project ${owner} also runs ${[...new Set(twins.map((t) => t.job))].join(', ')} on this cluster (${what}): ` +
            `if project or environment was renamed from ${owner}, those jobs run twice until the old ones are removed ` +
            `(deploy the old name with no jobs and --max-prune, or delete them)`);
    }
    return out;
}

;// CONCATENATED MODULE: ./resources/replaced.ts
/**
 * Hand-made schedules and rules a job takes over (`replaces:`): deleted once the job's own schedule
 * exists, so the job never runs twice and never misses a run. Only the exact resources named, only
 * while they still target the manifest's cluster and carry no ecs-batch mark; task definitions are
 * never touched.
 */









/** Where a replaced resource stands: still there and ours to delete, gone, or not safe to touch (why). */
async function stateOf(clients, clusterArn, job, ref) {
    const parsed = (0,manifest_names/* parseReplaced */._6)(ref);
    if (!parsed)
        return { job, ref, state: 'refused', why: 'is not rule/NAME, rule/NAME/TARGET-ID or schedule/GROUP/NAME' };
    if (parsed.kind === 'schedule') {
        try {
            const s = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ GroupName: parsed.group, Name: parsed.name }));
            if (!(0,ecs/* isCluster */.JU)((0,ecs/* scheduledRunTask */.OU)(s.Target)?.cluster, clusterArn))
                return { job, ref, state: 'refused', why: 'no longer targets this cluster' };
            // A schedule in a group ecs-batch made (this manifest's own included) belongs to a deployment, not to a person.
            if (s.Arn && (await (0,resources_schedules/* scheduleGroupOwner */.Wn)(clients, s.Arn)) !== undefined)
                return { job, ref, state: 'refused', why: 'is in a schedule group made by ecs-batch' };
            return { job, ref, state: 'present', disabled: s.State === 'DISABLED' };
        }
        catch (error) {
            if (error instanceof client_scheduler_dist_cjs/* ResourceNotFoundException */.lB)
                return { job, ref, state: 'absent' };
            throw error;
        }
    }
    const rule = await (0,rules/* ruleByName */.PD)(clients, parsed.name);
    if (!rule)
        return { job, ref, state: 'absent' };
    if (rule.owner !== undefined)
        return { job, ref, state: 'refused', why: 'was made by ecs-batch (it carries the ecs-batch:project tag)' };
    const targets = await (0,rules/* targetsOf */.QR)(clients, parsed.name);
    if (parsed.target !== undefined) {
        // One target of a rule that has others: only that target goes; the rule stays for the rest.
        const target = targets.find((t) => t.Id === parsed.target);
        if (!target)
            return { job, ref, state: 'absent' };
        // A target cannot be disabled: it is removed whatever takeOver says.
        return target.Arn === clusterArn
            ? { job, ref, state: 'present', disabled: false }
            : { job, ref, state: 'refused', why: 'no longer targets this cluster' };
    }
    if (!targets.some((t) => t.Arn === clusterArn))
        return { job, ref, state: 'refused', why: 'no longer targets this cluster' };
    if (targets.some((t) => t.Arn !== clusterArn))
        return {
            job,
            ref,
            state: 'refused',
            why: 'also has targets outside this cluster: name just its target (rule/NAME/TARGET-ID), or delete the rule by hand',
        };
    return { job, ref, state: 'present', disabled: rule.state === 'DISABLED' };
}
function takeOverReason(ref, disable) {
    const parsed = (0,manifest_names/* parseReplaced */._6)(ref);
    if (parsed?.kind === 'rule' && parsed.target !== undefined)
        return (`takes over target ${parsed.target} of rule ${parsed.name}, made by hand: removed once ` +
            `this job's own schedule exists (the rule keeps its other targets)`);
    return `takes over ${ref.replace('/', ' ')}, made by hand: ${disable ? 'disabled' : 'deleted'} once this job's own schedule exists`;
}
const replaced = {
    kinds: ['replaced'],
    async observe(clients, req) {
        if (!req.replaces?.length || !req.twins)
            return {};
        const clusterArn = req.twins.clusterArn;
        return {
            replaced: await (0,concurrency/* mapLimit */.s)(req.replaces, resources_kind/* READ_CONCURRENCY */.HJ, async ({ job, ref, disable }) => {
                const state = await stateOf(clients, clusterArn, job, ref);
                const parsed = (0,manifest_names/* parseReplaced */._6)(ref);
                const wholeResource = parsed?.kind === 'schedule' || parsed?.target === undefined;
                return state.state === 'present' && disable && wholeResource ? { ...state, disable } : state;
            }),
        };
    },
    plan({ observed }) {
        const changes = [];
        const conflicts = [];
        for (const r of observed.replaced ?? []) {
            if (r.state === 'refused')
                conflicts.push(`job ${r.job} replaces ${r.ref}, which ${r.why}: ecs-batch will not delete it; fix or remove the replaces entry`);
            else if (r.state === 'present' && r.disable && r.disabled)
                changes.push({
                    kind: 'replaced',
                    action: 'unchanged',
                    name: r.ref,
                    job: r.job,
                    reason: 'disabled already (takeOver: disable)',
                });
            else if (r.state === 'present')
                changes.push({
                    kind: 'replaced',
                    action: 'take-over',
                    name: r.ref,
                    job: r.job,
                    reason: takeOverReason(r.ref, r.disable),
                    ...(r.disable ? { disable: true } : {}),
                });
            else
                changes.push({ kind: 'replaced', action: 'unchanged', name: r.ref, job: r.job, reason: 'already gone' });
        }
        return { changes, conflicts };
    },
    // After the jobs' own schedules (and their alerts) exist, before prune: no gap, no double run.
    // Taking over hand-made schedules and rules (`replaces:`): exactly the ones named, nothing else.
    iam({ desired, manifest, arn, write }) {
        if (!write)
            return [];
        const taken = desired.jobs
            .flatMap((d) => d.job.replaces)
            .map(manifest_names/* parseReplaced */._6)
            .filter((r) => r !== undefined);
        const disable = manifest.takeOver === 'disable';
        const ruleArns = (whole) => [
            ...new Set(taken.flatMap((r) => r.kind === 'rule' && (r.target === undefined) === whole ? [arn('events', `rule/${r.name}`)] : [])),
        ];
        return [
            ...(0,policy/* allow */.cw)('TakeOverRules', disable ? ['events:DisableRule'] : ['events:RemoveTargets', 'events:DeleteRule'], ruleArns(true)),
            // One target of a rule that keeps its others: the rule itself is never deleted.
            ...(0,policy/* allow */.cw)('TakeOverRuleTargets', ['events:RemoveTargets'], ruleArns(false)),
            // Disabling sends the schedule back with its own role: the deploy role must be allowed to pass it (it is when it
            // is the job's schedulerRoleArn, as import writes it).
            ...(0,policy/* allow */.cw)('TakeOverSchedules', disable ? ['scheduler:GetSchedule', 'scheduler:UpdateSchedule'] : ['scheduler:DeleteSchedule'], taken.flatMap((r) => (r.kind === 'schedule' ? [arn('scheduler', `schedule/${r.group}/${r.name}`)] : []))),
        ];
    },
    phase: () => resources_kind/* PHASE */.A9.takeOver,
    async apply({ clients }, c) {
        if (c.action !== 'take-over')
            return undefined;
        const parsed = (0,manifest_names/* parseReplaced */._6)(c.name);
        if (c.disable)
            return disable(clients, parsed);
        if (parsed.kind === 'schedule') {
            await clients.scheduler
                .send(new client_scheduler_dist_cjs/* DeleteScheduleCommand */.ML({ GroupName: parsed.group, Name: parsed.name }))
                .catch((error) => {
                if (!(error instanceof client_scheduler_dist_cjs/* ResourceNotFoundException */.lB))
                    throw error;
            });
            return undefined;
        }
        if (parsed.target !== undefined) {
            await clients.events.send(new client_eventbridge_dist_cjs/* RemoveTargetsCommand */.aZR({ Rule: parsed.name, Ids: [parsed.target] }));
            return 'removed its target; the rule stays for its other targets';
        }
        const ids = (await (0,rules/* targetsOf */.QR)(clients, parsed.name)).map((t) => t.Id);
        if (ids.length)
            await clients.events.send(new client_eventbridge_dist_cjs/* RemoveTargetsCommand */.aZR({ Rule: parsed.name, Ids: ids }));
        await clients.events.send(new client_eventbridge_dist_cjs/* DeleteRuleCommand */.piX({ Name: parsed.name }));
        return undefined;
    },
};
/** `takeOver: disable`: the rule or schedule stays, switched off. UpdateSchedule replaces every field, so the live ones are sent back. */
async function disable(clients, parsed) {
    if (parsed.kind === 'rule') {
        await clients.events.send(new client_eventbridge_dist_cjs/* DisableRuleCommand */.SlH({ Name: parsed.name }));
        return 'disabled';
    }
    const live = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ GroupName: parsed.group, Name: parsed.name }));
    await clients.scheduler.send(new client_scheduler_dist_cjs/* UpdateScheduleCommand */.CH({
        Name: parsed.name,
        GroupName: parsed.group,
        ScheduleExpression: live.ScheduleExpression,
        FlexibleTimeWindow: live.FlexibleTimeWindow,
        Target: live.Target,
        State: 'DISABLED',
        ...(live.ScheduleExpressionTimezone ? { ScheduleExpressionTimezone: live.ScheduleExpressionTimezone } : {}),
        ...(live.Description ? { Description: live.Description } : {}),
        ...(live.StartDate ? { StartDate: live.StartDate } : {}),
        ...(live.EndDate ? { EndDate: live.EndDate } : {}),
        ...(live.KmsKeyArn ? { KmsKeyArn: live.KmsKeyArn } : {}),
        ...(live.ActionAfterCompletion ? { ActionAfterCompletion: live.ActionAfterCompletion } : {}),
    }));
    return 'disabled';
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-sfn/dist-cjs/index.js
var client_sfn_dist_cjs = __webpack_require__(2462);
// EXTERNAL MODULE: ./resources/applied.ts
var applied = __webpack_require__(167);
;// CONCATENATED MODULE: ./resources/state-machines.ts
/**
 * Step Functions state machines (Standard, JSONPath) named `<prefix>-<root>`, one per chain (or
 * job with retries, a timeout or a concurrency policy), tagged for ownership. Created before the
 * schedules that start them and deleted after (prune), so a job switching between direct and
 * state machine is never left with no runner, or two.
 */









const placeholder = (family) => `${ecs/* NEW_REVISION */.Lw}:${family}`;
function normalizeDefinition(text) {
    try {
        return (0,util_diff/* canonical */.$N)(JSON.parse(text ?? 'null'));
    }
    catch {
        return text;
    }
}
/**
 * What ecs-batch wrote, as a fingerprint: kept in a tag on the state machine, so a later plan can tell a console edit
 * (drift) from a manifest edit.
 */
function writtenFingerprint(definition, roleArn) {
    return (0,applied/* fingerprintOf */.ax)({ definition: normalizeDefinition(definition), roleArn });
}
const stateMachines = {
    kinds: ['state-machine'],
    async observe(clients, req) {
        const names = [];
        for await (const page of (0,client_sfn_dist_cjs/* paginateListStateMachines */.tfX)({ client: clients.sfn, pageSize: 100 }, {})) {
            for (const m of page.stateMachines ?? [])
                if (m.name?.startsWith(`${req.prefix}-`) && m.stateMachineArn)
                    names.push({ name: m.name, arn: m.stateMachineArn });
        }
        const found = await (0,concurrency/* mapLimit */.s)(names, resources_kind/* READ_CONCURRENCY */.HJ, async ({ name, arn }) => {
            const [described, tags] = await Promise.all([
                clients.sfn.send(new client_sfn_dist_cjs/* DescribeStateMachineCommand */.LyQ({ stateMachineArn: arn })),
                clients.sfn.send(new client_sfn_dist_cjs/* ListTagsForResourceCommand */.a_e({ resourceArn: arn })),
            ]);
            const applied = (tags.tags ?? []).find((t) => t.key === manifest_names/* APPLIED_TAG */.zH)?.value;
            return {
                name,
                arn,
                definition: described.definition ?? '',
                roleArn: described.roleArn ?? '',
                owned: (tags.tags ?? []).some((t) => t.key === manifest_names/* OWNER_TAG */.FX && t.value === req.prefix),
                ...(applied ? { applied } : {}),
            };
        });
        return { stateMachines: Object.fromEntries(found.map((m) => [m.name, m])) };
    },
    plan({ desired, observed, facts }) {
        const { knownArns } = facts;
        const changes = [];
        const conflicts = [];
        const warnings = [];
        const wanted = new Set();
        for (const m of desired.stateMachines) {
            wanted.add(m.name);
            const definition = JSON.stringify(m.definition((family) => knownArns.get(family) ?? placeholder(family)));
            const current = observed.stateMachines?.[m.name];
            const base = {
                kind: 'state-machine',
                name: m.name,
                arn: m.arn,
                roleArn: m.roleArn,
                definition,
                jobs: m.jobs,
                owner: desired.prefix,
            };
            if (current && !current.owned) {
                conflicts.push((0,compare/* notOwned */.d)(`state machine ${m.name}`, desired.prefix, 'rename the job, or tag it to adopt it'));
                continue;
            }
            if (!current) {
                changes.push({ ...base, action: 'create', diff: [], reason: m.purpose });
                continue;
            }
            const diff = [
                ...(0,util_diff/* diffValues */.In)(normalizeDefinition(current.definition), normalizeDefinition(definition)).map((d) => ({
                    ...d,
                    path: `definition.${d.path}`,
                })),
                ...(0,util_diff/* diffValues */.In)(current.roleArn, m.roleArn).map((d) => ({ ...d, path: 'roleArn' })),
            ];
            // Never recorded (made by an older ecs-batch) is not drift.
            const outside = diff.length > 0 &&
                current.applied !== undefined &&
                current.applied !== writtenFingerprint(current.definition, current.roleArn);
            if (outside)
                warnings.push((0,applied/* driftWarning */.Ir)('state machine', m.name, diff));
            changes.push({ ...base, ...(0,compare/* compared */.m)(diff, outside) });
        }
        for (const m of Object.values(observed.stateMachines ?? {})) {
            if (!m.owned || wanted.has(m.name))
                continue;
            changes.push({
                kind: 'state-machine',
                action: 'delete',
                name: m.name,
                arn: m.arn,
                diff: [],
                reason: 'no job runs through it any more',
            });
        }
        return { changes, conflicts, warnings };
    },
    // State machines `<prefix>-*` (told apart from another environment's by the tag).
    iam({ desired, arn, write }) {
        const machines = arn('states', `stateMachine:${desired.prefix}-*`);
        return [
            ...(0,policy/* allow */.cw)(resources_kind/* UNSCOPED_READS */._4, ['states:ListStateMachines'], ['*']),
            ...(0,policy/* allow */.cw)('StateMachines', ['states:DescribeStateMachine', 'states:ListTagsForResource'], [machines]),
            // Deleting always (a job that loses its retries prunes its state machine); writing only when there are chains.
            ...(write ? (0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.change, ['states:DeleteStateMachine'], [machines], (0,resources_kind/* ownedOnly */.Yr)(desired.prefix)) : []),
            ...(write && desired.stateMachines.length
                ? [
                    ...(0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.create, ['states:CreateStateMachine'], [machines], (0,resources_kind/* createdOwned */.cp)(desired.prefix)),
                    ...(0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.change, ['states:UpdateStateMachine'], [machines], (0,resources_kind/* ownedOnly */.Yr)(desired.prefix)),
                    ...(0,policy/* allow */.cw)(resources_kind/* OWN_WRITES */.c$.tag, ['states:TagResource'], [machines], (0,resources_kind/* tagsOwnOnly */.EK)(desired.prefix)),
                ]
                : []),
            ...(write
                ? (0,policy/* passRole */.mQ)('PassRoleToStateMachines', desired.stateMachines.map((m) => m.roleArn), 'states.amazonaws.com')
                : []),
        ];
    },
    phase: (c) => (c.action === 'delete' ? resources_kind/* PHASE */.A9.prune : resources_kind/* PHASE */.A9.stateMachines),
    async apply(ctx, c) {
        const { clients } = ctx;
        if (c.action === 'delete') {
            await clients.sfn.send(new client_sfn_dist_cjs/* DeleteStateMachineCommand */.vxA({ stateMachineArn: c.arn }));
            return undefined;
        }
        // Revisions this apply registered replace their placeholders.
        const definition = c.definition.replace(/\(new revision\):([A-Za-z0-9_-]+)/g, (_m, family) => ctx.withArn(ecs/* NEW_REVISION */.Lw, family));
        const applied = { key: manifest_names/* APPLIED_TAG */.zH, value: writtenFingerprint(definition, c.roleArn) };
        if (c.action === 'create') {
            await clients.sfn.send(new client_sfn_dist_cjs/* CreateStateMachineCommand */.OMl({
                name: c.name,
                type: 'STANDARD',
                definition,
                roleArn: c.roleArn,
                tags: [{ key: manifest_names/* OWNER_TAG */.FX, value: c.owner }, applied],
            }));
        }
        else {
            await clients.sfn.send(new client_sfn_dist_cjs/* UpdateStateMachineCommand */.RnG({ stateMachineArn: c.arn, definition, roleArn: c.roleArn }));
            await clients.sfn.send(new client_sfn_dist_cjs/* TagResourceCommand */.eqU({ resourceArn: c.arn, tags: [applied] }));
        }
        return undefined;
    },
};

// EXTERNAL MODULE: ./resources/task-definitions.ts + 1 modules
var task_definitions = __webpack_require__(3070);
;// CONCATENATED MODULE: ./resources/index.ts











function registered(kind) {
    const owns = (change) => kind.kinds.includes(change.kind);
    const own = (change) => {
        if (!owns(change))
            throw new Error(`internal: a ${change.kind} change went to the ${kind.kinds.join('/')} module`);
        return change;
    };
    return {
        kinds: kind.kinds,
        ...(kind.observe ? { observe: kind.observe.bind(kind) } : {}),
        ...(kind.plan ? { plan: kind.plan.bind(kind) } : {}),
        ...(kind.iam ? { iam: kind.iam.bind(kind) } : {}),
        phase: (change) => kind.phase(own(change)),
        apply: (ctx, change) => kind.apply(ctx, own(change)),
        writesInFlight: (region) => kind.writesInFlight?.(region) ?? resources_kind/* WRITE_CONCURRENCY */.Qx,
    };
}
/** Planning order: task definitions before the schedules, rules and state machines that point at them. */
const RESOURCE_KINDS = [
    registered(logsPolicy),
    registered(logGroups),
    registered(task_definitions/* taskDefinitions */.sE),
    registered(stateMachines),
    registered(resources_schedules/* scheduleGroups */.sp),
    registered(resources_schedules/* schedules */.XH),
    registered(rules/* rules */.aO),
    registered(eventRules),
    registered(alarms),
    registered(replaced),
    registered(task_definitions/* taskDefinitionRevisions */.po),
    registered(otherOwners),
];
function kindOf(change) {
    const found = RESOURCE_KINDS.find((k) => k.kinds.includes(change.kind));
    if (!found)
        throw new Error(`internal: no resource module for ${change.kind}`);
    return found;
}
/** The phase of apply a change runs in. */
function phaseOf(change) {
    return kindOf(change).phase(change);
}
/** How many of a change's kind to write at once in a Region. */
function writesInFlight(change, region) {
    return kindOf(change).writesInFlight(region);
}
/** Writes one change through its kind's module. */
function applyChange(ctx, change) {
    return kindOf(change).apply(ctx, change);
}


/***/ }),

/***/ 4501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PD: () => (/* binding */ ruleByName),
/* harmony export */   QR: () => (/* binding */ targetsOf),
/* harmony export */   aO: () => (/* binding */ rules),
/* harmony export */   sh: () => (/* binding */ ruleNamesTargeting)
/* harmony export */ });
/* unused harmony export allPages */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6105);
/* harmony import */ var _aws_policy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3206);
/* harmony import */ var _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3550);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5428);
/* harmony import */ var _targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2252);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5902);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3918);
/* harmony import */ var _applied_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(167);
/* harmony import */ var _kind_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9710);
/** EventBridge rules (backend: rules): one rule `<prefix>-<job>`, tagged for ownership, with one ECS target. */












/** Every page of a NextToken listing (the EventBridge SDK has no paginators). */
async function allPages(fetch) {
    const all = [];
    let token;
    do {
        const page = await fetch(token);
        all.push(...page.items);
        token = page.next;
    } while (token);
    return all;
}
async function targetsOf(clients, rule) {
    return allPages(async (token) => {
        const page = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .ListTargetsByRuleCommand */ .Hi6({ Rule: rule, ...(token ? { NextToken: token } : {}) }));
        return { items: page.Targets ?? [], next: page.NextToken };
    });
}
/** A rule found by its exact name, with the ecs-batch deployment that owns it (its OWNER_TAG), if any. */
async function ruleByName(clients, name) {
    const listed = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .ListRulesCommand */ .TtM({ NamePrefix: name, Limit: _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_SIZE */ .md.ListRules }));
    const rule = listed.Rules?.find((r) => r.Name === name);
    if (!rule?.Arn)
        return undefined;
    const tags = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .ListTagsForResourceCommand */ .a_e({ ResourceARN: rule.Arn }));
    return { arn: rule.Arn, state: rule.State, owner: tags.Tags?.find((t) => t.Key === _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_TAG */ .FX)?.Value, rule };
}
/** The names of every rule with a target on this ARN (e.g. a cluster). */
function ruleNamesTargeting(clients, targetArn) {
    return allPages(async (token) => {
        const page = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .ListRuleNamesByTargetCommand */ .CZz({
            TargetArn: targetArn,
            Limit: _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_SIZE */ .md.ListRules,
            ...(token ? { NextToken: token } : {}),
        }));
        return { items: page.RuleNames ?? [], next: page.NextToken };
    });
}
const rules = {
    kinds: ['rule'],
    writesInFlight: () => _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .EVENTS_IN_FLIGHT */ .NO,
    async observe(clients, req) {
        const found = await allPages(async (token) => {
            const page = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .ListRulesCommand */ .TtM({
                NamePrefix: `${req.prefix}-`,
                Limit: _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_SIZE */ .md.ListRules,
                ...(token ? { NextToken: token } : {}),
            }));
            return { items: page.Rules ?? [], next: page.NextToken };
        });
        const observed = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .s)(found, _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .EVENTS_IN_FLIGHT */ .NO, async (rule) => {
            const tags = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .ListTagsForResourceCommand */ .a_e({ ResourceARN: rule.Arn }));
            const owner = tags.Tags?.find((t) => t.Key === _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_TAG */ .FX)?.Value;
            const owned = owner === req.prefix;
            return {
                ...(owner !== undefined ? { owner } : {}),
                name: rule.Name,
                arn: rule.Arn,
                ...(rule.ScheduleExpression ? { scheduleExpression: rule.ScheduleExpression } : {}),
                ...(rule.EventPattern ? { eventPattern: rule.EventPattern } : {}),
                ...(rule.State ? { state: rule.State } : {}),
                ...(rule.Description !== undefined ? { description: rule.Description } : {}),
                owned,
                targets: owned ? await targetsOf(clients, rule.Name) : [],
            };
        });
        return { rules: Object.fromEntries(observed.map((r) => [r.name, r])) };
    },
    plan({ desired, observed, facts }) {
        const { knownArns } = facts;
        const changes = [];
        const conflicts = [];
        const warnings = [];
        const prunable = [];
        const ownedJobs = new Set();
        const { prefix } = desired;
        if (desired.backend === 'rules') {
            for (const d of desired.jobs) {
                if (!d.target)
                    continue; // a job after others starts with its chain
                const ecs = d.target.EcsParameters;
                // Shared task definitions: the target names the family (latest ACTIVE revision), complete as desired.
                const target = d.shared
                    ? d.target
                    : {
                        ...d.target,
                        ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: knownArns.get(d.family) ?? _targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .NEW_REVISION */ .Lw } } : {}),
                    };
                const current = observed.rules[d.name];
                if (current && (!current.owned || current.eventPattern)) {
                    conflicts.push((0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .notOwned */ .d)(`rule ${d.name}`, prefix, 'rename the job, or tag the rule to adopt it'));
                    continue;
                }
                const fingerprint = d.shared ? undefined : (0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .ruleFingerprint */ .Nu)(d.rule, target, d.family);
                const recorded = fingerprint
                    ? {
                        ...(0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .fingerprintFields */ .gi)(observed, d, knownArns, fingerprint),
                        recordOn: knownArns.get(d.family) ?? _targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .NEW_REVISION */ .Lw,
                    }
                    : {};
                const base = { kind: 'rule', job: d.job.name, name: d.name, rule: d.rule, target, ...recorded };
                if (!current) {
                    changes.push({ ...base, ...(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compared */ .m)(undefined) });
                    continue;
                }
                const ours = current.targets.find((t) => t.Id === _targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_TARGET_ID */ .ry);
                const live = {
                    ScheduleExpression: current.scheduleExpression,
                    State: current.state,
                    Description: current.description,
                };
                const diff = [
                    ...(0,_util_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .diffValues */ .In)((0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeRule */ .YE)(live), (0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeRule */ .YE)(d.rule)),
                    ...(0,_util_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .prefixedChanges */ .bR)('Target', (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .diffValues */ .In)((0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeRuleTarget */ .HK)(ours), (0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeRuleTarget */ .HK)(target))),
                ];
                const outside = fingerprint !== undefined &&
                    diff.length > 0 &&
                    (0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .drifted */ .fN)(observed, d.family, (0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .ruleFingerprint */ .Nu)(live, ours, d.family));
                if (outside)
                    warnings.push((0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .driftWarning */ .Ir)('rule', d.name, diff));
                changes.push({ ...base, ...(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compared */ .m)(diff, outside) });
            }
        }
        // Another project whose name starts with ours (`billing-reports` for `billing`): its rules match our name prefix.
        const others = new Map();
        for (const rule of Object.values(observed.rules))
            if (rule.owner !== undefined && rule.owner !== prefix)
                others.set(rule.owner, (others.get(rule.owner) ?? 0) + 1);
        for (const [owner, count] of [...others].sort())
            warnings.push(`${count} EventBridge rule${count === 1 ? '' : 's'} named ${prefix}-… belong${count === 1 ? 's' : ''} to ` +
                `ecs-batch project ${owner}: left alone (the IAM policy's tag conditions keep the two apart), but consider ` +
                'names that do not start with one another');
        // Prune: what is ours carries the tag *and* is named `<prefix>-<job>`.
        const desiredNames = new Set(desired.jobs.map((j) => j.name));
        for (const rule of Object.values(observed.rules).sort((a, b) => a.name.localeCompare(b.name))) {
            const job = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .jobFromResourceName */ .fs)(prefix, rule.name);
            // Event-pattern rules (alerts, history) are not job schedules: src/resources/event-rules.ts owns them.
            if (!rule.owned || !job || rule.eventPattern)
                continue;
            ownedJobs.add(job);
            if (desired.backend === 'rules' && desiredNames.has(rule.name))
                continue;
            const ours = rule.targets.filter((t) => t.Id === _targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_TARGET_ID */ .ry).map((t) => t.Id);
            const foreign = rule.targets.length - ours.length;
            prunable.push({
                kind: 'rule',
                action: 'delete',
                job,
                name: rule.name,
                removeTargetIds: ours,
                foreignTargets: foreign,
                diff: [],
                reason: (desiredNames.has(rule.name)
                    ? 'the job moved to EventBridge Scheduler (backend: scheduler)'
                    : 'no longer in the manifest') +
                    (foreign ? `; ${foreign} target(s) someone else added keep the rule in place` : ''),
            });
        }
        return { changes, conflicts, warnings, prunable, ownedJobs: [...ownedJobs] };
    },
    iam({ desired, arn, write }) {
        const writes = write && desired.backend === 'rules';
        const rules = arn('events', `rule/${desired.prefix}-*`);
        return [
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .allow */ .cw)(_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .UNSCOPED_READS */ ._4, ['events:ListRules'], ['*']),
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .allow */ .cw)('Rules', ['events:ListTagsForResource', 'events:ListTargetsByRule'], [rules]),
            // Writes only to rules this project tagged as its own: `<prefix>-*` also matches `<prefix>-reports-*`.
            ...(write
                ? (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .allow */ .cw)(_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .OWN_WRITES */ .c$.change, ['events:RemoveTargets', 'events:DeleteRule', ...(writes ? ['events:PutTargets'] : [])], [rules], (0,_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .ownedOnly */ .Yr)(desired.prefix))
                : []),
            ...(writes ? (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .allow */ .cw)(_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .OWN_WRITES */ .c$.create, ['events:PutRule'], [rules], (0,_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .createdOwned */ .cp)(desired.prefix)) : []),
            ...(writes ? (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .allow */ .cw)(_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .OWN_WRITES */ .c$.tag, ['events:TagResource'], [rules], (0,_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .tagsOwnOnly */ .EK)(desired.prefix)) : []),
            ...(writes
                ? (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .passRole */ .mQ)('PassRoleToScheduler', desired.jobs.map((j) => j.target?.RoleArn), 'events.amazonaws.com')
                : []),
        ];
    },
    phase: (c) => (c.action === 'delete' ? _kind_js__WEBPACK_IMPORTED_MODULE_7__/* .PHASE */ .A9.prune : _kind_js__WEBPACK_IMPORTED_MODULE_7__/* .PHASE */ .A9.schedules),
    async apply(ctx, c) {
        const { clients } = ctx;
        if (c.action === 'delete') {
            if (c.removeTargetIds?.length)
                await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .RemoveTargetsCommand */ .aZR({ Rule: c.name, Ids: c.removeTargetIds }));
            if (c.foreignTargets)
                return `kept: ${c.foreignTargets} other target(s)`;
            await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .DeleteRuleCommand */ .piX({ Name: c.name }));
            return undefined;
        }
        await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .PutRuleCommand */ .JOx(c.rule));
        const ecs = c.target.EcsParameters;
        const target = {
            ...c.target,
            ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: ctx.withArn(ecs.TaskDefinitionArn, c.name) } } : {}),
        };
        const out = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .PutTargetsCommand */ .Ve7({ Rule: c.name, Targets: [target] }));
        if (out.FailedEntryCount)
            throw new Error(`PutTargets failed for ${c.name}: ${out.FailedEntries?.[0]?.ErrorMessage ?? 'unknown error'}`);
        if (c.fingerprint)
            await (0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .recordApplied */ .RC)(ctx, c.name, ctx.withArn(c.recordOn, c.name), c);
        return undefined;
    },
};


/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wn: () => (/* binding */ scheduleGroupOwner),
/* harmony export */   XH: () => (/* binding */ schedules),
/* harmony export */   sp: () => (/* binding */ scheduleGroups)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6105);
/* harmony import */ var _aws_policy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3206);
/* harmony import */ var _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8994);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5428);
/* harmony import */ var _targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2252);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5902);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3918);
/* harmony import */ var _applied_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(167);
/* harmony import */ var _kind_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9710);
/**
 * EventBridge Scheduler: the schedule group `<prefix>` (ownership: only groups take tags) and one
 * schedule `<prefix>-<job>` in it per job, pointed at the exact revision to run.
 */












const scheduleGroups = {
    kinds: ['schedule-group'],
    /** The group and, when this manifest owns it, its schedules (for both kinds of this module). */
    async observe(clients, req) {
        let group;
        try {
            group = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .GetScheduleGroupCommand */ .en({ Name: req.prefix }));
        }
        catch (error) {
            if (error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .ResourceNotFoundException */ .lB)
                return { schedules: {} };
            throw error;
        }
        const tags = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .ListTagsForResourceCommand */ .a_({ ResourceArn: group.Arn }));
        const owned = (tags.Tags ?? []).some((t) => t.Key === _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_TAG */ .FX && t.Value === req.prefix);
        const scheduleGroup = { name: req.prefix, arn: group.Arn, owned };
        if (!owned)
            return { scheduleGroup, schedules: {} };
        const names = [];
        for await (const page of (0,_aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .paginateListSchedules */ .mr)({ client: clients.scheduler, pageSize: _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_SIZE */ .md.ListSchedules }, { GroupName: req.prefix })) {
            names.push(...(page.Schedules ?? []).map((s) => s.Name));
        }
        const details = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .s)(names, (0,_aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .schedulerInFlight */ .b8)(await clients.region()), (name) => clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .GetScheduleCommand */ .nu({ Name: name, GroupName: req.prefix })));
        const found = {};
        details.forEach((s, i) => (found[names[i]] = s));
        return { scheduleGroup, schedules: found };
    },
    plan({ desired, observed }) {
        const changes = [];
        const conflicts = [];
        if (desired.backend !== 'scheduler')
            return { changes, conflicts };
        const { prefix } = desired;
        const group = observed.scheduleGroup;
        const tags = { [_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_TAG */ .FX]: prefix };
        if (group && !group.owned) {
            conflicts.push((0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .notOwned */ .d)(`schedule group ${prefix}`, prefix, 'choose another project name, or tag the group to adopt it'));
            return { changes, conflicts };
        }
        changes.push(group
            ? { kind: 'schedule-group', action: 'unchanged', name: prefix, tags, reason: 'exists' }
            : { kind: 'schedule-group', action: 'create', name: prefix, tags, reason: 'does not exist' });
        return { changes, conflicts };
    },
    iam({ desired, arn, write }) {
        const writes = write && desired.backend === 'scheduler';
        return [
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .allow */ .cw)(_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .UNSCOPED_READS */ ._4, ['scheduler:ListSchedules'], ['*']),
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .allow */ .cw)('ScheduleGroup', [
                'scheduler:GetScheduleGroup',
                'scheduler:ListTagsForResource',
                ...(writes ? ['scheduler:CreateScheduleGroup', 'scheduler:TagResource'] : []),
            ], [arn('scheduler', `schedule-group/${desired.prefix}`)]),
        ];
    },
    phase: () => _kind_js__WEBPACK_IMPORTED_MODULE_7__/* .PHASE */ .A9.scheduleGroup,
    async apply({ clients }, c) {
        try {
            await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .CreateScheduleGroupCommand */ .O_({
                Name: c.name,
                Tags: Object.entries(c.tags).map(([Key, Value]) => ({ Key, Value })),
            }));
        }
        catch (error) {
            // A concurrent first deploy created it since we looked: fine if it carries our tag.
            if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .ConflictException */ .cb))
                throw error;
            const group = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .GetScheduleGroupCommand */ .en({ Name: c.name }));
            const tags = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .ListTagsForResourceCommand */ .a_({ ResourceArn: group.Arn }));
            const owned = Object.entries(c.tags).every(([Key, Value]) => tags.Tags?.some((t) => t.Key === Key && t.Value === Value));
            if (!owned)
                throw new Error(`schedule group ${c.name} was created meanwhile by someone else (without the tag ` +
                    `${Object.keys(c.tags).join(', ')}): not using it`, { cause: error });
            return 'already exists (created concurrently)';
        }
        return undefined;
    },
};
/** The ecs-batch deployment owning a schedule's group (its OWNER_TAG), from the schedule's ARN; `default` has none. */
async function scheduleGroupOwner(clients, scheduleArn) {
    const group = /:schedule\/([^/]+)\//.exec(scheduleArn)?.[1];
    if (!group || group === 'default')
        return undefined;
    const tags = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .ListTagsForResourceCommand */ .a_({
        ResourceArn: scheduleArn.replace(/:schedule\/([^/]+)\/.*$/, ':schedule-group/$1'),
    }));
    return tags.Tags?.find((t) => t.Key === _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_TAG */ .FX)?.Value;
}
const schedules = {
    kinds: ['schedule'],
    writesInFlight: _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .schedulerInFlight */ .b8,
    // Observed with the group (scheduleGroups.observe).
    plan({ desired, observed, facts }) {
        const { knownArns } = facts;
        const changes = [];
        const warnings = [];
        const prunable = [];
        const ownedJobs = new Set();
        const { prefix } = desired;
        if (desired.backend === 'scheduler' && !(observed.scheduleGroup && !observed.scheduleGroup.owned)) {
            for (const d of desired.jobs) {
                if (!d.schedule)
                    continue; // a job after others starts with its chain
                // Shared task definitions: the schedule names the family, so it is complete as desired.
                const runsTask = (0,_targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .targetTaskDefinition */ .UN)(d.schedule.Target) !== undefined;
                const input = d.shared || !runsTask
                    ? d.schedule
                    : {
                        ...d.schedule,
                        Target: (0,_targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .withTargetTaskDefinition */ .Ax)(d.schedule.Target, knownArns.get(d.family) ?? _targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .NEW_REVISION */ .Lw),
                    };
                const current = observed.schedules[d.name];
                // Drift fingerprints ride on the job's own revision: a shared one has no room for every job's (50 tags at most).
                const fingerprint = d.shared ? undefined : (0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .scheduleFingerprint */ .CI)(input, d.family);
                const recorded = fingerprint
                    ? {
                        ...(0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .fingerprintFields */ .gi)(observed, d, knownArns, fingerprint),
                        recordOn: knownArns.get(d.family) ?? _targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .NEW_REVISION */ .Lw,
                    }
                    : {};
                const base = { kind: 'schedule', job: d.job.name, name: d.name, group: prefix, input, ...recorded };
                if (!current) {
                    changes.push({ ...base, ...(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compared */ .m)(undefined) });
                    continue;
                }
                const diff = (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .diffValues */ .In)((0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeSchedule */ .nP)(current), (0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeSchedule */ .nP)(input));
                const outside = fingerprint !== undefined &&
                    diff.length > 0 &&
                    (0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .drifted */ .fN)(observed, d.family, (0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .scheduleFingerprint */ .CI)(current, d.family));
                if (outside)
                    warnings.push((0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .driftWarning */ .Ir)('schedule', d.name, diff));
                changes.push({ ...base, ...(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compared */ .m)(diff, outside) });
            }
            for (const d of desired.jobs) {
                if (!d.watch)
                    continue;
                const current = observed.schedules[d.watch.Name];
                const base = { kind: 'schedule', job: d.job.name, name: d.watch.Name, group: prefix, input: d.watch };
                changes.push({
                    ...base,
                    ...(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compared */ .m)(current ? (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .diffValues */ .In)((0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeSchedule */ .nP)(current), (0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeSchedule */ .nP)(d.watch)) : undefined),
                });
            }
        }
        // Prune: what is ours carries the mark (the group) *and* is named `<prefix>-<job>`.
        if (!observed.scheduleGroup?.owned)
            return { changes, warnings, prunable, ownedJobs: [...ownedJobs] };
        const desiredNames = new Set(desired.jobs.map((j) => j.name));
        const watches = new Set(desired.jobs.flatMap((j) => (j.watch ? [j.watch.Name] : [])));
        for (const name of Object.keys(observed.schedules).sort()) {
            // A watch schedule (a reserved name): kept while its job is watched.
            if (name.startsWith((0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .operationsResourceName */ .ol)(prefix, 'watch'))) {
                if (desired.backend !== 'scheduler' || !watches.has(name))
                    prunable.push({
                        kind: 'schedule',
                        action: 'delete',
                        name,
                        group: prefix,
                        diff: [],
                        reason: 'no job is watched by it any more',
                    });
                continue;
            }
            const job = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .jobFromResourceName */ .fs)(prefix, name);
            if (!job) {
                warnings.push(`schedule ${name} in the group ${prefix} is not named ${prefix}-<job>: it was not made by ecs-batch and is left alone`);
                continue;
            }
            ownedJobs.add(job);
            if (desired.backend === 'scheduler' && desiredNames.has(name))
                continue;
            prunable.push({
                kind: 'schedule',
                action: 'delete',
                job,
                name,
                group: prefix,
                diff: [],
                reason: desiredNames.has(name)
                    ? 'the job moved to EventBridge rules (backend: rules)'
                    : 'no longer in the manifest',
            });
        }
        return { changes, warnings, prunable, ownedJobs: [...ownedJobs] };
    },
    // Both backends are read (and the other one's leftovers deleted after a switch); only the manifest's is written.
    iam({ desired, arn, write }) {
        const writes = write && desired.backend === 'scheduler';
        return [
            ...(0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .allow */ .cw)('Schedules', [
                'scheduler:GetSchedule',
                ...(write ? ['scheduler:DeleteSchedule'] : []),
                ...(writes ? ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule'] : []),
            ], [arn('scheduler', `schedule/${desired.prefix}/*`)]),
            ...(writes
                ? (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .passRole */ .mQ)('PassRoleToScheduler', desired.jobs.map((j) => j.schedule?.Target?.RoleArn), 'scheduler.amazonaws.com')
                : []),
        ];
    },
    phase: (c) => (c.action === 'delete' ? _kind_js__WEBPACK_IMPORTED_MODULE_7__/* .PHASE */ .A9.prune : _kind_js__WEBPACK_IMPORTED_MODULE_7__/* .PHASE */ .A9.schedules),
    async apply(ctx, c) {
        if (c.action === 'delete') {
            try {
                await ctx.clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .DeleteScheduleCommand */ .ML({ Name: c.name, GroupName: c.group }));
            }
            catch (error) {
                if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .ResourceNotFoundException */ .lB))
                    throw error;
            }
            return undefined;
        }
        const planned = (0,_targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .targetTaskDefinition */ .UN)(c.input.Target);
        const input = {
            ...c.input,
            Target: planned === undefined
                ? c.input.Target
                : (0,_targets_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .withTargetTaskDefinition */ .Ax)(c.input.Target, ctx.withArn(planned, c.name)),
        };
        await ctx.clients.scheduler.send(c.action === 'create' ? new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .CreateScheduleCommand */ .to(input) : new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .UpdateScheduleCommand */ .CH(input));
        if (c.fingerprint)
            await (0,_applied_js__WEBPACK_IMPORTED_MODULE_6__/* .recordApplied */ .RC)(ctx, c.name, ctx.withArn(c.recordOn, c.name), c);
        return undefined;
    },
};


/***/ })

};
