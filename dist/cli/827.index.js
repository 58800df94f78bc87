export const id = 827;
export const ids = [827,407];
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

/***/ 4719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ notification),
/* harmony export */   T: () => (/* binding */ notificationObject)
/* harmony export */ });
/** Alerts as SNS messages. */
/**
 * The alert, as Amazon Q Developer in chat applications renders a custom notification (a title and a description in
 * Slack or Teams); email subscribers get the same JSON. Keys may be Step Functions' `key.$` paths (a state machine
 * fills them in before it publishes).
 */
function notificationObject(title, description, untrusted = {}) {
    return {
        version: '1.0',
        source: 'custom',
        content: { textType: 'client-markdown', ...title, ...description },
        // Text that whoever stops a task (or fails an execution) writes, which nobody escapes on the way: kept out of the
        // markdown description (no <!channel>, no link text), as plain context fields.
        ...(Object.keys(untrusted).length ? { metadata: { additionalContext: untrusted } } : {}),
    };
}
/** An EventBridge InputTemplate (or any fixed text) notification. */
function notification(title, lines, untrusted = {}) {
    return JSON.stringify(notificationObject({ title }, { description: lines.join('\n') }, untrusted));
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

/***/ 3020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ SKIPPED_OUTPUT),
/* harmony export */   bY: () => (/* binding */ chainDefinition),
/* harmony export */   ie: () => (/* binding */ runInputDefaults)
/* harmony export */ });
/* unused harmony exports SKIPPED_STATE, RUN_INPUT_STATE */
/* harmony import */ var _manifest_chains_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2904);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/* harmony import */ var _attempts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8292);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9780);
/**
 * The Step Functions (Standard, JSONPath) definition of a chain: each job an
 * `arn:aws:states:::ecs:runTask.sync` step (it waits for the task and fails when it fails), with
 * Retry for `retries`, TimeoutSeconds for `timeout`; waves of jobs as Parallel states; and, for
 * `concurrency`, a look at the state machine's own running executions first. Pure.
 *
 * Every step takes its environment overrides from the run's input: `{"scheduledTime": "...", "env": {"<job>":
 * [{Name, Value}]}}`, whole per step. By default each step's list is the job's own (shared task definitions) and the
 * run's scheduled time (the input's, else when the execution started) as ECS_BATCH_SCHEDULED_TIME. A rerun of the
 * whole chain passes an environment to every step so: the caller reads the defaults from the deployed definition and
 * adds to them (JSONPath has no array concatenation).
 */





const SKIPPED_STATE = 'Skipped: the previous run is still going';
/** A skipped run's output: the run history rule keeps executions that end with exactly this. */
const SKIPPED_OUTPUT = 'ecs-batch: skipped, the previous run is still going';
/** The first state: the run's input beside its scheduled time's default. */
const TIME_STATE = 'Read the run input';
const MERGE_TIME_STATE = 'Apply the scheduled time';
/** The state holding each step's default environment (read back by a caller that adds to it). */
const RUN_INPUT_STATE = 'Default environments';
const MERGE_INPUT_STATE = 'Apply the run input';
/**
 * Each step's default environment in a deployed definition, with the scheduled time filled in; undefined when the
 * definition takes none (an older ecs-batch deployed it).
 */
