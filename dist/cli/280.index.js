export const id = 280;
export const ids = [280];
export const modules = {

/***/ 727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lw: () => (/* binding */ NEW_REVISION),
/* harmony export */   m9: () => (/* binding */ changeName),
/* harmony export */   ry: () => (/* binding */ RULE_TARGET_ID),
/* harmony export */   uV: () => (/* binding */ reasonText)
/* harmony export */ });
/* unused harmony export isWrite */
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3918);

/** Stands for the task definition revision a deploy registers, until apply knows its ARN. */
const NEW_REVISION = '(new revision)';
/** The id of the one target ecs-batch puts on each of its rules. */
const RULE_TARGET_ID = 'ecs-batch';
function reasonText(reason, options = {}) {
    return typeof reason === 'string' ? reason : `${reason.resource} ${(0,_util_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .describeChange */ .uQ)(reason.change, options)}`;
}
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
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(727);

/** One progress line per applied change, for logs. */
function describeProgress(event) {
    const c = event.change;
    const name = (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_0__/* .changeName */ .m9)(c);
    const mark = event.status === 'done' ? '✓' : '✗';
    return `${mark} ${c.action} ${c.kind} ${name}${event.detail ? `: ${event.detail}` : ''}`;
}


/***/ }),

/***/ 3037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ pascalKeys),
/* harmony export */   R: () => (/* binding */ camelKeys)
/* harmony export */ });
/**
 * Key spelling between the ECS API (camelCase members) and the places that take the same request
 * in PascalCase: Step Functions' ECS integration and EventBridge Scheduler's universal targets.
 */
const upper = (k) => k.charAt(0).toUpperCase() + k.slice(1);
const lower = (k) => k.charAt(0).toLowerCase() + k.slice(1);
function rekey(value, spell) {
    if (Array.isArray(value))
        return value.map((v) => rekey(v, spell));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [spell(k), rekey(v, spell)]));
    return value;
}
/** Every key, all the way down, with its first letter upper-cased (values untouched). */
const pascalKeys = (value) => rekey(value, upper);
/** Every key, all the way down, with its first letter lower-cased (values untouched). */
const camelKeys = (value) => rekey(value, lower);


/***/ }),

/***/ 3918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   In: () => (/* binding */ diffValues),
/* harmony export */   bR: () => (/* binding */ prefixedChanges),
/* harmony export */   k_: () => (/* binding */ structuredInput),
/* harmony export */   uQ: () => (/* binding */ describeChange)
/* harmony export */ });
/* harmony import */ var _report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(165);
/* harmony import */ var _case_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3037);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4564);
/** Canonical forms and field-level differences of JSON-like values, for plans that show what changes. */



