export const id = 70;
export const ids = [70];
export const modules = {

/***/ 3206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ MANAGED_POLICIES_PER_ROLE),
/* harmony export */   Yp: () => (/* binding */ namesOrPattern),
/* harmony export */   cw: () => (/* binding */ allow),
/* harmony export */   gK: () => (/* binding */ MANAGED_POLICY_MAX_CHARS),
/* harmony export */   mQ: () => (/* binding */ passRole),
/* harmony export */   z9: () => (/* binding */ mergeStatements),
/* harmony export */   zb: () => (/* binding */ splitPolicy)
/* harmony export */ });
/* unused harmony exports MAX_LISTED_NAMES, policySize */
/** IAM policy statements: their shape, and the helpers every kind of resource uses to declare what it needs. */
/** One statement, or none when it would allow nothing (no action, or no resource). */
function allow(Sid, Action, Resource, Condition) {
    if (!Action.length || !Resource.length)
        return [];
    return [
        {
            Sid,
            Effect: 'Allow',
            Action: [...new Set(Action)].sort(),
            Resource: [...Resource],
            ...(Condition ? { Condition } : {}),
        },
    ];
}
/** Past this many distinct names (log groups), a policy may name them by a pattern, if one stays within the project. */
const MAX_LISTED_NAMES = 8;
function commonPrefix(values) {
    let prefix = values[0] ?? '';
    for (const v of values)
        while (!v.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    return prefix;
}
/**
 * Distinct names; past MAX_LISTED_NAMES, one wildcard on their common prefix, but only when `ownsPattern` says that
 * prefix can match nothing outside the project. Otherwise every name is listed: never a pattern wider than the project.
 */
function namesOrPattern(values, ownsPattern) {
    const distinct = [...new Set(values.filter((v) => Boolean(v)))].sort();
    if (distinct.length <= MAX_LISTED_NAMES)
        return distinct;
    const prefix = commonPrefix(distinct);
    return ownsPattern(prefix) ? [`${prefix}*`] : distinct;
}
/** iam:PassRole for exactly these roles (by ARN, never a pattern), to one service only. */
function passRole(Sid, roles, service) {
    const distinct = [...new Set(roles.filter((r) => Boolean(r)))].sort();
    return allow(Sid, ['iam:PassRole'], distinct, { StringEquals: { 'iam:PassedToService': service } });
}
/** AWS's limit on one customer managed policy, counted without white space. */
const MANAGED_POLICY_MAX_CHARS = 6144;
/** Managed policies one role may have attached (AWS's default quota; it can be raised to 20). */
const MANAGED_POLICIES_PER_ROLE = 10;
function policySize(doc) {
    return JSON.stringify(doc).length;
}
/**
 * One policy when it fits AWS's managed-policy limit, else several (statements with long resource lists cut into
 * parts), each within the limit: what the roles need is never widened to fit.
 */
function splitPolicy(doc, max = MANAGED_POLICY_MAX_CHARS) {
    if (policySize(doc) <= max)
        return [doc];
    const empty = policySize({ Version: doc.Version, Statement: [] });
    const pieces = [];
    for (const s of doc.Statement) {
        if (policySize({ Version: doc.Version, Statement: [s] }) <= max) {
            pieces.push(s);
            continue;
        }
        let part = [];
        let parts = 0;
        const flush = () => {
            parts += 1;
            pieces.push({ ...s, Sid: `${s.Sid}Part${parts}`, Resource: part });
            part = [];
        };
        for (const r of s.Resource) {
            const trial = { ...s, Sid: `${s.Sid}Part${parts + 1}`, Resource: [...part, r] };
            if (part.length && policySize({ Version: doc.Version, Statement: [trial] }) > max)
                flush();
            part.push(r);
        }
        if (part.length)
            flush();
    }
    const docs = [];
    let current = [];
    let size = empty;
    for (const s of pieces) {
        const cost = JSON.stringify(s).length + 1;
        if (current.length && size + cost > max) {
            docs.push({ Version: doc.Version, Statement: current });
            current = [];
            size = empty;
        }
        current.push(s);
        size += cost;
    }
    if (current.length)
        docs.push({ Version: doc.Version, Statement: current });
    return docs;
}
const serviceOfArn = (arn) => arn.split(':')[2] ?? arn;
const servicesOf = (s) => new Set([...s.Action.map((a) => a.split(':')[0]), ...s.Resource.map(serviceOfArn)]);
const resourcesOf = (s, service) => s.Resource.filter((r) => serviceOfArn(r) === service).sort();
/**
 * Statements merged by Sid (first place kept): the kinds that share a Sid add their actions (and resources) to one
 * statement. Statements of one Sid must agree on conditions; with different resources, they must be of different
 * services, so an action still only reaches its own service's resources (an ARN matches no other service's pattern).
 */
function mergeStatements(statements) {
    const bySid = new Map();
    for (const s of statements) {
        const found = bySid.get(s.Sid);
        if (!found) {
            bySid.set(s.Sid, { ...s, Action: [...s.Action], Resource: [...s.Resource] });
            continue;
        }
        if (JSON.stringify(found.Condition) !== JSON.stringify(s.Condition))
            throw new Error(`internal: two statements ${s.Sid} with different conditions`);
        if (JSON.stringify(found.Resource) !== JSON.stringify(s.Resource)) {
            // Of each service both name, both must grant the same resources.
            for (const service of servicesOf(s))
                if (servicesOf(found).has(service) &&
                    JSON.stringify(resourcesOf(found, service)) !== JSON.stringify(resourcesOf(s, service)))
                    throw new Error(`internal: two statements ${s.Sid} of one service with different resources`);
            if (found.Resource.includes('*') || s.Resource.includes('*'))
                throw new Error(`internal: statement ${s.Sid} mixes "*" with scoped resources`);
            found.Resource = [...new Set([...found.Resource, ...s.Resource])];
        }
        found.Action = [...new Set([...found.Action, ...s.Action])].sort();
    }
    return [...bySid.values()];
}


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ scheduleFingerprint),
/* harmony export */   Ir: () => (/* binding */ driftWarning),
/* harmony export */   Nu: () => (/* binding */ ruleFingerprint),
/* harmony export */   RC: () => (/* binding */ recordApplied),
/* harmony export */   _O: () => (/* binding */ registrationFingerprint),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   fN: () => (/* binding */ drifted),
/* harmony export */   gi: () => (/* binding */ fingerprintFields)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(218);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _targets_ecs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5428);
/* harmony import */ var _targets_schedule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2252);
/**
 * What ecs-batch last wrote, remembered: a fingerprint of each schedule or rule rides on the task
 * definition revision it runs (tag ecs-batch:applied), so a plan can tell a change made outside
 * ecs-batch (drift) from a manifest edit.
 */





