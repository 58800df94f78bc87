export const id = 435;
export const ids = [435,918];
export const modules = {

/***/ 5918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClients: () => (/* binding */ createClients)
/* harmony export */ });
/* unused harmony exports USER_AGENT, REQUEST_TIMEOUT_MS, CONNECT_TIMEOUT_MS, hasCredentials */
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7575);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3897);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7543);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(218);
/* harmony import */ var _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3550);
/* harmony import */ var _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8994);
/* harmony import */ var _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2462);
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(591);
/**
 * The one place that creates AWS clients. Region, credentials and endpoint come from the standard
 * AWS environment and config files (AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL, ...), so nothing
 * here knows about a local emulator.
 */








const USER_AGENT = 'ecs-batch/0.1.0';
/** One AWS call may take this long before it is abandoned (and retried): a silent endpoint must not hang a deploy. */
const REQUEST_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 5_000;
function createClients(options = {}) {
    const config = {
        ...(options.region ? { region: options.region } : {}),
        // Adaptive retry: exponential backoff plus client-side rate limiting once AWS throttles.
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? 10,
        customUserAgent: USER_AGENT,
        // Without throwOnRequestTimeout the handler only logs a warning and waits on.
        requestHandler: {
            requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
            connectionTimeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
            throwOnRequestTimeout: true,
        },
    };
    const made = [];
    const lazy = (make) => {
        let client;
        return () => {
            if (!client) {
                client = make();
                made.push(client);
            }
            return client;
        };
    };
    const ecs = lazy(() => new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__/* .ECSClient */ .Zgc(config));
    const ecr = lazy(() => new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__/* .ECRClient */ .S70(config));
    const events = lazy(() => new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_2__/* .EventBridgeClient */ .Ldt(config));
    const scheduler = lazy(() => new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_3__/* .SchedulerClient */ .dC(config));
    const logs = lazy(() => new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__/* .CloudWatchLogsClient */ .TFr(config));
    const cloudwatch = lazy(() => new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_5__/* .CloudWatchClient */ .WBn(config));
    const sns = lazy(() => new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_6__/* .SNSClient */ .kye(config));
    const sfn = lazy(() => new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__/* .SFNClient */ .ZIB(config));
    let preflight;
    const loadPreflight = async () => {
        const [{ EC2Client }, { IAMClient }, { SSMClient }, { SecretsManagerClient }] = await Promise.all([
            __webpack_require__.e(/* import() */ 447).then(__webpack_require__.t.bind(__webpack_require__, 5447, 19)),
            __webpack_require__.e(/* import() */ 877).then(__webpack_require__.t.bind(__webpack_require__, 1258, 19)),
            __webpack_require__.e(/* import() */ 686).then(__webpack_require__.t.bind(__webpack_require__, 1686, 19)),
            __webpack_require__.e(/* import() */ 572).then(__webpack_require__.t.bind(__webpack_require__, 4572, 19)),
        ]);
        const out = {
            ec2: new EC2Client(config),
            iam: new IAMClient(config),
            ssm: new SSMClient(config),
            secrets: new SecretsManagerClient(config),
        };
        made.push(...Object.values(out));
        return out;
    };
    return {
        get ecs() {
            return ecs();
        },
        get ecr() {
            return ecr();
        },
        get events() {
            return events();
        },
        get scheduler() {
            return scheduler();
        },
        get logs() {
            return logs();
        },
        get cloudwatch() {
            return cloudwatch();
        },
        get sns() {
            return sns();
        },
        get sfn() {
            return sfn();
        },
        preflight: () => (preflight ??= loadPreflight()),
        region: async () => {
            const region = ecs().config.region;
            return typeof region === 'function' ? await region() : String(region);
        },
        destroy: () => {
            for (const c of made)
                c.destroy();
        },
    };
}
/** True when the standard AWS chain yields credentials and a region (e.g. not in a fork's PR). */
async function hasCredentials(clients) {
    try {
        const credentials = await clients.ecs.config.credentials();
        await clients.region();
        return Boolean(credentials.accessKeyId);
    }
    catch {
        return false;
    }
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

/***/ 3435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release)
});

