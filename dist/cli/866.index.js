export const id = 866;
export const ids = [866,179];
export const modules = {

/***/ 4035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ logGroupConsoleUrl),
/* harmony export */   t: () => (/* binding */ consoleLinks)
/* harmony export */ });
/** Links to the AWS console for what a deploy touched. */
/** CloudWatch's console wants the log group name URL-encoded twice, with `%` written as `$25`. */
function logGroupConsoleUrl(region, group, stream) {
    const enc = (s) => encodeURIComponent(encodeURIComponent(s)).replace(/%/g, '$');
    const base = `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${enc(group)}`;
    return stream ? `${base}/log-events/${enc(stream)}` : base;
}
function consoleLinks(input) {
    const { region } = input;
    const host = `https://${region}.console.aws.amazon.com`;
    const schedule = input.backend === 'rules'
        ? `${host}/events/home?region=${region}#/eventbus/default/rules/${encodeURIComponent(input.name)}`
        : `${host}/scheduler/home?region=${region}#schedules/${encodeURIComponent(input.prefix)}/${encodeURIComponent(input.name)}`;
    return {
        ...(input.scheduled === false ? {} : { schedule }),
        taskDefinition: `${host}/ecs/v2/task-definitions/${encodeURIComponent(input.family)}` +
            `${input.revision !== undefined ? `/${input.revision}/containers` : ''}?region=${region}`,
        ...(input.logGroup ? { logs: logGroupConsoleUrl(region, input.logGroup) } : {}),
    };
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

/***/ 8866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BACKFILL_RUNS_MAX: () => (/* binding */ BACKFILL_RUNS_MAX),
/* harmony export */   backfill: () => (/* binding */ backfill),
/* harmony export */   backfillTimes: () => (/* binding */ backfillTimes)
/* harmony export */ });
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6005);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5902);
/* harmony import */ var _util_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9820);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6179);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6339);





/** More runs than this need --max-runs: a range typed wrong should not start thousands of tasks. */
const BACKFILL_RUNS_MAX = 1000;
const iso = (t) => new Date(t).toISOString().replace('.000Z', 'Z');
/**
 * The times the schedule was due in [from, to], oldest first: the job's own, or (a job after others) its chain
 * head's. rate() counts from `from` (the manifest does not know when the schedule was created).
 */
function backfillTimes(manifest, job, from, to, max) {
    const chain = (0,_chain_js__WEBPACK_IMPORTED_MODULE_2__.chainOf)(manifest, job.name);
    const head = chain ? manifest.jobs.find((j) => j.name === chain.root) : job;
    const times = [];
    if (head.schedule.kind === 'rate') {
        const step = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .nextRuns */ .Oz)(head.schedule, head.timezone, 0, 2).runs;
        for (let t = from; t <= to && times.length <= max; t += step[1] - step[0])
            times.push(t);
    }
    else {
        let after = from - 1;
        while (times.length <= max) {
            const next = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .nextRuns */ .Oz)(head.schedule, head.timezone, after, Math.min(500, max + 1 - times.length)).runs;
            const inRange = next.filter((t) => t <= to);
            times.push(...inRange);
            if (inRange.length < next.length || next.length === 0)
                break;
            after = next[next.length - 1];
        }
    }
    return { chain, head, times: times.map(iso) };
}
async function backfill(clients, manifest, job, options) {
    const max = options.maxRuns ?? BACKFILL_RUNS_MAX;
    const { chain, head, times } = backfillTimes(manifest, job, options.from, options.to, max);
    if (times.length > max)
        throw new _util_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`more than ${max} runs in that range: give --max-runs N to allow more, or a shorter range`);
    // A job that forbids overlapping runs backfills one at a time.
    const parallel = head.concurrency === 'forbid' ? 1 : options.parallel;
    return (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(times, parallel, async (scheduledTime) => {
        let run;
        if (chain) {
            const r = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_2__.runChain)(clients, manifest, chain, {
                wait: true,
                timeoutSeconds: options.timeoutSeconds,
                startedBy: options.startedBy,
                scheduledTime,
                pollSeconds: options.pollSeconds,
            });
            run = {
                scheduledTime,
                status: r.status,
                executionArn: r.executionArn,
                ...(r.error ? { reason: r.error } : {}),
            };
        }
        else {
            const r = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__.runJob)(clients, manifest, job, {
                wait: true,
                timeoutSeconds: options.timeoutSeconds,
                startedBy: options.startedBy,
                scheduledTime,
                pollSeconds: { status: options.pollSeconds, logs: options.pollSeconds },
            });
            run = {
                scheduledTime,
                status: r.status,
                ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
                ...(r.taskArn ? { taskArn: r.taskArn } : {}),
                ...(r.containerReason || r.stoppedReason ? { reason: r.containerReason ?? r.stoppedReason } : {}),
            };
        }
        options.onRun?.(run);
        return run;
    });
}