function runInputDefaults(definition, scheduledTime) {
    const parameters = definition.States[RUN_INPUT_STATE]?.Parameters;
    const env = parameters?.defaults?.env;
    if (!env || typeof env !== 'object')
        return undefined;
    const filled = {};
    for (const [job, list] of Object.entries(env))
        filled[job] = list.map((v) => ({ Name: v.Name, Value: 'Value' in v ? v.Value : scheduledTime }));
    return { env: filled };
}
function chainDefinition(chain, jobs, ctx) {
    const root = jobs.get(chain.root);
    const states = {};
    // A watched chain's steps tell a refused RunTask apart (a missed run), whatever their own policy.
    const watched = jobs.get(chain.root)?.watched === true;
    // A job's states, ending in `next` (the next wave, or the end of a branch or of the chain).
    const steps = (name, next) => {
        const job = jobs.get(name);
        const step = {
            prefix: ctx.prefix,
            clusterArn: ctx.clusterArn,
            taskDefinition: ctx.taskDefinitionOf(job),
            group: ctx.groupOf(job),
            overrides: ctx.overridesOf?.(job),
            alerts: job.alerts ? ctx.alerts : undefined,
        };
        return (0,_manifest_chains_js__WEBPACK_IMPORTED_MODULE_3__/* .hasFailurePolicy */ .Vi)(job) || watched
            ? (0,_attempts_js__WEBPACK_IMPORTED_MODULE_1__/* .attemptStates */ .Ut)(job, step, next)
            : { [(0,_step_js__WEBPACK_IMPORTED_MODULE_2__/* .stepName */ .u)(name)]: { ...(0,_step_js__WEBPACK_IMPORTED_MODULE_2__/* .runTaskStep */ .vF)(job, step), ...next } };
    };
    // Waves in order: one job is a step; several run as a Parallel state (a failed branch fails it, and the chain stops).
    const waveNames = chain.waves.map((wave, i) => wave.length === 1 ? (0,_step_js__WEBPACK_IMPORTED_MODULE_2__/* .stepName */ .u)(wave[0]) : `Wave ${i + 1}: ${wave.join(', ')}`.slice(0, 80));
    chain.waves.forEach((wave, i) => {
        const next = i + 1 < chain.waves.length ? { Next: waveNames[i + 1] } : { End: true };
        if (wave.length === 1) {
            Object.assign(states, steps(wave[0], next));
        }
        else {
            states[waveNames[i]] = {
                Type: 'Parallel',
                Branches: wave.map((job) => ({ StartAt: (0,_step_js__WEBPACK_IMPORTED_MODULE_2__/* .stepName */ .u)(job), States: steps(job, { End: true }) })),
                ResultPath: null,
                ...next,
            };
        }
    });
    let startAt = waveNames[0];
    if (root.concurrency !== 'allow') {
        // The state machine's running executions: this one, and any other still going.
        states['Look for a previous run'] = {
            Type: 'Task',
            Resource: 'arn:aws:states:::aws-sdk:sfn:listExecutions',
            Parameters: { 'StateMachineArn.$': '$$.StateMachine.Id', StatusFilter: 'RUNNING', MaxResults: 100 },
            ResultSelector: { 'executions.$': '$.Executions', 'count.$': 'States.ArrayLength($.Executions)' },
            ResultPath: '$.running',
            Next: 'Previous run still going?',
        };
        if (root.concurrency === 'forbid') {
            states['Previous run still going?'] = {
                Type: 'Choice',
                Choices: [{ Variable: '$.running.count', NumericGreaterThan: 1, Next: SKIPPED_STATE }],
                Default: startAt,
            };
            // Kubernetes CronJob's Forbid: the scheduled run is skipped, and that is not a failure.
            states[SKIPPED_STATE] = { Type: 'Pass', Comment: 'concurrency: forbid', Result: SKIPPED_OUTPUT, End: true };
        }
        else {
            states['Previous run still going?'] = {
                Type: 'Choice',
                Choices: [{ Variable: '$.running.count', NumericGreaterThan: 1, Next: 'Stop the previous run' }],
                Default: startAt,
            };
            // Kubernetes CronJob's Replace: stopping an execution stops the ECS task its .sync step waits for.
            states['Stop the previous run'] = {
                Type: 'Map',
                ItemsPath: '$.running.executions',
                ItemSelector: { 'arn.$': '$$.Map.Item.Value.ExecutionArn', 'self.$': '$$.Execution.Id' },
                ItemProcessor: {
                    ProcessorConfig: { Mode: 'INLINE' },
                    StartAt: 'Is it this run?',
                    States: {
                        'Is it this run?': {
                            Type: 'Choice',
                            Choices: [{ Variable: '$.arn', StringEqualsPath: '$.self', Next: 'Keep this run' }],
                            Default: 'Stop it',
                        },
                        'Keep this run': { Type: 'Succeed' },
                        'Stop it': {
                            Type: 'Task',
                            Resource: 'arn:aws:states:::aws-sdk:sfn:stopExecution',
                            Parameters: { 'ExecutionArn.$': '$.arn', Cause: 'concurrency: replace (a newer run started)' },
                            End: true,
                        },
                    },
                },
                ResultPath: null,
                Next: startAt,
            };
        }
        startAt = 'Look for a previous run';
    }
    const defaults = {};
    for (const name of chain.waves.flat()) {
        const job = jobs.get(name);
        const own = ctx.overridesOf?.(job)?.containerOverrides.find((c) => c.name === job.containerName);
        defaults[name] = [
            ...(own?.environment ?? []).map((e) => ({ Name: e.name, Value: e.value })),
            { Name: _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEDULED_TIME_VARIABLE */ .D9, 'Value.$': `${_step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ}.run.scheduledTime` },
        ];
    }
    // Shallow merges: a run's `scheduledTime` replaces the start time, its `env` the defaults' whole (a caller sends
    // every step's list).
    const inputStates = {
        [TIME_STATE]: {
            Type: 'Pass',
            Parameters: { defaults: { 'scheduledTime.$': '$$.Execution.StartTime' }, 'input.$': '$$.Execution.Input' },
            ResultPath: _step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ,
            Next: MERGE_TIME_STATE,
        },
        [MERGE_TIME_STATE]: {
            Type: 'Pass',
            Parameters: { 'run.$': `States.JsonMerge(${_step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ}.defaults, ${_step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ}.input, false)` },
            ResultPath: _step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ,
            Next: RUN_INPUT_STATE,
        },
        [RUN_INPUT_STATE]: {
            Type: 'Pass',
            Parameters: { defaults: { env: defaults }, 'run.$': `${_step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ}.run` },
            ResultPath: _step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ,
            Next: MERGE_INPUT_STATE,
        },
        [MERGE_INPUT_STATE]: {
            Type: 'Pass',
            Parameters: { 'run.$': `States.JsonMerge(${_step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ}.defaults, ${_step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ}.run, false)` },
            ResultPath: _step_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_INPUT_PATH */ .fZ,
            Next: startAt,
        },
    };
    return {
        Comment: `ecs-batch ${ctx.prefix}: ${chain.waves.flat().join(' → ')}`,
        StartAt: TIME_STATE,
        States: { ...inputStates, ...states },
    };
}