// EXTERNAL MODULE: ./aws/clients.ts
var aws_clients = __webpack_require__(5918);
// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./resources/index.ts + 7 modules
var resources = __webpack_require__(5942);
// EXTERNAL MODULE: ./resources/kind.ts
var kind = __webpack_require__(9710);
// EXTERNAL MODULE: ./resources/task-definitions.ts + 1 modules
var task_definitions = __webpack_require__(3070);
// EXTERNAL MODULE: ./util/concurrency.ts
var concurrency = __webpack_require__(5902);
// EXTERNAL MODULE: ./util/errors.ts
var errors = __webpack_require__(7702);
;// CONCATENATED MODULE: ./apply/apply.ts







async function apply(clients, plan, onEvent) {
    const result = { ok: true, applied: [], taskDefinitionArns: {}, revisions: {}, skipped: [] };
    for (const c of plan.changes) {
        if (c.kind === 'task-definition' && c.current && c.action === 'unchanged') {
            for (const job of c.jobs) {
                result.taskDefinitionArns[job] = c.current.arn;
                result.revisions[job] = c.current.revision;
            }
        }
    }
    const newArns = new Map();
    const ctx = {
        clients,
        newArns,
        registered: (family, jobs, arn) => {
            newArns.set(family, arn);
            for (const job of jobs) {
                result.taskDefinitionArns[job] = arn;
                result.revisions[job] = (0,task_definitions/* revisionOf */.DT)(arn);
            }
        },
        withArn: (arn, family) => {
            if (arn !== ecs/* NEW_REVISION */.Lw)
                return arn ?? '';
            const registered = newArns.get(family);
            if (!registered)
                throw new Error(`internal: no registered revision for ${family}`);
            return registered;
        },
    };
    const pending = plan.changes.filter((c) => c.action !== 'unchanged');
    const phases = [...new Set(pending.map(resources/* phaseOf */.hU))].sort((a, b) => a - b);
    const region = pending.length ? await clients.region() : '';
    for (const phase of phases) {
        const batch = pending.filter((c) => (0,resources/* phaseOf */.hU)(c) === phase);
        if (!result.ok) {
            result.skipped.push(...batch);
            continue;
        }
        // Each kind of resource at its own API's pace, side by side within the phase.
        const byKind = new Map();
        for (const change of batch)
            byKind.set((0,resources/* kindOf */.I)(change), [...(byKind.get((0,resources/* kindOf */.I)(change)) ?? []), change]);
        await Promise.all([...byKind.values()].map((changes) => writeAll(changes, (0,resources/* writesInFlight */.o1)(changes[0], region))));
    }
    return result;
    async function writeAll(batch, inFlight) {
        await (0,concurrency/* mapLimit */.s)(batch, inFlight, async (change) => {
            if (!result.ok) {
                result.skipped.push(change);
                return;
            }
            try {
                const detail = await (0,resources/* applyChange */.hX)(ctx, change);
                result.applied.push(change);
                onEvent?.({ change, status: 'done', ...(detail ? { detail } : {}) });
            }
            catch (error) {
                const message = (0,errors/* describeError */.U)(error);
                if (result.ok)
                    result.error = { change, message };
                result.ok = false;
                onEvent?.({ change, status: 'failed', detail: message });
            }
        });
    }
}

// EXTERNAL MODULE: ./load/load.ts + 14 modules
var load_load = __webpack_require__(5602);
// EXTERNAL MODULE: ./plan/desired.ts + 2 modules
var plan_desired = __webpack_require__(111);
// EXTERNAL MODULE: ./plan/observe.ts
var observe = __webpack_require__(9418);
// EXTERNAL MODULE: ./plan/types.ts + 1 modules
var types = __webpack_require__(9206);
// EXTERNAL MODULE: ./resources/schedules.ts
var schedules = __webpack_require__(3096);
// EXTERNAL MODULE: ./resources/rules.ts
var rules = __webpack_require__(4501);
;// CONCATENATED MODULE: ./plan/plan.ts
/**
 * The planner: a pure function of (desired, observed) that lists every change in the order apply
 * runs them, each with a reason and a field-level diff. An unchanged job produces no write.
 */