/***/ }),

/***/ 6179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chainOf: () => (/* binding */ chainOf),
/* harmony export */   renderChainRunText: () => (/* binding */ renderChainRunText),
/* harmony export */   runChain: () => (/* binding */ runChain)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(218);
/* harmony import */ var _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2462);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8733);
/* harmony import */ var _aws_console_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4035);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8335);
/* harmony import */ var _taskdef_shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5910);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4564);
/* harmony import */ var _plan_observe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9418);
/* harmony import */ var _stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3020);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8379);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6339);
/**
 * Runs a job that goes through a state machine: starts the state machine (the whole chain, from
 * its first job) and follows it: each step's task as it starts and stops, with its logs, its
 * attempts, and the final result. `--only` runs one step as a plain task instead (run.ts).
 */












const sleep = (seconds) => new Promise((r) => setTimeout(r, seconds * 1000));
function chainOf(manifest, job) {
    return manifest.chains.find((c) => c.waves.some((w) => w.includes(job)));
}
/**
 * The run input that gives every step `environment` on top of its own: the deployed definition's defaults (what the
 * steps run with now), each with these names replaced.
 */
async function runInputWith(clients, arn, environment, scheduledTime) {
    const { definition } = await clients.sfn.send(new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__/* .DescribeStateMachineCommand */ .LyQ({ stateMachineArn: arn }));
    const defaults = (0,_stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_5__/* .runInputDefaults */ .ie)(JSON.parse(definition ?? '{}'), scheduledTime);
    if (!defaults)
        throw new Error(`the deployed state machine ${arn.split(':').pop()} takes no environment for a run (an older ecs-batch deployed ` +
            'it): deploy this manifest once, or run one step with --only');
    const added = Object.entries(environment).map(([Name, Value]) => ({ Name, Value }));
    const env = {};
    for (const [job, own] of Object.entries(defaults.env))
        env[job] = [...own.filter((e) => !Object.hasOwn(environment, e.Name)), ...added];
    return { scheduledTime, env };
}
async function runChain(clients, manifest, chain, options) {
    const [region, clusterArn] = await Promise.all([clients.region(), (0,_plan_observe_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveCluster */ .Br)(clients, manifest.cluster)]);
    const name = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .jobResourceName */ .ln)(manifest.prefix, chain.root);
    const arn = (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_8__/* .stateMachineArn */ .w4)(clusterArn, region, name);
    const startedAt = Date.now();
    const execution = `${options.startedBy.replace(/[^A-Za-z0-9_-]/g, '-')}-${startedAt}`.slice(0, 80);
    const scheduledTime = options.scheduledTime ?? new Date(startedAt).toISOString();
    const input = options.environment
        ? await runInputWith(clients, arn, options.environment, scheduledTime)
        : { scheduledTime };
    const { executionArn, startDate } = await clients.sfn.send(new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__/* .StartExecutionCommand */ .MX_({ stateMachineArn: arn, name: execution, input: JSON.stringify(input) }));
    // Steps are the tasks of the chain's families created since the execution started (on AWS's clock).
    const since = startDate?.getTime() ?? startedAt;
    const result = {
        chain: chain.root,
        stateMachine: name,
        executionArn: executionArn,
        status: 'started',
        steps: [],
    };
    if (!options.wait)
        return result;
    const jobs = chain.waves.flat();
    // The families the steps run (one per job, or the jobs' shared shapes), and each step's task group.
    const byName = new Map(manifest.jobs.map((j) => [j.name, j]));
    const families = [
        ...new Set(jobs.map((job) => manifest.taskDefinitions === 'shared'
            ? (0,_taskdef_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sharedTaskDefinition */ .q6)(byName.get(job), { prefix: manifest.prefix, region, image: '' }).family
            : (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .jobResourceName */ .ln)(manifest.prefix, job))),
    ];
    const jobOfGroup = new Map(jobs.map((job) => [(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .stepTaskGroup */ .Nw)(manifest.prefix, job), job]));
    const seen = new Map();
    const followers = new Map();
    const attempts = new Map();
    const poll = options.pollSeconds ?? 5;
    const deadline = startedAt + options.timeoutSeconds * 1000;
    /** Every task of the chain's families started since this run began: new steps, and steps that stopped. */
    const look = async () => {
        const arns = [];
        for (const family of families) {
            for (const desiredStatus of ['RUNNING', 'STOPPED']) {
                const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__/* .ListTasksCommand */ .MYg({ cluster: clusterArn, family, desiredStatus }));
                arns.push(...(out.taskArns ?? []).filter((a) => seen.get(a)?.status === 'running' || !seen.has(a)));
            }
        }
        for (let i = 0; i < arns.length; i += 100) {
            const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__/* .DescribeTasksCommand */ .z8X({ cluster: clusterArn, tasks: arns.slice(i, i + 100) }));
            for (const task of (out.tasks ?? []).sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0)))
                await track(task);
        }
    };
    const track = async (task) => {
        if (!task.taskArn || (task.createdAt && task.createdAt.getTime() < since))
            return;
        // Each step runs in its own task group: that says which job a task is, whichever family it runs.
        const job = task.group ? jobOfGroup.get(task.group) : undefined;
        if (!job)
            return;
        let step = seen.get(task.taskArn);
        if (!step) {
            const attempt = (attempts.get(job) ?? 0) + 1;
            attempts.set(job, attempt);
            step = { job, attempt, taskArn: task.taskArn, status: 'running' };
            seen.set(task.taskArn, step);
            result.steps.push(step);
            options.onNote?.(`▶ ${job}${attempt > 1 ? ` (attempt ${attempt})` : ''} started`);
            const container = task.containers?.[0];
            const log = container?.name ? await logOf(clients, task, container.name) : undefined;
            if (log) {
                followers.set(task.taskArn, new _logs_js__WEBPACK_IMPORTED_MODULE_10__/* .LogFollower */ .p(clients, log.group, log.stream));
                step.logUrl = (0,_aws_console_js__WEBPACK_IMPORTED_MODULE_11__/* .logGroupConsoleUrl */ .s)(region, log.group, log.stream);
            }
        }
        const follower = followers.get(task.taskArn);
        if (follower)
            for (const line of await follower.poll())
                options.onLog?.(job, line);
        if (task.lastStatus === 'STOPPED' && step.status === 'running') {
            const c = (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .classify */ .L)(task, false);
            step.status = c.status === 'succeeded' ? 'succeeded' : c.status === 'failed' ? 'failed' : 'failed-to-start';
            if (c.exitCode !== undefined)
                step.exitCode = c.exitCode;
            const reason = c.containerReason ?? c.stoppedReason;
            if (reason && step.status !== 'succeeded')
                step.reason = reason;
            options.onNote?.(`${step.status === 'succeeded' ? '✓' : '✗'} ${job}${step.attempt > 1 ? ` (attempt ${step.attempt})` : ''} ` +
                (step.status === 'failed'
                    ? `failed with exit code ${step.exitCode}`
                    : step.status === 'succeeded'
                        ? 'succeeded'
                        : 'never started'));
        }
    };
    for (;;) {
        const e = await clients.sfn.send(new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__/* .DescribeExecutionCommand */ .tVP({ executionArn: executionArn }));
        await look();
        if (e.status !== 'RUNNING') {
            await look();
            result.status =
                e.status === 'SUCCEEDED'
                    ? result.steps.length
                        ? 'succeeded'
                        : 'skipped'
                    : e.status === 'TIMED_OUT'
                        ? 'timed-out'
                        : e.status === 'ABORTED'
                            ? 'aborted'
                            : 'failed';
            if (e.error)
                result.error = e.error;
            if (e.cause)
                result.cause = e.cause;
            return result;
        }
        if (Date.now() > deadline) {
            options.onNote?.(`timed out after ${options.timeoutSeconds}s: stopping the run (its running step is stopped with it)`);
            await clients.sfn.send(new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__/* .StopExecutionCommand */ .WP$({
                executionArn: executionArn,
                cause: `ecs-batch run: timed out after ${options.timeoutSeconds}s`,
            }));
        }
        await sleep(poll);
    }
}
async function logOf(clients, task, container) {
    const { taskDefinition } = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__/* .DescribeTaskDefinitionCommand */ .Zy$({ taskDefinition: task.taskDefinitionArn }));
    const options = taskDefinition?.containerDefinitions?.find((c) => c.name === container)?.logConfiguration?.options;
    if (!options?.['awslogs-group'])
        return undefined;
    const id = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
    const prefix = options['awslogs-stream-prefix'];
    return { group: options['awslogs-group'], stream: `${prefix ? `${prefix}/` : ''}${container}/${id}` };
}
function renderChainRunText(r) {
    const title = {
        succeeded: '✅ succeeded',
        failed: '❌ failed',
        'timed-out': '⏱️ timed out',
        aborted: '■ stopped',
        skipped: '⏭️ skipped (the previous run is still going)',
        started: '▶️ started (not waited for)',
    }[r.status];
    const lines = [
        `ecs-batch run ${r.chain} (state machine ${r.stateMachine}): ${title}`,
        `execution: ${r.executionArn}`,
    ];
    for (const s of r.steps) {
        const what = s.status === 'succeeded'
            ? 'succeeded'
            : s.status === 'failed'
                ? `failed (exit code ${s.exitCode})`
                : s.status === 'running'
                    ? 'running'
                    : 'never started';
        lines.push(`  ${s.job}${s.attempt > 1 ? ` attempt ${s.attempt}` : ''}: ` +
            `${what}${s.reason ? `: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(s.reason))}` : ''}${s.logUrl ? `\n    logs: ${s.logUrl}` : ''}`);
    }
    // What AWS and the containers said stays one line of text, secrets hidden.
    if (r.error)
        lines.push(`error: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(r.error))}${r.cause ? `: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(r.cause.slice(0, 300)))}` : ''}`);
    return lines.join('\n');
}


