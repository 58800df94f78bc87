export const id = 407;
export const ids = [407];
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