/***/ }),

/***/ 8292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ FAILURE_ERRORS),
/* harmony export */   Ut: () => (/* binding */ attemptStates),
/* harmony export */   qS: () => (/* binding */ START_TIMEOUT_REASON)
/* harmony export */ });
/* unused harmony export START_WATCH_SECONDS */
/* harmony import */ var _aws_notification_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4719);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7649);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9780);
/**
 * A job's step with a failure policy: attempts in a loop (Catch, not Retry), so each failed attempt is told apart from
 * the task ECS gave back (the `.sync` error's Cause is the task as DescribeTasks shows it): a Spot interruption, a
 * task that never started (or that `startTimeout` stopped), a RunTask that AWS refused, an exit code (`noRetryExitCodes`
 * fail at once), a timeout. `retryOn` picks the kinds a retry runs again, `spotFallback` the capacity provider of a
 * retry after an interruption or a capacity error. A run that fails for good ends in a Fail state whose error names
 * its kind (`ecs-batch.<Kind>`). Pure.
 *
 * `startTimeout` runs the task beside a watch (a Parallel state): every 30 seconds the watch finds the attempt's task
 * (its StartedBy is the attempt's own token) and, when it is still not RUNNING at the deadline, stops it with a reason
 * the attempt then reads as "never started (start timeout)". The watch ends as soon as the task runs or stops.
 */