/***/ }),

/***/ 8379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LogFollower)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3897);
/** Follows one CloudWatch Logs stream forward: every event once, in order, across pages. */

class LogFollower {
    token;
    group;
    stream;
    clients;
    constructor(clients, group, stream) {
        this.clients = clients;
        this.group = group;
        this.stream = stream;
    }
    /**
     * Reads what arrived since the last call. The forward token is how CloudWatch avoids
     * duplicates: when it comes back unchanged, there is nothing newer yet.
     */
    async poll() {
        const lines = [];
        for (;;) {
            let out;
            try {
                out = await this.clients.logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__/* .GetLogEventsCommand */ .h7S({
                    logGroupName: this.group,
                    logStreamName: this.stream,
                    startFromHead: true,
                    ...(this.token ? { nextToken: this.token } : {}),
                }));
            }
            catch (error) {
                // The stream appears when the container starts; until then there is nothing to read.
                if (error instanceof _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__/* .ResourceNotFoundException */ .lBX)
                    return lines;
                throw error;
            }
            for (const e of out.events ?? [])
                lines.push({ timestamp: e.timestamp ?? 0, message: e.message ?? '' });
            const next = out.nextForwardToken;
            const done = !next || next === this.token || (out.events ?? []).length === 0;
            this.token = next ?? this.token;
            if (done)
                return lines;
        }
    }
}