/** A short fingerprint of a normalized schedule or rule (its task definition named by family, so it survives a roll). */
function fingerprintOf(normalized) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify(normalized ?? null))
        .digest('hex')
        .slice(0, 16);
}
function recorded(observed, name) {
    return observed.taskDefinitions[name]?.tags.find((t) => t.key === _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLIED_TAG */ .zH)?.value;
}
/** The live resource is not what ecs-batch last wrote. Unknown (never recorded) is not drift. */
function drifted(observed, name, liveFingerprint) {
    const last = recorded(observed, name);
    return last !== undefined && last !== liveFingerprint;
}
/** The fingerprint to record, and whether the revision the schedule will run already carries it. */
function fingerprintFields(observed, d, knownArns, fingerprint) {
    const already = knownArns.has(d.family) && recorded(observed, d.family) === fingerprint;
    return { fingerprint, ...(already ? { fingerprintRecorded: true } : {}) };
}
/** The fingerprint of a schedule with its task definition named by family (it survives a roll). */
function scheduleFingerprint(s, family) {
    return fingerprintOf((0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeSchedule */ .nP)({
        ...s,
        Target: s.Target && (0,_targets_ecs_js__WEBPACK_IMPORTED_MODULE_2__/* .withTargetTaskDefinition */ .Ax)(s.Target, family),
    }));
}
/** The fingerprint of a rule and its target, the task definition named by family (it survives a roll). */
function ruleFingerprint(rule, target, family) {
    return fingerprintOf([
        (0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRule */ .YE)(rule),
        (0,_targets_schedule_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRuleTarget */ .HK)(target && {
            ...target,
            EcsParameters: target.EcsParameters && { ...target.EcsParameters, TaskDefinitionArn: family },
        }),
    ]);
}
/**
 * The fingerprint a job's new revision is registered with: that of the schedule or rule that will run it, so the
 * registration records it with no extra write. None with shared task definitions (a shared revision has no room for
 * every job's: 50 tags at most).
 */
