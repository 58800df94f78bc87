export const id = 910;
export const ids = [910];
export const modules = {

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ siblingArn),
/* harmony export */   w: () => (/* binding */ stateMachineArn)
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


/***/ }),

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ renderTaskDefinition)
/* harmony export */ });
/* unused harmony export taskDefinitionTags */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6077);




function byName(items) {
    return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}
/** The task definition tags: ownership first, then the job's own. */
function taskDefinitionTags(job, prefix) {
    const own = Object.entries(job.tags).map(([key, value]) => ({ key, value }));
    return [
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_TAG */ .FX, value: prefix },
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_TAG */ .z2, value: job.name },
        ...own.sort((a, b) => a.key.localeCompare(b.key)),
    ];
}
function renderTaskDefinition(job, ctx) {
    // Keys RegisterTaskDefinition does not take are dropped (validation says so, with the line).
    const base = Object.fromEntries(Object.entries(job.baseTaskDefinition ?? {}).filter(([k]) => _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .TASK_DEFINITION_FIELDS */ .G.has(k)));
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
    const compatibility = job.launchType ?? ((0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__/* .isFargate */ .rd)(job) ? 'FARGATE' : 'EC2');
    return {
        ...base,
        family: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .jobResourceName */ .ln)(ctx.prefix, job.name),
        ...(job.taskRoleArn ? { taskRoleArn: job.taskRoleArn } : {}),
        ...(job.executionRoleArn ? { executionRoleArn: job.executionRoleArn } : {}),
        networkMode: (0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__/* .networkModeOf */ .b0)(job),
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8733);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(440);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3918);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8327);





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
    const rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTaskDefinition */ .P9)(shape, ctx);
    const tags = (rendered.tags ?? []).filter((t) => t.key !== _manifest_names_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_TAG */ .z2);
    const key = (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .canonical */ .$N)({
        ...rendered,
        family: undefined,
        tags,
        containerDefinitions: rendered.containerDefinitions?.map((c) => ({
            ...c,
            image: c.name === job.containerName ? undefined : c.image,
        })),
    });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 8);
    const family = `${ctx.prefix}-shared-${rendered.cpu ?? 'x'}-${rendered.memory ?? 'x'}-${hash}`;
    return { family, input: { ...rendered, family, tags } };
}
/** A family name sharedTaskDefinition gives (its shape's), as opposed to a job's own. */
function isSharedFamily(prefix, family) {
    return (family.startsWith(`${prefix}-shared-`) && /-(?:\d+|x)-(?:\d+|x)-[0-9a-f]{8}$/.test(family.slice(prefix.length)));
}
/** A family's ARN without a revision: RunTask then starts its latest ACTIVE revision. */
function familyArn(clusterArn, region, family) {
    return (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .siblingArn */ .O)(clusterArn, 'ecs', region, `task-definition/${family}`);
}


/***/ })

};