function plan_plan(desired, observed, options) {
    const changes = [];
    const conflicts = [];
    const warnings = [];
    const prunable = [];
    const ownedJobs = new Set();
    const facts = { knownArns: new Map() };
    for (const kind of resources/* RESOURCE_KINDS */.pQ) {
        const out = kind.plan?.({ desired, observed, options, facts });
        if (!out)
            continue;
        changes.push(...(out.changes ?? []));
        prunable.push(...(out.prunable ?? []));
        conflicts.push(...(out.conflicts ?? []));
        warnings.push(...(out.warnings ?? []));
        for (const job of out.ownedJobs ?? [])
            ownedJobs.add(job);
        Object.assign(facts, out.facts);
    }
    // Prune what this manifest owns and no longer lists; never anything else, never most of it unasked.
    if (options.prune) {
        const refusal = massPruneRefusal(desired.prefix, ownedJobs, new Set(desired.jobs.map((j) => j.name)), options.maxPrune);
        // Refused, nothing is pruned: the plan must not list deletions that will not happen.
        if (refusal)
            conflicts.push(refusal);
        else
            changes.push(...prunable);
    }
    else if (prunable.length) {
        const what = prunable.map((c) => `${c.kind === 'task-definition-revisions' ? 'task definition family' : c.kind} ${(0,types/* changeName */.m9)(c)}`);
        warnings.push(`prune is off: left in place what this manifest no longer lists: ${what.join(', ')}`);
    }
    // A rollback points at an earlier revision: with one kept, there is none to go back to.
    if (options.keepRevisions !== undefined && options.keepRevisions < 2 && desired.taskDefinitions.length)
        warnings.push(`keep-revisions ${options.keepRevisions} keeps no earlier revision: ecs-batch rollback would have to register ` +
            'again (keep 2 or more to roll back by pointing at the revision before)');
    // The order apply runs them in (stable within a phase).
    const ordered = changes
        .map((c, i) => ({ c, i, phase: (0,resources/* phaseOf */.hU)(c) }))
        .sort((a, b) => a.phase - b.phase || a.i - b.i)
        .map((x) => x.c);
    return {
        prefix: desired.prefix,
        backend: desired.backend,
        region: desired.region,
        image: desired.image,
        changes: ordered,
        jobs: jobPlans(desired, observed, ordered, facts.knownArns),
        conflicts,
        warnings,
    };
}
/**
 * One edited line (a cut manifest, a wrong `project`, a bad merge) must not delete most jobs
 * unasked: removing more than half of the jobs this manifest owns (and more than one) needs
 * `--max-prune N`. With N given, N is the limit.
 */