function registrationFingerprint(d) {
    if (d.shared)
        return undefined;
    if (d.schedule)
        return scheduleFingerprint(d.schedule, d.family);
    if (d.rule)
        return ruleFingerprint(d.rule, d.target, d.family);
    return undefined;
}
function driftWarning(kind, name, diff) {
    const fields = [...new Set(diff.map((f) => f.path.split(/[.[]/)[0]))].join(', ');
    return (`${kind} ${name} was changed outside ecs-batch (${fields}); this deploy puts back the ` +
        `manifest's values. The manifest is the source of truth: to stop a job, set enabled: false on it in the manifest`);
}
/** After a schedule or rule is written: its fingerprint on the revision it runs, unless that revision carries it already. */
async function recordApplied(ctx, family, taskDefinitionArn, change) {
    if (!change.fingerprint || change.fingerprintRecorded || ctx.newArns.has(family))
        return;
    await ctx.clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__/* .TagResourceCommand */ .eqU({ resourceArn: taskDefinitionArn, tags: [{ key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLIED_TAG */ .zH, value: change.fingerprint }] }));
}


/***/ }),

/***/ 9710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ PHASE),
/* harmony export */   EK: () => (/* binding */ tagsOwnOnly),
/* harmony export */   HJ: () => (/* binding */ READ_CONCURRENCY),
/* harmony export */   Qx: () => (/* binding */ WRITE_CONCURRENCY),
/* harmony export */   Yr: () => (/* binding */ ownedOnly),
/* harmony export */   _4: () => (/* binding */ UNSCOPED_READS),
/* harmony export */   aI: () => (/* binding */ logGroupArns),
/* harmony export */   c$: () => (/* binding */ OWN_WRITES),
/* harmony export */   cp: () => (/* binding */ createdOwned)
/* harmony export */ });
/* harmony import */ var _aws_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3206);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);


/** Reads in flight at once: enough to hide latency, few enough not to trip read throttling. */
const READ_CONCURRENCY = 8;
/** Writes in flight at once for a kind whose API's quota says nothing more (ECS: RegisterTaskDefinition's 1/s). */
const WRITE_CONCURRENCY = 4;
/** Order of the phases of an apply: a failure stops every later phase. */
const PHASE = {
    logs: 10,
    taskDefinitions: 20,
    scheduleGroup: 30,
    stateMachines: 35,
    schedules: 40,
    alerts: 45,
    takeOver: 47,
    prune: 50,
    oldRevisions: 60,
};
/**
 * Sids shared by every kind, so the tag-scoped writes of rules, state machines and alarms are one statement each (the
 * policy must fit 6,144 characters); mergeStatements keeps each action to its own service's resources.
 */