/** How often the start watch looks at the task. */
const START_WATCH_SECONDS = 30;
/** The stop reason of a task the start watch stopped: the attempt (and the run history) read it as never started. */
const START_TIMEOUT_REASON = 'ecs-batch: start timeout';
/** The errors a run that fails for good ends with, by kind (the alerts and `status` name them). */
const FAILURE_ERRORS = {
    failed: 'ecs-batch.Failed',
    'no-retry-exit-code': 'ecs-batch.NoRetryExitCode',
    stopped: 'ecs-batch.Stopped',
    timeout: 'ecs-batch.TimedOut',
    interrupted: 'ecs-batch.Interrupted',
    'never-started': 'ecs-batch.NotStarted',
    'start-timeout': 'ecs-batch.StartTimeout',
    refused: 'ecs-batch.RunTaskRefused',
};
/** What a retry of each kind counts as, in `retryOn`'s words. */
const RETRY_KIND = {
    failed: 'failed',
    'no-retry-exit-code': 'never',
    stopped: 'failed',
    timeout: 'timeout',
    interrupted: 'not-started',
    'never-started': 'not-started',
    'start-timeout': 'not-started',
    refused: 'not-started',
};
const TRY = `${_step_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_INPUT_PATH */ .fZ}.try`;
const ERROR = `${_step_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_INPUT_PATH */ .fZ}.error`;
const FAILURE = `${_step_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_INPUT_PATH */ .fZ}.failure`;
const FAILED = `${_step_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_INPUT_PATH */ .fZ}.failed`;
const WATCH = `${_step_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_INPUT_PATH */ .fZ}.watch`;
const ALERT = `${_step_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_INPUT_PATH */ .fZ}.alert`;
/** A state name of the job's: readable, unique in the state machine, within AWS's 80 characters. */
function stateName(job, what) {
    const name = `${job}: ${what}`;
    if (name.length <= 80)
        return name;
    const tag = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)(job, 8);
    return `${job.slice(0, 80 - what.length - 11)}~${tag}: ${what}`;
}
/** States.Format's template escapes `{`, `}`, `'` and `\`. */
const formatText = (text) => text.replace(/[{}'\\]/g, (c) => `\\${c}`);
function attemptStates(job, ctx, next) {
    const name = (what) => stateName(job.name, what);
    const maxAttempts = job.retries + 1;
    const startTimeout = job.startTimeoutSeconds;
    const run = (0,_step_js__WEBPACK_IMPORTED_MODULE_1__/* .runTaskStep */ .vF)(job, ctx);
    const parameters = { ...run.Parameters };
    const fallback = job.spotFallback !== undefined && parameters.CapacityProviderStrategy !== undefined;
    const firstCapacity = parameters.CapacityProviderStrategy;
    if (fallback) {
        delete parameters.CapacityProviderStrategy;
        parameters['CapacityProviderStrategy.$'] = `${TRY}.capacity`;
    }
    if (startTimeout !== undefined)
        parameters['StartedBy.$'] = `${TRY}.token`;
    const { Retry: _retry, ...task } = { ...run, Parameters: parameters };
    const catchAll = { ErrorEquals: ['States.ALL'], ResultPath: ERROR, Next: name('what failed') };
    const states = {};
    const tryState = (attempt, delay, capacity) => ({
        ...(typeof attempt === 'number' ? { attempt } : { 'attempt.$': attempt }),
        ...(typeof delay === 'number' ? { delay } : { 'delay.$': delay }),
        ...(startTimeout !== undefined ? { 'token.$': 'States.UUID()' } : {}),
        ...(fallback ? (typeof capacity === 'string' ? { 'capacity.$': capacity } : { capacity }) : {}),
    });
    states[(0,_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stepName */ .u)(job.name)] = {
        Type: 'Pass',
        Comment: `attempt 1 of ${maxAttempts}`,
        Parameters: tryState(1, job.retryDelaySeconds, firstCapacity),
        ResultPath: TRY,
        Next: name('attempt'),
    };
    if (startTimeout === undefined) {
        states[name('attempt')] = { ...task, Catch: [catchAll], ...next };
    }
    else {
        states[name('attempt')] = {
            Type: 'Parallel',
            Branches: [
                { StartAt: name('run the task'), States: { [name('run the task')]: { ...task, End: true } } },
                startWatch(job, ctx, name, startTimeout),
            ],
            ResultPath: null,
            Catch: [catchAll],
            ...next,
        };
    }
    // What failed: the task ECS gave back (a `.sync` TaskFailed's Cause), a timeout, or no task at all.
    states[name('what failed')] = {
        Type: 'Choice',
        Choices: [
            { Variable: `${ERROR}.Error`, StringEquals: 'States.TaskFailed', Next: name('read the stopped task') },
            ...(job.timeoutSeconds !== undefined
                ? [{ Variable: `${ERROR}.Error`, StringEquals: 'States.Timeout', Next: name('timeout') }]
                : []),
        ],
        Default: name('refused'),
    };
    states[name('read the stopped task')] = {
        Type: 'Pass',
        Parameters: { 'task.$': `States.StringToJson(${ERROR}.Cause)` },
        ResultPath: FAILURE,
        Next: name('read the exit code'),
    };
    // The job's container (a task ECS created has it, exit code or not; a filter that matches nothing is an error).
    states[name('read the exit code')] = {
        Type: 'Pass',
        Parameters: { 'containers.$': `${FAILURE}.task.Containers[?(@.Name == '${job.containerName}')]` },
        ResultPath: `${FAILURE}.exit`,
        Next: name('kind of failure'),
    };
    const stoppedTask = `${FAILURE}.task`;
    const exitCode = `${FAILURE}.exit.containers[0].ExitCode`;
    const noRetry = job.noRetryExitCodes ?? [];
    states[name('kind of failure')] = {
        Type: 'Choice',
        Choices: [
            { Variable: `${stoppedTask}.StopCode`, StringEquals: 'SpotInterruption', Next: name('interrupted') },
            ...(startTimeout !== undefined
                ? [
                    {
                        Variable: `${stoppedTask}.StoppedReason`,
                        StringMatches: `${START_TIMEOUT_REASON}*`,
                        Next: name('start-timeout'),
                    },
                ]
                : []),
            { Variable: `${stoppedTask}.StopCode`, StringEquals: 'TaskFailedToStart', Next: name('never-started') },
            { Not: { Variable: exitCode, IsPresent: true }, Next: name('stopped') },
            ...(noRetry.length
                ? [
                    {
                        Or: noRetry.map((code) => ({ Variable: exitCode, NumericEquals: code })),
                        Next: name('no-retry-exit-code'),
                    },
                ]
                : []),
        ],
        Default: name('failed'),
    };
    const reasons = {
        failed: { 'reason.$': `States.Format('the container exited with code {}', ${exitCode})` },
        'no-retry-exit-code': {
            'reason.$': `States.Format('the container exited with code {}, one of noRetryExitCodes: no retry', ${exitCode})`,
        },
        stopped: { 'reason.$': `${stoppedTask}.StoppedReason` },
        timeout: { reason: `still running after its timeout (${job.timeoutSeconds ?? 0} seconds)` },
        interrupted: { 'reason.$': `${stoppedTask}.StoppedReason` },
        'never-started': { 'reason.$': `${stoppedTask}.StoppedReason` },
        'start-timeout': { reason: `not RUNNING ${startTimeout ?? 0} seconds after it was started: stopped` },
        refused: { 'reason.$': `${ERROR}.Cause` },
    };
    // An interruption moves a retry to spotFallback; a start that failed (or was refused) does when capacity was short.
    const capacityReason = fallback
        ? { 'never-started': `${stoppedTask}.StoppedReason`, refused: `${ERROR}.Cause` }
        : {};
    const afterFailure = (kind) => fallback && kind === 'interrupted'
        ? name('retry on the fallback?')
        : capacityReason[kind]
            ? name(`${kind}: capacity?`)
            : name('retry?');
    // The kinds this step can meet: a timeout needs `timeout`, a start timeout `startTimeout`.
    const kinds = Object.keys(FAILURE_ERRORS).filter((kind) => (kind !== 'timeout' || job.timeoutSeconds !== undefined) &&
        (kind !== 'start-timeout' || startTimeout !== undefined) &&
        (kind !== 'no-retry-exit-code' || noRetry.length > 0));
    const notStartedAlerts = ctx.alerts?.on.includes('not-started') === true;
    for (const kind of kinds) {
        const afterwards = afterFailure(kind);
        const alertsNow = (kind === 'start-timeout' || kind === 'never-started') && notStartedAlerts;
        states[name(kind)] = {
            Type: 'Pass',
            Parameters: { kind, retryOn: RETRY_KIND[kind], error: FAILURE_ERRORS[kind], ...reasons[kind] },
            ResultPath: FAILED,
            Next: alertsNow ? name(`alert: ${kind}`) : afterwards,
        };
        if (alertsNow) {
            const what = kind === 'start-timeout'
                ? `its task was not RUNNING ${startTimeout} seconds after it was started, and was stopped`
                : 'its task never started (the reason is in the alert details)';
            const retried = job.retryOn.includes('not-started') && maxAttempts > 1;
            Object.assign(states, publish(ctx, name, `alert: ${kind}`, {
                title: {
                    'title.$': `States.Format('${formatText(`⚠️ ecs-batch ${ctx.prefix}: ${job.name} did not start`)} ` +
                        `(attempt {} of ${maxAttempts})', ${TRY}.attempt)`,
                },
                description: {
                    description: [
                        `*Job*: ${job.name}`,
                        `*What happened*: ${what}`,
                        `*Next*: ${retried ? 'a retry, while attempts are left' : 'no retry (retryOn does not include not-started)'}`,
                    ].join('\n'),
                },
                untrusted: { 'reason.$': `${FAILED}.reason`, 'execution.$': '$$.Execution.Id' },
                next: afterwards,
            }));
        }
        const reason = capacityReason[kind];
        if (reason)
            states[name(`${kind}: capacity?`)] = {
                Type: 'Choice',
                Choices: [{ Variable: reason, StringMatches: '*apacity*', Next: name('retry on the fallback?') }],
                Default: name('retry?'),
            };
    }
    const retryable = ['not-started', 'failed', 'timeout'].filter((k) => job.retryOn.includes(k));
    // Retry when the kind is one retryOn names and attempts are left; else give up.
    const retryChoice = (then) => retryable.length && maxAttempts > 1
        ? {
            Type: 'Choice',
            Choices: [
                {
                    And: [
                        { Or: retryable.map((k) => ({ Variable: `${FAILED}.retryOn`, StringEquals: k })) },
                        { Variable: `${TRY}.attempt`, NumericLessThan: maxAttempts },
                    ],
                    Next: then,
                },
            ],
            Default: name('give up'),
        }
        : { Type: 'Pass', Next: name('give up') };
    states[name('retry?')] = retryChoice(name('wait to retry'));
    if (fallback) {
        states[name('retry on the fallback?')] = retryChoice(name('move to the fallback'));
        states[name('move to the fallback')] = {
            Type: 'Pass',
            Result: [{ CapacityProvider: job.spotFallback, Weight: 1 }],
            ResultPath: `${TRY}.capacity`,
            Next: name('wait to retry'),
        };
    }
    if (retryable.length && maxAttempts > 1) {
        states[name('wait to retry')] = { Type: 'Wait', SecondsPath: `${TRY}.delay`, Next: name('next attempt') };
        states[name('next attempt')] = {
            Type: 'Pass',
            Parameters: tryState(`States.MathAdd(${TRY}.attempt, 1)`, `States.MathAdd(${TRY}.delay, ${TRY}.delay)`, `${TRY}.capacity`),
            ResultPath: TRY,
            Next: name('attempt'),
        };
    }
    // Given up: a refused run is a missed one (when that alerts), and the run fails with its kind's error.
    const missedAlert = ctx.alerts?.on.includes('missed') === true;
    states[name('give up')] = {
        Type: 'Choice',
        Choices: kinds.map((kind) => ({
            Variable: `${FAILED}.kind`,
            StringEquals: kind,
            Next: kind === 'refused' && missedAlert ? name('alert: missed') : name(`failed: ${kind}`),
        })),
        Default: name('failed: failed'),
    };
    if (missedAlert)
        Object.assign(states, publish(ctx, name, 'alert: missed', {
            title: { title: `❌ ecs-batch ${ctx.prefix}: ${job.name} missed a run (RunTask refused)` },
            description: {
                description: `*Job*: ${job.name}\n*What happened*: AWS refused to start its task after ${maxAttempts} ` +
                    `attempt(s), so this run did not happen (the reason is in the alert's details)`,
            },
            untrusted: { 'reason.$': `${FAILED}.reason`, 'execution.$': '$$.Execution.Id' },
            next: name('failed: refused'),
        }));
    for (const kind of kinds)
        states[name(`failed: ${kind}`)] = { Type: 'Fail', Error: FAILURE_ERRORS[kind], CausePath: `${FAILED}.reason` };
    return states;
}
/** Publishes a notification to the alert topic; a failed publish does not fail the run. */
function publish(ctx, name, what, message) {
    return {
        [name(what)]: {
            Type: 'Pass',
            Parameters: (0,_aws_notification_js__WEBPACK_IMPORTED_MODULE_2__/* .notificationObject */ .T)(message.title, message.description, message.untrusted),
            ResultPath: ALERT,
            Next: name(`${what}: publish`),
        },
        [name(`${what}: publish`)]: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sns:publish',
            // An object Message goes out as its JSON (Step Functions serializes it).
            Parameters: { TopicArn: ctx.alerts.topicArn, 'Message.$': ALERT },
            ResultPath: null,
            Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: message.next }],
            Next: message.next,
        },
    };
}
/** The branch beside the task: stops it when it is not RUNNING `seconds` after the attempt began. */
function startWatch(job, ctx, name, seconds) {
    const polls = Math.ceil(seconds / START_WATCH_SECONDS);
    const done = name('start watched');
    const quietly = [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: done }];
    const list = (DesiredStatus) => ({
        Type: 'Task',
        Resource: 'arn:aws:states:::aws-sdk:ecs:listTasks',
        Parameters: { Cluster: ctx.clusterArn, 'StartedBy.$': `${TRY}.token`, DesiredStatus },
        ResultSelector: { 'arns.$': '$.TaskArns' },
        Catch: quietly,
    });
    return {
        StartAt: name('watch the start'),
        States: {
            [name('watch the start')]: {
                Type: 'Pass',
                Result: { n: 0 },
                ResultPath: `${WATCH}.polls`,
                Next: name('wait for the start'),
            },
            [name('wait for the start')]: { Type: 'Wait', Seconds: START_WATCH_SECONDS, Next: name('find the task') },
            [name('find the task')]: { ...list('RUNNING'), ResultPath: `${WATCH}.found`, Next: name('task found?') },
            [name('task found?')]: {
                Type: 'Choice',
                Choices: [{ Variable: `${WATCH}.found.arns[0]`, IsPresent: true, Next: name('read the task') }],
                Default: name('find a stopped task'),
            },
            // Listed as stopped: it ran and stopped (or failed to start) between two looks.
            [name('find a stopped task')]: { ...list('STOPPED'), ResultPath: `${WATCH}.stopped`, Next: name('stopped?') },
            [name('stopped?')]: {
                Type: 'Choice',
                // No task at all yet (RunTask has not answered): look again, without counting (a refused RunTask ends the
                // attempt, and this watch with it).
                Choices: [{ Variable: `${WATCH}.stopped.arns[0]`, IsPresent: true, Next: done }],
                Default: name('wait for the start'),
            },
            [name('read the task')]: {
                Type: 'Task',
                Resource: 'arn:aws:states:::aws-sdk:ecs:describeTasks',
                Parameters: { Cluster: ctx.clusterArn, 'Tasks.$': `${WATCH}.found.arns` },
                ResultSelector: { 'status.$': '$.Tasks[0].LastStatus', 'arn.$': '$.Tasks[0].TaskArn' },
                ResultPath: `${WATCH}.task`,
                Catch: quietly,
                Next: name('running yet?'),
            },
            [name('running yet?')]: {
                Type: 'Choice',
                Choices: [
                    {
                        Or: ['PROVISIONING', 'PENDING', 'ACTIVATING'].map((s) => ({
                            Variable: `${WATCH}.task.status`,
                            StringEquals: s,
                        })),
                        Next: name('count the look'),
                    },
                ],
                Default: done,
            },
            [name('count the look')]: {
                Type: 'Pass',
                Parameters: { 'n.$': `States.MathAdd(${WATCH}.polls.n, 1)` },
                ResultPath: `${WATCH}.polls`,
                Next: name('out of time?'),
            },
            [name('out of time?')]: {
                Type: 'Choice',
                Choices: [
                    {
                        And: [
                            { Variable: `${WATCH}.polls.n`, NumericGreaterThanEquals: polls },
                            { Variable: `${WATCH}.task.arn`, IsPresent: true },
                        ],
                        Next: name('stop the task'),
                    },
                    { Variable: `${WATCH}.polls.n`, NumericGreaterThanEquals: polls, Next: done },
                ],
                Default: name('wait for the start'),
            },
            [name('stop the task')]: {
                Type: 'Task',
                Resource: 'arn:aws:states:::aws-sdk:ecs:stopTask',
                Parameters: {
                    Cluster: ctx.clusterArn,
                    'Task.$': `${WATCH}.task.arn`,
                    Reason: `${START_TIMEOUT_REASON}: not RUNNING ${job.startTimeoutSeconds} seconds after it was started`,
                },
                ResultPath: null,
                Catch: quietly,
                Next: done,
            },
            [done]: { Type: 'Succeed' },
        },
    };
}