function massPruneRefusal(prefix, ownedJobs, desiredNames, maxPrune) {
    const removed = [...ownedJobs].filter((job) => !desiredNames.has(`${prefix}-${job}`)).sort();
    const limit = maxPrune ?? (removed.length > 1 && removed.length * 2 > ownedJobs.size ? removed.length - 1 : removed.length);
    if (removed.length <= limit)
        return undefined;
    const shown = removed.length > 20 ? `${removed.slice(0, 20).join(', ')} and ${removed.length - 20} more` : removed.join(', ');
    const why = maxPrune === undefined
        ? `more than half of the ${ownedJobs.size} jobs it owns`
        : `more than --max-prune ${maxPrune}`;
    return (`this deploy would remove ${removed.length} job(s) (their schedules or rules, and task definitions), ${why}: ` +
        `${shown}. ` +
        `If that is intended, allow it with --max-prune ${removed.length} (the action input max-prune: ${removed.length}); ` +
        'otherwise check that the manifest lists every job and that project and environment are right');
}
/** A schedule, rule or state machine that is not what ecs-batch last wrote. */
function changedOutside(c) {
    return (c?.kind === 'schedule' || c?.kind === 'rule' || c?.kind === 'state-machine') && c.drifted === true;
}
function jobPlans(desired, observed, changes, knownArns) {
    return desired.jobs.map((d) => {
        const td = changes.find((c) => c.kind === 'task-definition' && c.family === d.family);
        const sched = changes.find((c) => (c.kind === 'schedule' || c.kind === 'rule') && c.name === d.name && c.action !== 'delete');
        const registers = td?.action === 'register';
        const reasons = [];
        if (td && td.kind === 'task-definition' && registers) {
            if (!td.current)
                reasons.push('task definition: new family');
            else
                reasons.push(...td.diff.map((change) => ({ resource: 'task definition', change })));
        }
        const schedDiff = sched && (sched.kind === 'schedule' || sched.kind === 'rule') ? sched.diff : [];
        const meaningful = schedDiff.filter((c) => !(registers && /[Tt]askDefinition(Arn)?$/.test(c.path)));
        const machine = d.stateMachine
            ? changes.find((c) => c.kind === 'state-machine' && c.name === d.stateMachine)
            : undefined;
        // Drift is named once: on the job whose schedule, rule or state machine it is (a chain's on the job that starts it).
        const drifted = [sched, !d.job.after ? machine : undefined].find(changedOutside);
        if (drifted)
            reasons.push(`${drifted.kind.replace('-', ' ')} ${drifted.name} was changed outside ecs-batch since the ` +
                `last deploy: this deploy puts back what the manifest says`);
        if (registers && sched && sched.action !== 'create' && !d.stateMachine)
            reasons.push(`${sched.kind} now runs the new revision`);
        if (registers && machine && machine.action !== 'create')
            reasons.push(`state machine ${d.stateMachine} now runs the new revision`);
        if (machine?.action === 'create')
            reasons.push(`runs through the new state machine ${d.stateMachine}${d.job.after ? `, after ${d.job.after.join(', ')}` : ''}`);
        // The state machine's own changes, once: on the job that starts it.
        if (machine?.kind === 'state-machine' && machine.action === 'update' && !d.job.after)
            reasons.push(...machine.diff.map((change) => ({ resource: 'state machine', change })));
        reasons.push(...meaningful.map((change) => ({ resource: sched.kind, change })));
        reasons.push(...changes
            .filter((c) => c.kind === 'replaced' && c.action === 'take-over' && c.job === d.job.name)
            .map((c) => c.reason));
        // A job after others has no schedule of its own: it exists when its state machine does.
        const existed = d.job.after
            ? Boolean(observed.stateMachines?.[d.stateMachine])
            : desired.backend === 'scheduler'
                ? Boolean(observed.schedules[d.name])
                : Boolean(observed.rules[d.name]);
        let action = 'unchanged';
        if (!existed)
            action = 'create';
        else if (registers || meaningful.length || (machine && machine.action !== 'unchanged')) {
            const onlyState = !registers && meaningful.length > 0 && meaningful.every((c) => c.path === 'State');
            action = onlyState ? (d.job.enabled ? 'enable' : 'disable') : 'update';
        }
        if (action === 'create' && !d.job.after)
            reasons.unshift(`${desired.backend === 'scheduler' ? 'schedule' : 'rule'} ${d.name} is new`);
        const current = td && td.kind === 'task-definition' ? td.current : undefined;
        const arn = knownArns.get(d.family);
        return {
            job: d.job.name,
            name: d.name,
            action,
            enabled: d.job.enabled,
            reasons,
            family: d.family,
            ...(current ? { currentRevision: current.revision } : {}),
            ...(arn ? { taskDefinitionArn: arn } : {}),
            registersNewRevision: registers,
        };
    });
}

// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(7543);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ./taskdef/reference.ts
var reference = __webpack_require__(7622);
;// CONCATENATED MODULE: ./taskdef/image.ts
/** Image references: parse them, and pin ECR tags to digests. */





function ecrRegistryOf(registry) {
    const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(registry);
    return m ? { accountId: m[1], region: m[2] } : undefined;
}
function imageUri(ref, digest) {
    return `${ref.registry ? `${ref.registry}/` : ''}${ref.repository}@${digest}`;
}
/**
 * Pins an image by digest. An ECR image given by tag is resolved with DescribeImages; an ECR image
 * given by digest is checked to exist (a task would fail with CannotPullContainerError otherwise).
 * Images outside ECR must be given by digest.
 */
async function pinImage(clients, text) {
    const ref = (0,reference/* parseImageReference */.o)(text);
    if (!ref) {
        throw new errors/* OperationError */.O(`'${text}' is not an image reference`, 'use registry/repository@sha256:<digest> or registry/repository:<tag>');
    }
    const ecr = ecrRegistryOf(ref.registry);
    if (!ecr) {
        if (!ref.digest) {
            throw new errors/* OperationError */.O(`image '${text}' is not pinned by digest`, `tags outside ECR cannot be resolved here: give the image as ` +
                `${ref.registry ? `${ref.registry}/` : ''}${ref.repository}@sha256:<digest>`);
        }
        return { uri: imageUri(ref, ref.digest), digest: ref.digest, repository: ref.repository };
    }
    const region = await clients.region();
    if (ecr.region !== region) {
        throw new errors/* OperationError */.O(`image '${text}' is in ECR region ${ecr.region}, but this deploy runs in ${region}`, 'deploy in the registry region, or replicate the repository');
    }
    const imageId = ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' };
    try {
        const out = await clients.ecr.send(new dist_cjs/* DescribeImagesCommand */.ji5({ registryId: ecr.accountId, repositoryName: ref.repository, imageIds: [imageId] }));
        const digest = out.imageDetails?.[0]?.imageDigest;
        if (!digest)
            throw new errors/* OperationError */.O(`ECR returned no digest for ${text}`);
        return {
            uri: imageUri(ref, digest),
            digest,
            repository: ref.repository,
            ...(ref.digest ? {} : { resolvedFromTag: ref.tag ?? 'latest' }),
        };
    }
    catch (error) {
        if (error instanceof dist_cjs/* ImageNotFoundException */.CJH) {
            throw new errors/* OperationError */.O(`image ${text} is not in ECR repository ${ref.repository}`, 'push it first (the deploy action builds and pushes it), or check the digest or tag');
        }
        if (error instanceof dist_cjs/* RepositoryNotFoundException */.Da2) {
            throw new errors/* OperationError */.O(`ECR repository ${ref.repository} does not exist in ${ecr.accountId}/${ecr.region}`, 'the deploy action creates it; or check image.repository in the manifest');
        }
        throw error;
    }
}
/**
 * The image the jobs run now: the main container of the first job whose family exists. A PR plan
 * uses it, so the plan shows what the manifest changes (the PR's own image is built at merge).
 */