/** Drops undefined/null, empty lists and empty objects, and orders object keys: equal meaning, equal form. */
function canonical(value) {
    if (Array.isArray(value)) {
        const items = value.map(canonical).filter((v) => v !== undefined);
        return items.length ? items : undefined;
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = canonical(value[key]);
            if (v !== undefined)
                out[key] = v;
        }
        return Object.keys(out).length ? out : undefined;
    }
    return value === null ? undefined : value;
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Lists of named things (containers, variables) are compared by name, not position. */
function namedList(v) {
    if (!Array.isArray(v) || v.length === 0 || !v.every((item) => isObject(item) && typeof item.name === 'string'))
        return undefined;
    const names = v.map((item) => item.name);
    if (new Set(names).size !== names.length)
        return undefined;
    return new Map(v.map((item) => [item.name, item]));
}
/** The same changes under a parent path (`Target` + `Arn` = `Target.Arn`). */
function prefixedChanges(prefix, changes) {
    return changes.map((c) => ({ ...c, path: `${prefix}.${c.path}` }));
}
/** Differences between two canonical values, as paths like `containerDefinitions[main].image`. */
function diffValues(before, after, path = '') {
    if (JSON.stringify(before) === JSON.stringify(after))
        return [];
    if (isObject(before) && isObject(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
    }
    const a = namedList(before);
    const b = namedList(after);
    if (a && b) {
        const names = [...new Set([...a.keys(), ...b.keys()])];
        return names.flatMap((n) => diffValues(a.get(n), b.get(n), `${path}[${n}]`));
    }
    return [{ path, before, after }];
}
/**
 * A target Input as the structure it carries (RunTask overrides, or a whole RunTask request in
 * either spelling), so a diff names the field that changed and an environment value in it is
 * shown by the same rule as everywhere else (fingerprinted), never as one long JSON string.
 */
function structuredInput(input) {
    if (input === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(input);
        // `{}` (a state machine's start) stays as written: fingerprints recorded before this read it so.
        return parsed && typeof parsed === 'object' && Object.keys(parsed).length ? (0,_case_js__WEBPACK_IMPORTED_MODULE_2__/* .camelKeys */ .R)(parsed) : input;
    }
    catch {
        return input;
    }
}
/**
 * A change as `path: before → after` (or, for long values, `path:` then `- before` and `+ after`
 * on lines of their own). Values are whole, strings JSON-quoted (no newline of a value escapes
 * its line), secrets hidden by name and shape, environment values fingerprinted.
 */
function describeChange(change, options = {}) {
    const variable = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentVariableOf */ .Nr)(change.path);
    if (variable !== undefined && (!options.showValues || (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .eh)(variable))) {
        return `${change.path}: ${fingerprintChange(change.before, change.after)}`;
    }
    if (/(^|\.)environment$/.test(change.path) && (Array.isArray(change.before) || Array.isArray(change.after))) {
        return `${change.path}: ${describeVariables(change.before, change.after, options)}`;
    }
    const before = show(change.before);
    const after = show(change.after);
    // Long values get a line each (as a unified diff would), whole: never cut.
    if (before.length + after.length > LONG_VALUE)
        return `${change.path}:\n- ${before}\n+ ${after}`;
    return `${change.path}: ${before} → ${after}`;
}
/** Past this many characters, the two sides of a change go on lines of their own. */
const LONG_VALUE = 120;
function valueOf(entry) {
    const v = entry?.value;
    return typeof v === 'string' ? v : JSON.stringify(v ?? null);
}
function fingerprintChange(before, after) {
    const b = before === undefined ? undefined : typeof before === 'string' ? before : JSON.stringify(before);
    const a = after === undefined ? undefined : typeof after === 'string' ? after : JSON.stringify(after);
    if (b === undefined)
        return `added (value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a ?? '')})`;
    if (a === undefined)
        return 'removed';
    return `changed (value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(b)} → ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a)})`;
}
/** A whole environment list added or removed: the variables' names, each value fingerprinted or shown. */
function describeVariables(before, after, options) {
    const named = (list) => new Map((Array.isArray(list) ? list : []).map((e) => [String(e.name), valueOf(e)]));
    const b = named(before);
    const a = named(after);
    const parts = [];
    for (const name of [...new Set([...b.keys(), ...a.keys()])].sort()) {
        const hide = !options.showValues || (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .eh)(name);
        if (!a.has(name))
            parts.push(`${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} removed`);
        else if (!b.has(name))
            parts.push(`${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} added (${hide ? `value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a.get(name))}` : (0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.get(name)))})`);
        else if (a.get(name) !== b.get(name))
            parts.push(`${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} changed (${hide ? `value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(b.get(name))} → ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a.get(name))}` : `${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(b.get(name)))} → ${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.get(name)))}`})`);
    }
    return parts.join(', ') || '(no variable changed)';
}
function show(value) {
    if (value === undefined)
        return '(none)';
    const safe = Array.isArray(value) && value.every((v) => typeof v === 'string') ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactArgv */ .Qu)(value) : value;
    const text = typeof safe === 'string' ? (0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(safe)) : (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)((0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(safe));
    // Image references: the ECR host is the same on both sides and the digest's head is enough.
    return text
        .replace(/\b\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com\//g, '')
        .replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…');
}


/***/ })

};