const OWN_WRITES = {
    create: 'CreateOwnResources',
    change: 'ChangeOwnResources',
    tag: 'TagOwnResources',
};
/** Only resources this project tagged as its own (on a call that names an existing resource). */
function ownedOnly(prefix) {
    return { StringEquals: { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix }, ...ownTagIfSent(prefix) };
}
/** A create (or a create-or-update, as PutRule is) that tags the resource as this project's, and never takes another's. */
function createdOwned(prefix) {
    return {
        StringEquals: { [`aws:RequestTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix },
        StringEqualsIfExists: { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix },
    };
}
/** Tagging: never a resource another project tagged, never with another project's tag. */
function tagsOwnOnly(prefix) {
    return {
        StringEqualsIfExists: { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix, [`aws:RequestTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix },
    };
}
/** A call that sends tags may not give the resource another project's. */
function ownTagIfSent(prefix) {
    return { StringEqualsIfExists: { [`aws:RequestTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix } };
}
/**
 * A project's log groups by name, or (past MAX_LISTED_NAMES) by a pattern that holds the project's own path segment
 * (`/<prefix>/`), so it cannot match another project's or environment's groups.
 */
function logGroupArns(names, prefix, arn) {
    return (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .namesOrPattern */ .Yp)(names, (p) => p.includes(`/${prefix}/`)).flatMap((g) => [
        arn('logs', `log-group:${g}`),
        arn('logs', `log-group:${g}:*`),
    ]);
}
/** Sid of the reads AWS does not scope to a resource ("*" is the only choice); each kind adds its own to it. */
const UNSCOPED_READS = 'ReadWithoutResourceScope';


/***/ }),

/***/ 3070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FP: () => (/* binding */ activeRevisions),
  h2: () => (/* binding */ familyArns),
  DT: () => (/* binding */ revisionOf),
  po: () => (/* binding */ taskDefinitionRevisions),
  sE: () => (/* binding */ taskDefinitions)
});

// EXTERNAL MODULE: ./aws/policy.ts
var policy = __webpack_require__(3206);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./resources/applied.ts
var applied = __webpack_require__(167);
// EXTERNAL MODULE: ./util/diff.ts
var util_diff = __webpack_require__(3918);
;// CONCATENATED MODULE: ./taskdef/normalize.ts



/** The fields RegisterTaskDefinition accepts, besides tags (compared on their own). */
const REGISTRABLE = [...limits/* TASK_DEFINITION_FIELDS */.G].filter((field) => field !== 'tags');
/** `1 vCPU` and `1024` are the same to ECS. */
function size(value) {
    if (value === undefined)
        return undefined;
    const vcpu = /^([\d.]+)\s*vcpu$/i.exec(value.trim());
    if (vcpu)
        return String(Number(vcpu[1]) * 1024);
    const gb = /^([\d.]+)\s*gb$/i.exec(value.trim());
    if (gb)
        return String(Number(gb[1]) * 1024);
    return value.trim();
}
function container(c) {
    const { cpu, essential, environment, secrets, ...rest } = c;
    const byName = (list) => [...(list ?? [])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    return {
        ...rest,
        // Defaults AWS fills in: cpu 0, essential true.
        ...(cpu ? { cpu } : {}),
        ...(essential === false ? { essential } : {}),
        environment: byName(environment),
        secrets: byName(secrets),
    };
}
function normalizeTaskDefinition(td) {
    const picked = {};
    for (const key of REGISTRABLE)
        picked[key] = td[key];
    picked.cpu = size(td.cpu);
    picked.memory = size(td.memory);
    picked.containerDefinitions = (td.containerDefinitions ?? []).map(container);
    picked.requiresCompatibilities = [...(td.requiresCompatibilities ?? [])].sort();
    return ((0,util_diff/* canonical */.$N)(picked) ?? {});
}
/** Tags as a map; the applied-schedule fingerprint is bookkeeping, not part of the definition. */
function normalizeTags(tags) {
    const out = {};
    for (const t of [...(tags ?? [])].sort((a, b) => String(a.key).localeCompare(String(b.key))))
        if (t.key !== names/* APPLIED_TAG */.zH)
            out[String(t.key)] = String(t.value ?? '');
    return out;
}

// EXTERNAL MODULE: ./util/concurrency.ts
var concurrency = __webpack_require__(5902);
// EXTERNAL MODULE: ./taskdef/shared.ts
var shared = __webpack_require__(5910);
// EXTERNAL MODULE: ./resources/kind.ts
var kind = __webpack_require__(9710);
;// CONCATENATED MODULE: ./resources/task-definitions.ts
/**
 * ECS task definitions: one family per job. A revision is registered only when the rendered one
 * differs from the latest ACTIVE revision; families this manifest no longer lists, and revisions
 * past `keep-revisions`, are deregistered.
 */










async function latestRevision(clients, family) {
    try {
        const out = await clients.ecs.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: family, include: ['TAGS'] }));
        const td = out.taskDefinition;
        return { arn: td.taskDefinitionArn, family, revision: td.revision, definition: td, tags: out.tags ?? [] };
    }
    catch (error) {
        // ECS answers ClientException when a family has no ACTIVE revision.
        if (error instanceof dist_cjs/* ClientException */.P6G)
            return undefined;
        throw error;
    }
}
/** The ACTIVE revisions before the latest, newest first, at most `count` (a rollback points at one of them). */
async function earlierRevisions(clients, family, count) {
    const arns = (await activeRevisions(clients, family)).slice(1, 1 + count);
    return (0,concurrency/* mapLimit */.s)(arns, kind/* READ_CONCURRENCY */.HJ, async (arn) => {
        const out = await clients.ecs.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: arn, include: ['TAGS'] }));
        const td = out.taskDefinition;
        return { arn: td.taskDefinitionArn, family, revision: td.revision, definition: td, tags: out.tags ?? [] };
    });
}
/** A family's ACTIVE revision ARNs, newest first. */
async function activeRevisions(clients, family) {
    const arns = [];
    const pages = (0,dist_cjs/* paginateListTaskDefinitions */.XPO)({ client: clients.ecs, pageSize: limits/* PAGE_SIZE */.md.ListTaskDefinitions }, { familyPrefix: family, status: 'ACTIVE', sort: 'DESC' });
    for await (const page of pages)
        arns.push(...(page.taskDefinitionArns ?? []));
    // familyPrefix is the exact family, but a defensive filter costs nothing.
    return arns.filter((arn) => arn.slice(arn.indexOf('/') + 1).replace(/:\d+$/, '') === family);
}
const owns = (td, prefix) => td.tags.some((t) => t.key === names/* OWNER_TAG */.FX && t.value === prefix);
const taskDefinitions = {
    kinds: ['task-definition'],
    async observe(clients, req) {
        const taskDefinitions = {};
        const desired = await (0,concurrency/* mapLimit */.s)(req.names, kind/* READ_CONCURRENCY */.HJ, (name) => latestRevision(clients, name));
        desired.forEach((td, i) => {
            if (td)
                taskDefinitions[req.names[i]] = td;
        });
        const families = [];
        const pages = (0,dist_cjs/* paginateListTaskDefinitionFamilies */.Wi5)({ client: clients.ecs, pageSize: limits/* PAGE_SIZE */.md.ListTaskDefinitionFamilies }, { familyPrefix: `${req.prefix}-`, status: 'ACTIVE' });
        for await (const page of pages)
            families.push(...(page.families ?? []));
        const others = families.filter((f) => !req.names.includes(f));
        const described = await (0,concurrency/* mapLimit */.s)(others, kind/* READ_CONCURRENCY */.HJ, (family) => latestRevision(clients, family));
        const ownedFamilies = [];
        for (const td of described) {
            if (td && owns(td, req.prefix)) {
                taskDefinitions[td.family] = td;
                ownedFamilies.push(td.family);
            }
        }
        for (const name of req.names)
            if (taskDefinitions[name] && owns(taskDefinitions[name], req.prefix))
                ownedFamilies.push(name);
        const needRevisions = [
            ...ownedFamilies.filter((f) => !req.names.includes(f)),
            ...(req.revisionsOfDesired ? req.names : []),
        ];
        const revisions = await (0,concurrency/* mapLimit */.s)(needRevisions, kind/* READ_CONCURRENCY */.HJ, (family) => activeRevisions(clients, family));
        const active = {};
        needRevisions.forEach((family, i) => (active[family] = revisions[i]));
        const earlier = {};
        if (req.earlierRevisions) {
            const present = req.names.filter((n) => taskDefinitions[n]);
            const read = await (0,concurrency/* mapLimit */.s)(present, kind/* READ_CONCURRENCY */.HJ, (f) => earlierRevisions(clients, f, req.earlierRevisions));
            present.forEach((family, i) => (earlier[family] = read[i]));
        }
        return {
            taskDefinitions,
            ownedFamilies,
            activeRevisions: active,
            ...(req.earlierRevisions ? { earlierRevisions: earlier } : {}),
        };
    },
    plan({ desired, observed }) {
        const knownArns = new Map();
        const changes = [];
        const conflicts = [];
        const { prefix } = desired;
        for (const d of desired.taskDefinitions) {
            const current = observed.taskDefinitions[d.family];
            if (current && normalizeTags(current.tags)[names/* OWNER_TAG */.FX] !== prefix) {
                conflicts.push(`task definition family ${d.family} exists but is not owned by this manifest (its latest ` +
                    `revision lacks the tag ${names/* OWNER_TAG */.FX}=${prefix}); rename the job, or tag the family's latest revision to adopt it`);
                continue;
            }
            const diff = current
                ? [
                    ...(0,util_diff/* diffValues */.In)(normalizeTaskDefinition(current.definition), normalizeTaskDefinition(d.input)),
                    ...(0,util_diff/* prefixedChanges */.bR)('tags', (0,util_diff/* diffValues */.In)(normalizeTags(current.tags), normalizeTags(d.input.tags))),
                ]
                : [];
            const base = {
                kind: 'task-definition',
                job: d.jobs[0],
                jobs: d.jobs,
                family: d.family,
                input: d.input,
            };
            // A rollback: an earlier revision that matches is pointed at again, and nothing is registered.
            const earlier = diff.length
                ? observed.earlierRevisions?.[d.family]?.find((e) => normalizeTags(e.tags)[names/* OWNER_TAG */.FX] === prefix &&
                    (0,util_diff/* diffValues */.In)(normalizeTaskDefinition(e.definition), normalizeTaskDefinition(d.input)).length === 0 &&
                    (0,util_diff/* diffValues */.In)(normalizeTags(e.tags), normalizeTags(d.input.tags)).length === 0)
                : undefined;
            if (earlier) {
                knownArns.set(d.family, earlier.arn);
                changes.push({
                    ...base,
                    action: 'unchanged',
                    current: { arn: earlier.arn, revision: earlier.revision },
                    diff: [],
                    reason: `revision ${earlier.revision} matches (an earlier one: nothing is registered)`,
                });
            }
            else if (current && diff.length === 0) {
                knownArns.set(d.family, current.arn);
                changes.push({
                    ...base,
                    action: 'unchanged',
                    current: { arn: current.arn, revision: current.revision },
                    diff,
                    reason: `revision ${current.revision} matches`,
                });
            }
            else {
                changes.push({
                    ...base,
                    input: withRegistrationFingerprints(d.input, desired.jobs.filter((j) => j.family === d.family)),
                    action: 'register',
                    ...(current ? { current: { arn: current.arn, revision: current.revision } } : {}),
                    diff,
                    reason: current
                        ? `revision ${current.revision} differs in ${diff.length} field${diff.length === 1 ? '' : 's'}`
                        : 'new family',
                });
            }
        }
        return { changes, conflicts, facts: { knownArns } };
    },
    iam({ desired, manifest, arn, write }) {
        const families = familyArns(desired.prefix, manifest.taskDefinitions === 'shared', arn);
        const reads = ['ecs:DescribeTaskDefinition', 'ecs:ListTaskDefinitionFamilies', 'ecs:ListTaskDefinitions'];
        if (!write)
            return (0,policy/* allow */.cw)(kind/* UNSCOPED_READS */._4, reads, ['*']);
        return [
            ...(0,policy/* allow */.cw)(kind/* UNSCOPED_READS */._4, reads, ['*']),
            ...(0,policy/* allow */.cw)('RegisterOwnTaskDefinitions', ['ecs:RegisterTaskDefinition'], ['*'], {
                StringEquals: { [`aws:RequestTag/${names/* OWNER_TAG */.FX}`]: desired.prefix },
            }),
            ...(0,policy/* allow */.cw)('TagTaskDefinitionsOnRegister', ['ecs:TagResource'], families, {
                StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' },
            }),
            // The fingerprint of what a schedule was last set to, on the revision it runs (drift detection).
            ...(0,policy/* allow */.cw)('RecordAppliedSchedules', ['ecs:TagResource'], families, {
                StringEquals: { [`aws:ResourceTag/${names/* OWNER_TAG */.FX}`]: desired.prefix },
                'ForAllValues:StringEquals': { 'aws:TagKeys': [names/* APPLIED_TAG */.zH] },
            }),
            ...(0,policy/* passRole */.mQ)('PassRoleToTasks', desired.taskDefinitions.flatMap((t) => [t.input.executionRoleArn, t.input.taskRoleArn]), 'ecs-tasks.amazonaws.com'),
        ];
    },
    phase: () => kind/* PHASE */.A9.taskDefinitions,
    async apply({ clients, registered }, c) {
        const out = await clients.ecs.send(new dist_cjs/* RegisterTaskDefinitionCommand */.$Hl(c.input));
        const arn = out.taskDefinition.taskDefinitionArn;
        registered(c.family, c.jobs, arn);
        return `revision ${revisionOf(arn)}`;
    },
};
/** A new revision carries the fingerprint of the schedule or rule that will run it (drift detection, no extra write). */
function withRegistrationFingerprints(input, jobs) {
    const tags = jobs.flatMap((j) => {
        const fingerprint = (0,applied/* registrationFingerprint */._O)(j);
        return fingerprint ? [{ key: names/* APPLIED_TAG */.zH, value: fingerprint }] : [];
    });
    return tags.length ? { ...input, tags: [...(input.tags ?? []), ...tags] } : input;
}
/**
 * The task definition ARNs of this manifest's families, as IAM sees them: `<prefix>-*` revisions (another environment's
 * `<prefix>-staging-*` too, which the ownership tag tells apart), and with shared task definitions the family without a
 * revision (schedules run the latest ACTIVE one).
 */
function familyArns(prefix, shared, arn) {
    return [
        arn('ecs', `task-definition/${prefix}-*:*`),
        ...(shared ? [arn('ecs', `task-definition/${prefix}-shared-*`)] : []),
    ];
}
function revisionOf(arn) {
    return Number(arn.slice(arn.lastIndexOf(':') + 1));
}
const taskDefinitionRevisions = {
    kinds: ['task-definition-revisions'],
    plan({ desired, observed, options, facts }) {
        const { knownArns } = facts;
        const changes = [];
        const prunable = [];
        // Families this manifest owns and no longer lists (after a switch of `taskDefinitions`, the other mode's).
        const desiredNames = new Set(desired.taskDefinitions.map((t) => t.family));
        for (const family of [...observed.ownedFamilies].sort()) {
            if (desiredNames.has(family))
                continue;
            const arns = observed.activeRevisions[family] ?? [];
            if (arns.length === 0)
                continue;
            if ((0,shared/* isSharedFamily */.U5)(desired.prefix, family)) {
                const reason = desired.taskDefinitions.some((t) => (0,shared/* isSharedFamily */.U5)(desired.prefix, t.family))
                    ? 'no job has this shape any more'
                    : 'the jobs run their own task definitions now (taskDefinitions: per-job)';
                prunable.push({ kind: 'task-definition-revisions', action: 'deregister', family, arns, reason });
                continue;
            }
            const job = (0,names/* jobFromResourceName */.fs)(desired.prefix, family);
            const reason = desired.jobs.some((d) => d.job.name === job)
                ? 'the job runs a shared task definition now (taskDefinitions: shared)'
                : job
                    ? 'job no longer in the manifest'
                    : 'no job runs it any more';
            prunable.push({
                kind: 'task-definition-revisions',
                action: 'deregister',
                family,
                ...(job ? { job } : {}),
                arns,
                reason,
            });
        }
        // Keep N revisions per family: deregister older ACTIVE ones, never one a schedule points at.
        if (options.keepRevisions === undefined)
            return { changes, prunable };
        for (const d of desired.taskDefinitions) {
            const registering = !knownArns.has(d.family);
            const revisions = observed.activeRevisions[d.family] ?? [];
            const keep = Math.max(0, options.keepRevisions - (registering ? 1 : 0));
            const pointed = knownArns.get(d.family);
            const old = revisions.slice(keep).filter((arn) => arn !== pointed);
            if (old.length)
                changes.push({
                    kind: 'task-definition-revisions',
                    action: 'deregister',
                    family: d.family,
                    job: d.jobs[0],
                    arns: old,
                    reason: `keep-revisions ${options.keepRevisions}`,
                });
        }
        return { changes, prunable };
    },
    // Keep-revisions cleanups come after the families pruned (both after every schedule moved off them).
    // DeregisterTaskDefinition takes no resource (the README says so).
    iam: ({ write }) => (write ? (0,policy/* allow */.cw)('DeregisterOldRevisions', ['ecs:DeregisterTaskDefinition'], ['*']) : []),
    phase: (c) => (c.reason.startsWith('keep-revisions') ? kind/* PHASE */.A9.oldRevisions + 1 : kind/* PHASE */.A9.oldRevisions),
    async apply({ clients }, c) {
        await (0,concurrency/* mapLimit */.s)(c.arns, kind/* WRITE_CONCURRENCY */.Qx, (arn) => clients.ecs.send(new dist_cjs/* DeregisterTaskDefinitionCommand */.sjB({ taskDefinition: arn })));
        return `${c.arns.length} revision(s)`;
    },
};


/***/ }),