/***/ }),

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* reexport */ runs/* classify */.L),
  findJob: () => (/* binding */ findJob),
  runJob: () => (/* binding */ runJob),
  startedByFor: () => (/* binding */ startedByFor)
});

// UNUSED EXPORTS: MANUAL_RUN_TAG

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./aws/console.ts
var console = __webpack_require__(4035);
// EXTERNAL MODULE: ./util/errors.ts
var errors = __webpack_require__(7702);
// EXTERNAL MODULE: ./util/inputs.ts
var inputs = __webpack_require__(9820);
// EXTERNAL MODULE: ./util/suggest.ts
var suggest = __webpack_require__(563);
// EXTERNAL MODULE: ./run/logs.ts
var logs = __webpack_require__(8379);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(3550);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-scheduler/dist-cjs/index.js
var client_scheduler_dist_cjs = __webpack_require__(8994);
// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./taskdef/shared.ts
var shared = __webpack_require__(5910);
// EXTERNAL MODULE: ./targets/schedule.ts
var schedule = __webpack_require__(2252);
;// CONCATENATED MODULE: ./run/settings.ts
/**
 * How a job runs when its schedule fires, read from the live schedule (or rule), so a manual run
 * uses exactly the same cluster, revision, network and capacity settings.
 */








const startsStateMachine = (arn) => arn?.includes(':states:') === true;
async function fromSchedule(clients, manifest, name) {
    try {
        const schedule = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: manifest.prefix }));
        if (startsStateMachine(schedule.Target?.Arn))
            return 'state machine';
        // A templated ECS target, or (shared task definitions) a universal one whose Input is the request itself.
        return (0,ecs/* scheduledRunTask */.OU)(schedule.Target)?.request;
    }
    catch (error) {
        if (error instanceof client_scheduler_dist_cjs/* ResourceNotFoundException */.lB)
            return undefined;
        throw error;
    }
}
async function fromRule(clients, name) {
    try {
        const out = await clients.events.send(new client_eventbridge_dist_cjs/* ListTargetsByRuleCommand */.Hi6({ Rule: name }));
        const target = out.Targets?.find((t) => t.Id === schedule/* RULE_TARGET_ID */.ry);
        if (startsStateMachine(target?.Arn))
            return 'state machine';
        if (!target?.EcsParameters || !target.Arn)
            return undefined;
        // A rule's Input is the task's overrides (the job's command and environment, with shared task definitions).
        return {
            ...(0,ecs/* runTaskOfEcsParameters */.ZX)(target.Arn, target.EcsParameters),
            ...(target.Input ? { overrides: JSON.parse(target.Input) } : {}),
        };
    }
    catch (error) {
        if (error instanceof client_eventbridge_dist_cjs/* ResourceNotFoundException */.lBX)
            return undefined;
        throw error;
    }
}
/** No live schedule: the manifest's settings and the family's latest ACTIVE revision. */
async function fromManifest(clients, manifest, job, family) {
    let arn;
    try {
        const out = await clients.ecs.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: family }));
        arn = out.taskDefinition?.taskDefinitionArn;
    }
    catch (error) {
        if (!(error instanceof dist_cjs/* ClientException */.P6G))
            throw error;
    }
    if (!arn) {
        throw new errors/* OperationError */.O(`job '${job.name}' has never been deployed: there is no task definition family ${family}`, 'run `ecs-batch deploy` (or the deploy action) first');
    }
    // The same parameters a schedule would carry, so the fallback runs the task as the schedule would.
    return (0,ecs/* runTaskOfEcsParameters */.ZX)(manifest.cluster, (0,ecs/* ecsParameters */.uH)(job, arn, manifest.prefix));
}
async function runSettings(clients, manifest, job) {
    const name = (0,names/* jobResourceName */.ln)(manifest.prefix, job.name);
    const notes = [];
    if (!job.enabled)
        notes.push(`job '${job.name}' is disabled in the manifest (its schedule does not fire); running it by hand anyway`);
    const what = manifest.backend === 'rules' ? 'rule' : 'schedule';
    // A job that runs after others has no schedule (or rule) of its own to read.
    const live = job.after?.length
        ? undefined
        : manifest.backend === 'rules'
            ? await fromRule(clients, name)
            : await fromSchedule(clients, manifest, name);
    if (live && live !== 'state machine')
        return { request: live, source: what, notes };
    const family = manifest.taskDefinitions === 'shared'
        ? (0,shared/* sharedTaskDefinition */.q6)(job, { prefix: manifest.prefix, region: await clients.region(), image: '' }).family
        : name;
    const using = `using the manifest's settings and the latest ACTIVE revision of ${family}`;
    notes.push(job.after?.length
        ? `job '${job.name}' runs after ${job.after.join(', ')} and has no ${what} of its own: ${using}`
        : live === 'state machine'
            ? `the ${what} ${name} starts the job's state machine; running just this job: ${using}`
            : `no live ${what} ${name}: ${using}`);
    const request = await fromManifest(clients, manifest, job, family);
    return {
        request: manifest.taskDefinitions === 'shared' ? { ...request, overrides: (0,shared/* jobOverrides */.z5)(job) } : request,
        source: 'manifest',
        notes,
    };
}

