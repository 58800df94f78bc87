export const id = 179;
export const ids = [179];
export const modules = {

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

/***/ 6179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chainOf: () => (/* binding */ chainOf),
/* harmony export */   renderChainRunText: () => (/* binding */ renderChainRunText),
/* harmony export */   runChain: () => (/* binding */ runChain)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(218);
/* harmony import */ var _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2462);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(440);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8733);
/* harmony import */ var _aws_console_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4035);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8335);
/* harmony import */ var _taskdef_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5910);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4564);
/* harmony import */ var _plan_observe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9418);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8379);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6339);
/**
 * Runs a job that goes through a state machine: starts the state machine (the whole chain, from
 * its first job) and follows it: each step's task as it starts and stops, with its logs, its
 * attempts, and the final result. `--only` runs one step as a plain task instead (run.ts).
 */











const sleep = (seconds) => new Promise((r) => setTimeout(r, seconds * 1000));
function chainOf(manifest, job) {
    return manifest.chains.find((c) => c.waves.some((w) => w.includes(job)));
}
async function runChain(clients, manifest, chain, options) {
    const [region, clusterArn] = await Promise.all([clients.region(), (0,_plan_observe_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCluster */ .Br)(clients, manifest.cluster)]);
    const name = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobResourceName */ .ln)(manifest.prefix, chain.root);
    const arn = (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_6__/* .stateMachineArn */ .w)(clusterArn, region, name);
    const startedAt = Date.now();
    const execution = `${options.startedBy.replace(/[^A-Za-z0-9_-]/g, '-')}-${startedAt}`.slice(0, 80);
    const { executionArn, startDate } = await clients.sfn.send(new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__/* .StartExecutionCommand */ .MX_({ stateMachineArn: arn, name: execution, input: '{}' }));
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
            ? (0,_taskdef_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedTaskDefinition */ .q6)(byName.get(job), { prefix: manifest.prefix, region, image: '' }).family
            : (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobResourceName */ .ln)(manifest.prefix, job))),
    ];
    const jobOfGroup = new Map(jobs.map((job) => [(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .stepTaskGroup */ .Nw)(manifest.prefix, job), job]));
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
                const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_8__/* .ListTasksCommand */ .MYg({ cluster: clusterArn, family, desiredStatus }));
                arns.push(...(out.taskArns ?? []).filter((a) => seen.get(a)?.status === 'running' || !seen.has(a)));
            }
        }
        for (let i = 0; i < arns.length; i += 100) {
            const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_8__/* .DescribeTasksCommand */ .z8X({ cluster: clusterArn, tasks: arns.slice(i, i + 100) }));
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
                followers.set(task.taskArn, new _logs_js__WEBPACK_IMPORTED_MODULE_9__/* .LogFollower */ .p(clients, log.group, log.stream));
                step.logUrl = (0,_aws_console_js__WEBPACK_IMPORTED_MODULE_10__/* .logGroupConsoleUrl */ .s)(region, log.group, log.stream);
            }
        }
        const follower = followers.get(task.taskArn);
        if (follower)
            for (const line of await follower.poll())
                options.onLog?.(job, line);
        if (task.lastStatus === 'STOPPED' && step.status === 'running') {
            const c = (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .classify */ .L)(task, false);
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
    const { taskDefinition } = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_8__/* .DescribeTaskDefinitionCommand */ .Zy$({ taskDefinition: task.taskDefinitionArn }));
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
            `${what}${s.reason ? `: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .fp)(s.reason))}` : ''}${s.logUrl ? `\n    logs: ${s.logUrl}` : ''}`);
    }
    // What AWS and the containers said stays one line of text, secrets hidden.
    if (r.error)
        lines.push(`error: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .fp)(r.error))}${r.cause ? `: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .fp)(r.cause.slice(0, 300)))}` : ''}`);
    return lines.join('\n');
}


/***/ })

};
