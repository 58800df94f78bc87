export const id = 280;
export const ids = [280];
export const modules = {

/***/ 9206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m9: () => (/* binding */ changeName),
  uV: () => (/* reexport */ reasonText)
});

// UNUSED EXPORTS: NEW_REVISION, RULE_TARGET_ID, isWrite

// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./targets/schedule.ts
var schedule = __webpack_require__(2252);
// EXTERNAL MODULE: ./util/diff.ts
var diff = __webpack_require__(3918);
;// CONCATENATED MODULE: ./model/change.ts
/** What every change and every job plan share, whatever the kind of resource. */

function reasonText(reason, options = {}) {
    return typeof reason === 'string' ? reason : `${reason.resource} ${(0,diff/* describeChange */.uQ)(reason.change, options)}`;
}

;// CONCATENATED MODULE: ./plan/types.ts



/** The resource a change is about: a family for task definitions, a name otherwise. */
function changeName(c) {
    return c.kind === 'task-definition' || c.kind === 'task-definition-revisions' ? c.family : c.name;
}
function isWrite(change) {
    return change.action !== 'unchanged';
}


/***/ }),

/***/ 8280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeProgress: () => (/* binding */ describeProgress)
/* harmony export */ });
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9206);

/** One progress line per applied change, for logs. */
function describeProgress(event) {
    const c = event.change;
    const name = (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_0__/* .changeName */ .m9)(c);
    const mark = event.status === 'done' ? '✓' : '✗';
    return `${mark} ${c.action} ${c.kind} ${name}${event.detail ? `: ${event.detail}` : ''}`;
}


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


/***/ })

};