// EXTERNAL MODULE: ./model/runs.ts
var runs = __webpack_require__(1154);
;// CONCATENATED MODULE: ./run/run.ts
/**
 * Runs a job now, with the settings its schedule uses; waits for it (bounded), streaming its
 * logs; and tells a container that exited non-zero from a task that never started.
 */










/** The task tag that marks a run started by hand. */
const MANUAL_RUN_TAG = { key: 'ecs-batch:trigger', value: 'manual' };
function startedByFor(runId) {
    return `ecs-batch/${(runId ?? 'manual').replace(/[^A-Za-z0-9_/-]/g, '-')}`.slice(0, 128);
}
function hintFor(result) {
    const reason = `${result.stoppedReason ?? ''} ${result.containerReason ?? ''}`;
    if (/log group does not exist/i.test(reason)) {
        return (`the awslogs group ${result.logGroup ?? ''} does not exist, so the container could not ` +
            `start: \`ecs-batch deploy\` creates it (or create it yourself)`);
    }
    if (/CannotPullContainerError/i.test(reason)) {
        // Where the pull goes out from depends on the network mode: the task's own interface (awsvpc), or the host's.
        return result.networkMode === 'awsvpc'
            ? 'the image could not be pulled: check it exists in ECR, that the execution role may pull it, ' +
                'and that the subnets reach ECR (NAT gateway, VPC endpoints, or assignPublicIp: ENABLED)'
            : `the image could not be pulled: check it exists in ECR, that the container instances' role ` +
                '(or the execution role) may pull it, and that the instances reach ECR ' +
                `(${result.networkMode ?? 'bridge'} networking pulls from the host)`;
    }
    if (/ResourceInitializationError/i.test(reason))
        return 'the task could not be initialized: check the execution role (secrets, logs) and the network';
    if (result.status === 'not-started')
        return 'ECS could not place the task: retry later, or use subnets in more Availability Zones or another capacity provider';
    if (result.status === 'failed')
        return `the container exited with code ${result.exitCode}: see its logs`;
    if (result.status === 'timed-out')
        return 'the task ran longer than --timeout and was stopped; raise the timeout if that is expected';
    return undefined;
}
const sleep = (seconds) => new Promise((r) => setTimeout(r, seconds * 1000));
async function runJob(clients, manifest, job, options) {
    const settings = await runSettings(clients, manifest, job);
    for (const note of settings.notes)
        options.onNote?.(note);
    const taskDefinitionArn = settings.request.taskDefinition;
    const { taskDefinition } = await clients.ecs.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: taskDefinitionArn }));
    const containers = taskDefinition?.containerDefinitions ?? [];
    const main = containers.find((c) => c.name === job.containerName) ??
        containers.find((c) => c.essential !== false) ??
        containers[0];
    if (!main?.name)
        throw new errors/* OperationError */.O(`task definition ${taskDefinitionArn} has no container to run`);
    const log = main.logConfiguration?.logDriver === 'awslogs' ? main.logConfiguration.options : undefined;
    // The schedule's own overrides (shared task definitions) are the starting point; --command and --env go on top, and
    // the scheduled time is this run's (the schedule's holds Scheduler's placeholder).
    const scheduled = settings.request.overrides;
    const ownOverride = scheduled?.containerOverrides?.find((c) => c.name === main.name);
    const given = options.environment ?? {};
    const environment = [
        ...(ownOverride?.environment ?? []).filter((e) => !Object.hasOwn(given, String(e.name)) && e.name !== names/* SCHEDULED_TIME_VARIABLE */.D9),
        ...Object.entries(given).map(([name, value]) => ({ name, value })),
        { name: names/* SCHEDULED_TIME_VARIABLE */.D9, value: options.scheduledTime ?? new Date().toISOString() },
    ];
    const overrides = {
        ...scheduled,
        containerOverrides: [
            ...(scheduled?.containerOverrides ?? []).filter((c) => c !== ownOverride),
            {
                ...ownOverride,
                name: main.name,
                ...(options.command ? { command: options.command } : {}),
                environment,
            },
        ],
    };
    const run = await clients.ecs.send(new dist_cjs/* RunTaskCommand */._eD({
        ...settings.request,
        startedBy: options.startedBy,
        overrides,
        tags: [MANUAL_RUN_TAG],
    }));
    const base = {
        job: job.name,
        status: 'started',
        settingsSource: settings.source,
        taskDefinitionArn,
        ...(taskDefinition?.networkMode ? { networkMode: taskDefinition.networkMode } : {}),
        logLines: 0,
        notes: settings.notes,
    };
    const task = run.tasks?.[0];
    if (!task?.taskArn) {
        const failure = run.failures?.[0];
        const result = {
            ...base,
            status: 'not-started',
            stoppedReason: [failure?.reason, failure?.detail].filter(Boolean).join(': ') || 'RunTask started no task',
        };
        return { ...result, ...withHint(result) };
    }
    const taskId = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
    const logGroup = log?.['awslogs-group'];
    const logStream = log && logGroup
        ? `${log['awslogs-stream-prefix'] ? `${log['awslogs-stream-prefix']}/` : ''}${main.name}/${taskId}`
        : undefined;
    const region = await clients.region();
    const located = {
        ...base,
        taskArn: task.taskArn,
        ...(logGroup ? { logGroup } : {}),
        ...(logStream ? { logStream, logUrl: (0,console/* logGroupConsoleUrl */.s)(region, logGroup, logStream) } : {}),
    };
    if (!options.wait)
        return located;
    const poll = options.pollSeconds ?? { status: 6, logs: 2 };
    const follower = logGroup && logStream ? new logs/* LogFollower */.p(clients, logGroup, logStream) : undefined;
    let stopped = false;
    let lines = 0;
    const emit = (batch) => {
        for (const line of batch)
            options.onLog?.(line);
        lines += batch.length;
    };
    const streaming = (async () => {
        while (follower && !stopped) {
            emit(await follower.poll());
            if (!stopped)
                await sleep(poll.logs);
        }
    })();
    const taskArn = task.taskArn;
    const waitFor = (seconds) => (0,dist_cjs/* waitUntilTasksStopped */.ttI)({
        client: clients.ecs,
        maxWaitTime: seconds,
        minDelay: poll.status,
        maxDelay: Math.max(poll.status, Math.min(15, poll.status * 4)),
    }, { cluster: settings.request.cluster, tasks: [taskArn] });
    let timedOut = false;
    try {
        await waitFor(Math.max(options.timeoutSeconds, poll.status * 2));
    }
    catch (error) {
        if (error.name !== 'TimeoutError') {
            stopped = true;
            await streaming;
            throw error;
        }
        timedOut = true;
        options.onNote?.(`timed out after ${options.timeoutSeconds}s: stopping the task`);
        await clients.ecs.send(new dist_cjs/* StopTaskCommand */.PP1({
            cluster: settings.request.cluster,
            task: task.taskArn,
            reason: `ecs-batch: timed out after ${options.timeoutSeconds}s`,
        }));
        await waitFor(Math.max(120, poll.status * 2));
    }
    stopped = true;
    await streaming;
    // The last lines may land after the task stops: one final read drains them.
    if (follower)
        emit(await follower.poll());
    const described = await clients.ecs.send(new dist_cjs/* DescribeTasksCommand */.z8X({ cluster: settings.request.cluster, tasks: [task.taskArn] }));
    const final = described.tasks?.[0] ?? task;
    const result = { ...located, ...(0,runs/* classify */.L)(final, timedOut), logLines: lines };
    return { ...result, ...withHint(result) };
}
function withHint(result) {
    const hint = hintFor(result);
    return hint ? { hint } : {};
}
/** The job by name, or a usage error with a did-you-mean. */
function findJob(manifest, name) {
    const job = manifest.jobs.find((j) => j.name === name);
    if (job)
        return job;
    const names = manifest.jobs.map((j) => j.name);
    throw new inputs/* UsageError */.eb(`unknown job '${name}'${(0,suggest/* didYouMean */.au)(name, names)} (jobs: ${names.join(', ')})`);
}


/***/ })

};
