export const id = 499;
export const ids = [499];
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

/***/ 4724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ROLLBACK_REVISIONS_READ: () => (/* binding */ ROLLBACK_REVISIONS_READ),
/* harmony export */   refuseRegistrations: () => (/* binding */ refuseRegistrations),
/* harmony export */   rollbackTarget: () => (/* binding */ rollbackTarget)
/* harmony export */ });
/* unused harmony export previousImage */
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(218);
/* harmony import */ var _resources_task_definitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3070);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7702);
/**
 * `ecs-batch rollback`: every job back on an earlier image. The image is the one `--steps` deploys back (default the
 * one before the current), read from the task definition revisions the first job has kept, or the one `--to` names.
 * With per-job task definitions each schedule is pointed at the earlier revision that ran that image, and nothing is
 * registered (RegisterTaskDefinition's 1 a second never slows it); a job with no such revision (new since, or changed
 * in a way the old revisions do not hold) refuses the rollback before any write. With shared task definitions
 * (schedules run a shape's latest revision) it is one registration per shape, and the image is named with `--to`.
 */




/** Earlier revisions a rollback reads per job, newest first (keep-revisions must keep at least this many to roll back). */
const ROLLBACK_REVISIONS_READ = 10;
/** The image `steps` deploys back, from the first job's revisions (newest first): undefined when none is that old. */
async function previousImage(clients, manifest, steps) {
    const job = manifest.jobs[0];
    const family = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(manifest.prefix, job.name);
    const arns = await (0,_resources_task_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .activeRevisions */ .FP)(clients, family);
    const images = [];
    for (const arn of arns.slice(0, ROLLBACK_REVISIONS_READ + 1)) {
        const td = (await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__/* .DescribeTaskDefinitionCommand */ .Zy$({ taskDefinition: arn }))).taskDefinition;
        const container = td?.containerDefinitions?.find((c) => c.name === job.containerName) ?? td?.containerDefinitions?.[0];
        const image = container?.image;
        if (image && /@sha256:[0-9a-f]{64}$/.test(image) && images.at(-1) !== image)
            images.push(image);
        if (images.length > steps)
            return images[steps];
    }
    return undefined;
}
/** Refuses (before any write) a per-job rollback that would register: a job the earlier revisions cannot run. */
function refuseRegistrations(manifest, plan) {
    if (manifest.taskDefinitions === 'shared')
        return;
    const registering = plan.jobs.filter((j) => j.registersNewRevision).map((j) => j.job);
    if (registering.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .O(`rollback refused: ${registering.join(', ')} ha${registering.length === 1 ? 's' : 've'} no earlier revision ` +
            'with that image and the manifest as it is now (a job added since, or settings changed since)', 'deploy that image instead (`ecs-batch deploy --image ...`), which registers what the manifest says');
}
/**
 * The image a rollback goes back to: the one given; else (per-job task definitions only) the one `recorded` finds
 * (the action's GitHub deployments), else the one the earlier revisions pin. Per-job, it points at earlier revisions.
 */
async function rollbackTarget(clients, manifest, options) {
    // Shared task definitions: schedules run a shape's latest revision, so going back is one registration per shape.
    const perJob = manifest !== undefined && manifest.taskDefinitions !== 'shared';
    const reuse = perJob ? { earlierRevisions: ROLLBACK_REVISIONS_READ } : {};
    if (options.given)
        return { image: options.given, from: 'given', ...reuse };
    if (!manifest)
        return { missing: 'no-earlier-image' };
    if (!perJob)
        return { missing: 'shared-needs-image' };
    const recorded = options.recorded && (await options.recorded(await previousImage(clients, manifest, 0)));
    if (recorded)
        return { image: recorded, from: 'deployments', ...reuse };
    const image = await previousImage(clients, manifest, options.steps);
    return image ? { image, from: 'revisions', ...reuse } : { missing: 'no-earlier-image' };
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