/***/ }),

/***/ 9780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fZ: () => (/* binding */ RUN_INPUT_PATH),
/* harmony export */   u: () => (/* binding */ stepName),
/* harmony export */   vF: () => (/* binding */ runTaskStep)
/* harmony export */ });
/* unused harmony exports TASK_FAILED, runEnvironmentPath */
/* harmony import */ var _targets_ecs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5428);
/* harmony import */ var _util_case_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3037);


/** The error a failed `.sync` ECS task raises (exit code not 0, or never started). */
const TASK_FAILED = 'States.TaskFailed';
/** Where the merged run input lives in the state, beside what the steps pass on (their ResultPath is null). */
const RUN_INPUT_PATH = '$.ecsBatch';
/** A job's environment in the merged run input. Job names are letters, digits, - and _, so they quote as they are. */
const runEnvironmentPath = (job) => `${RUN_INPUT_PATH}.run.env['${job}']`;
/** Step names: readable in the console, unique, within the 80 characters AWS allows. */
const stepName = (job) => `Run ${job}`.slice(0, 80);
/** The ECS step of a job: the same ECS parameters its schedule would send, in the task group `<group>`. */
function runTaskStep(job, ctx) {
    const own = ctx.overrides?.containerOverrides.find((c) => c.name === job.containerName);
    const { TaskDefinitionArn, TaskCount: _count, Group: _group, ...ecs } = (0,_targets_ecs_js__WEBPACK_IMPORTED_MODULE_0__/* .ecsParameters */ .uH)(job, ctx.taskDefinition, ctx.prefix);
    return {
        Type: 'Task',
        Resource: 'arn:aws:states:::ecs:runTask.sync',
        Parameters: {
            Cluster: ctx.clusterArn,
            TaskDefinition: TaskDefinitionArn,
            Group: ctx.group,
            ...(0,_util_case_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalKeys */ .N)(ecs),
            Overrides: {
                ContainerOverrides: [
                    {
                        Name: job.containerName,
                        ...(own?.command ? { Command: own.command } : {}),
                        'Environment.$': runEnvironmentPath(job.name),
                    },
                ],
            },
        },
        ResultPath: null,
        ...(job.timeoutSeconds !== undefined ? { TimeoutSeconds: job.timeoutSeconds } : {}),
        ...(job.retries > 0
            ? {
                Retry: [
                    {
                        ErrorEquals: [TASK_FAILED],
                        IntervalSeconds: job.retryDelaySeconds,
                        MaxAttempts: job.retries,
                        BackoffRate: 2,
                    },
                ],
            }
            : {}),
    };
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


/***/ })

};