async function deployedImage(clients, families) {
    for (const { family, container } of families) {
        try {
            const out = await clients.ecs.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: family }));
            const image = out.taskDefinition?.containerDefinitions?.find((c) => c.name === container)?.image;
            if (image)
                return image;
        }
        catch (error) {
            if (!(error instanceof client_ecs_dist_cjs/* ClientException */.P6G))
                throw error;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
;// CONCATENATED MODULE: ./apply/image-tags.ts
/**
 * Images in use carry a tag of this project's, `ecs-batch-<prefix>-live-<12 hex of the digest>`, so a lifecycle rule
 * can keep them (a rule with tagPrefixList [ecs-batch-] and a higher priority than the ones that expire). In use: the
 * image this deploy pins, and the one the jobs ran before it (what runs still in flight and a rollback use). When the
 * image changes, a tag on any other image is removed, unless it is that image's only tag: ECR deletes an image with its last tag, and an
 * image is not this manifest's to delete.
 */


const LIVE_TAG_PREFIX = 'ecs-batch-';
function liveTag(prefix, digest) {
    return `${LIVE_TAG_PREFIX}${prefix}-live-${digest.replace(/^sha256:/, '').slice(0, 12)}`;
}
async function tagImagesInUse(clients, repositoryName, prefix, inUse, options) {
    const ours = `${LIVE_TAG_PREFIX}${prefix}-live-`;
    const images = [];
    for await (const page of (0,dist_cjs/* paginateDescribeImages */.XiR)({ client: clients.ecr, pageSize: limits/* PAGE_SIZE */.md.DescribeImages }, { repositoryName, filter: { tagStatus: 'TAGGED' } }))
        for (const i of page.imageDetails ?? [])
            if (i.imageDigest)
                images.push({ digest: i.imageDigest, tags: i.imageTags ?? [] });
    const changes = { tagged: [], untagged: [], kept: [] };
    for (const digest of new Set(inUse)) {
        const tag = liveTag(prefix, digest);
        if (images.some((i) => i.digest === digest && i.tags.includes(tag)))
            continue;
        const got = await clients.ecr.send(new dist_cjs/* BatchGetImageCommand */.P8n({ repositoryName, imageIds: [{ imageDigest: digest }] }));
        const image = got.images?.[0];
        if (!image?.imageManifest)
            continue;
        await clients.ecr.send(new dist_cjs/* PutImageCommand */.SUU({
            repositoryName,
            imageManifest: image.imageManifest,
            ...(image.imageManifestMediaType ? { imageManifestMediaType: image.imageManifestMediaType } : {}),
            imageDigest: digest,
            imageTag: tag,
        }));
        changes.tagged.push(tag);
    }
    if (!options.untag)
        return changes;
    const stale = images.flatMap((i) => i.tags.filter((t) => t.startsWith(ours) && !inUse.some((d) => liveTag(prefix, d) === t)).map((t) => ({ i, t })));
    for (const { i, t } of stale) {
        if (i.tags.length === 1) {
            changes.kept.push(t);
            continue;
        }
        await clients.ecr.send(new dist_cjs/* BatchDeleteImageCommand */.wau({ repositoryName, imageIds: [{ imageTag: t }] }));
        changes.untagged.push(t);
    }
    return changes;
}

;// CONCATENATED MODULE: ./release/release.ts
/**
 * The release pipeline, shared by `ecs-batch plan|deploy` and the release action: validate the
 * manifest, pin the image, read live state, plan, and (unless planning only) apply. Nothing is
 * written before validation, the image, the cluster and ownership have all been checked.
 */










async function release(options) {
    const load = (0,load_load.loadManifest)(options.manifest, {
        ...(options.environment ? { environment: options.environment } : {}),
        ...(options.now ? { now: options.now } : {}),
    });
    if (!load.valid || !load.manifest)
        return { load };
    const manifest = load.manifest;
    const clients = options.clients ?? (0,aws_clients.createClients)();
    try {
        let reference = options.image;
        if (!reference) {
            if (!options.dryRun)
                throw new errors/* OperationError */.O('an image is required to deploy', 'pass --image (the deploy action passes the image it built)');
            reference = await deployedImage(clients, manifest.jobs.map((j) => ({ family: (0,names/* jobResourceName */.ln)(manifest.prefix, j.name), container: j.containerName })));
            if (!reference)
                return { load, manifest, noImage: true };
        }
        const [image, clusterArn, region] = await Promise.all([
            pinImage(clients, reference),
            (0,observe/* resolveCluster */.Br)(clients, manifest.cluster),
            clients.region(),
        ]);
        if (!options.image)
            image.current = true;
        const desired = (0,plan_desired/* desiredState */.I)(manifest, { region, clusterArn, image: image.uri });
        const observed = await (0,observe/* observe */.lB)(clients, (0,observe/* observeRequest */.S2)(manifest, desired, options));
        const plan = plan_plan(desired, observed, {
            prune: options.prune,
            ...(options.maxPrune !== undefined ? { maxPrune: options.maxPrune } : {}),
            ...(options.keepRevisions !== undefined ? { keepRevisions: options.keepRevisions } : {}),
        });
        const live = liveDigests(desired.taskDefinitions.map((t) => t.family), observed.taskDefinitions);
        // Loaded on demand: pre-flight's SDK clients are most of the bundle, and a bundle's cold start waits on them.
        const { preflight: preflightChecks } = await Promise.all(/* import() */[__webpack_require__.e(447), __webpack_require__.e(686), __webpack_require__.e(877), __webpack_require__.e(572), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 1557));
        const checked = await preflightChecks(clients, manifest, {
            clusterArn,
            region,
            digests: { deploying: image.digest, live },
        });
        // A problem of a setting in `defaults` surfaces once per job that inherits it: it is reported once.
        const diagnostics = new Map();
        for (const p of checked.problems) {
            const d = { severity: p.severity, message: p.message, ...load.locate(p.job, p.key) };
            if (!diagnostics.has(`${d.path}|${d.message}`))
                diagnostics.set(`${d.path}|${d.message}`, d);
        }
        const preflight = {
            diagnostics: [...diagnostics.values()],
            skipped: checked.skipped,
            reads: checked.reads,
        };
        const refused = plan.conflicts.length > 0 || preflight.diagnostics.some((d) => d.severity === 'error');
        if (options.dryRun || refused)
            return { load, manifest, image, plan, preflight };
        await options.beforeApply?.({ plan, image });
        const result = await apply(clients, plan, options.onEvent);
        // The images in use get a tag a lifecycle rule can keep: this one, and the one the jobs ran before it.
        const ours = image.uri.includes('.dkr.ecr.') && image.repository === manifest.image.repository;
        const imageTags = result.ok && ours
            ? await tagImagesInUse(clients, image.repository, manifest.prefix, [image.digest, ...live], {
                // Tags move only when the image does: a repeat deploy keeps the image before this one tagged.
                untag: !live.includes(image.digest),
            }).catch((e) => ({ error: e.message }))
            : undefined;
        return { load, manifest, image, plan, preflight, apply: result, ...(imageTags ? { imageTags } : {}) };
    }
    finally {
        if (!options.clients)
            clients.destroy();
    }
}
/** The digests the live task definitions of these families (the desired ones) pin. */
function liveDigests(families, taskDefinitions) {
    const digests = families.flatMap((family) => (taskDefinitions[family]?.definition.containerDefinitions ?? []).map((c) => /@(sha256:[0-9a-f]{64})$/.exec(c.image ?? '')?.[1]));
    return [...new Set(digests.filter((d) => d !== undefined))];
}


/***/ })

};