/***/ 2252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ normalizeRuleTarget),
/* harmony export */   J4: () => (/* binding */ ruleInput),
/* harmony export */   YE: () => (/* binding */ normalizeRule),
/* harmony export */   i$: () => (/* binding */ ruleTarget),
/* harmony export */   nP: () => (/* binding */ normalizeSchedule),
/* harmony export */   ry: () => (/* binding */ RULE_TARGET_ID),
/* harmony export */   ye: () => (/* binding */ scheduleInput)
/* harmony export */ });
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3918);
/* harmony import */ var _ecs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5428);




/** The id of the one target ecs-batch puts on each of its rules. */
const RULE_TARGET_ID = 'ecs-batch';
function retryPolicy(job) {
    return {
        MaximumRetryAttempts: job.retryPolicy?.maximumRetryAttempts ?? _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumRetryAttempts,
        MaximumEventAgeInSeconds: job.retryPolicy?.maximumEventAgeInSeconds ?? _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumEventAgeInSeconds,
    };
}
/**
 * A schedule's target for a job: the universal RunTask target (its Input is the request, overrides and the scheduled
 * time included; the templated ECS target has no field for overrides), or a state machine.
 */
function scheduleTarget(job, prefix, target) {
    const common = {
        RoleArn: job.schedulerRoleArn,
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
    if (target.kind === 'state-machine')
        return { Arn: target.arn, ...common, Input: STATE_MACHINE_INPUT };
    return {
        Arn: _ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_TASK_TARGET */ .EY,
        ...common,
        Input: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .runTaskInput */ .dY)(job, prefix, target.clusterArn, target.taskDefinitionArn, target.overrides),
    };
}
/** A state machine target: StartExecution with the time the schedule was due (the definition holds the rest). */
const STATE_MACHINE_INPUT = JSON.stringify({ scheduledTime: _ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULER_SCHEDULED_TIME */ .iX });
/** The same for a rule: the scheduled event's `time`. */
const RULE_STATE_MACHINE_INPUT = { InputPathsMap: { time: '$.time' }, InputTemplate: '{"scheduledTime":<time>}' };
function scheduleInput(job, prefix, target) {
    const window = job.flexibleTimeWindowMinutes;
    return {
        Name: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(prefix, job.name),
        GroupName: prefix,
        ScheduleExpression: job.schedule.expression,
        ScheduleExpressionTimezone: job.timezone,
        ...(job.description ? { Description: job.description } : {}),
        State: job.enabled ? 'ENABLED' : 'DISABLED',
        FlexibleTimeWindow: window ? { Mode: 'FLEXIBLE', MaximumWindowInMinutes: window } : { Mode: 'OFF' },
        ActionAfterCompletion: 'NONE',
        Target: scheduleTarget(job, prefix, target),
    };
}
function ruleInput(job, prefix) {
    return {
        Name: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(prefix, job.name),
        ScheduleExpression: job.schedule.expression,
        State: job.enabled ? 'ENABLED' : 'DISABLED',
        ...(job.description ? { Description: job.description } : {}),
        Tags: [
            { Key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_TAG */ .FX, Value: prefix },
            { Key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_TAG */ .z2, Value: job.name },
        ],
    };
}
function ruleTarget(job, prefix, target) {
    return {
        Id: RULE_TARGET_ID,
        Arn: target.kind === 'ecs' ? target.clusterArn : target.arn,
        RoleArn: job.schedulerRoleArn,
        // A rule's ECS target reads its input as the task's overrides (documented for EventBridge ECS targets): made by an
        // InputTransformer, so the scheduled event's time reaches the job.
        ...(target.kind === 'ecs'
            ? {
                EcsParameters: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ecsParameters */ .uH)(job, target.taskDefinitionArn, prefix),
                InputTransformer: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleRunTaskInput */ .Xw)(job, target.overrides),
            }
            : { InputTransformer: RULE_STATE_MACHINE_INPUT }),
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
}
/** A schedule as input or as GetSchedule returns it, with AWS's defaults filled in. */
function normalizeSchedule(s) {
    const target = s.Target;
    const ecs = target?.EcsParameters;
    const iso = (d) => (d ? new Date(d).toISOString() : undefined);
    return (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({
        ScheduleExpression: s.ScheduleExpression,
        ScheduleExpressionTimezone: s.ScheduleExpressionTimezone ?? 'UTC',
        Description: s.Description,
        State: s.State ?? 'ENABLED',
        FlexibleTimeWindow: s.FlexibleTimeWindow,
        ActionAfterCompletion: s.ActionAfterCompletion ?? 'NONE',
        StartDate: iso(s.StartDate),
        EndDate: iso(s.EndDate),
        KmsKeyArn: s.KmsKeyArn,
        Target: target && {
            Arn: target.Arn,
            RoleArn: target.RoleArn,
            RetryPolicy: target.RetryPolicy ?? {
                MaximumRetryAttempts: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumRetryAttempts,
                MaximumEventAgeInSeconds: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumEventAgeInSeconds,
            },
            DeadLetterConfig: target.DeadLetterConfig,
            Input: (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .structuredInput */ .k_)(target.Input),
            EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
        },
    });
}
/** A rule target with EventBridge's defaults filled in. */
function normalizeRuleTarget(t) {
    if (!t)
        return undefined;
    const ecs = t.EcsParameters;
    return (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({
        ...t,
        Input: (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .structuredInput */ .k_)(t.Input),
        EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
    });
}
function normalizeRule(r) {
    return (r &&
        (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({ ScheduleExpression: r.ScheduleExpression, State: r.State ?? 'ENABLED', Description: r.Description }));
}


/***/ }),

/***/ 5902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ })

};
