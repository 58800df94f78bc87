export const id = 639;
export const ids = [639];
export const modules = {

/***/ 9639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withWorkflowChecks: () => (/* binding */ withWorkflowChecks)
/* harmony export */ });
/* unused harmony export checkRerunWorkflows */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8588);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6637);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5974);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(563);
/* harmony import */ var _manifest_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1908);
/**
 * Rerun workflows offer jobs in a `choice` list; when the manifest changes, the list goes stale.
 * This finds workflow_dispatch choice inputs that feed the run action's `job` and compares them.
 */







const RUN_ACTION = /(^|\/)actions\/run(@|$)/;
function get(node, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
        return undefined;
    return node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key)?.value;
}
/** Warnings for every workflow in `dir` whose job choices differ from the manifest's jobs. */
function checkRerunWorkflows(dir, jobs, manifestFile = _manifest_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MANIFEST */ .mj) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    const out = [];
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        let text;
        try {
            text = (0,_util_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoundedTextFile */ .EM)(file, _util_files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_WORKFLOW_BYTES */ .lp);
        }
        catch {
            continue; // Not a workflow we can read: nothing to compare.
        }
        const { source, problems } = (0,_manifest_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(text);
        if (problems.length)
            continue;
        out.push(...checkWorkflow(file, source, jobs, manifestFile));
    }
    return out;
}
/** Whether a run step's `manifest:` (default ecs-batch.yml; an expression could be any) names this manifest. */
function sameManifest(given, manifestFile) {
    const named = given === undefined || given === null || given === '' ? _manifest_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MANIFEST */ .mj : String(given);
    if (named.includes('${{'))
        return true;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(named) === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(manifestFile)));
}
function checkWorkflow(file, source, jobs, manifestFile) {
    const data = (0,_manifest_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .documentValue */ .H5)(source);
    if ('problem' in data)
        return [];
    const doc = data.value;
    if (!doc || typeof doc !== 'object')
        return [];
    // Which workflow_dispatch inputs feed the run action's `job`?
    const fed = new Set();
    // An input that also feeds another manifest's run step offers that manifest's jobs too.
    const alsoOthers = new Set();
    for (const job of Object.values(doc.jobs ?? {})) {
        for (const step of job?.steps ?? []) {
            if (!step?.uses || !RUN_ACTION.test(step.uses))
                continue;
            const m = /\$\{\{\s*(?:github\.event\.)?inputs\.([\w-]+)\s*\}\}/.exec(String(step.with?.job ?? ''));
            if (!m)
                continue;
            if (sameManifest(step.with?.manifest, manifestFile))
                fed.add(m[1]);
            else
                alsoOthers.add(m[1]);
        }
    }
    const inputs = get(get(get(source.document.contents, 'on'), 'workflow_dispatch'), 'inputs');
    const out = [];
    const warn = (node, path, message) => {
        const at = source.position(node?.range?.[0] ?? 0);
        out.push({ severity: 'warning', message, file, line: at.line, column: at.column, path });
    };
    for (const input of fed) {
        const options = get(get(inputs, input), 'options');
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(options))
            continue;
        const offered = [];
        options.items.forEach((item, i) => {
            const value = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item) ? String(item.value) : '';
            offered.push(value);
            if (!jobs.includes(value) && !alsoOthers.has(input)) {
                warn(item, `on.workflow_dispatch.inputs.${input}.options.${i}`, `job '${value}' is offered here but the manifest has no such job${(0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(value, jobs)}`);
            }
        });
        const missing = jobs.filter((j) => !offered.includes(j));
        if (missing.length) {
            warn(options, `on.workflow_dispatch.inputs.${input}.options`, `jobs not offered for a rerun here: ${missing.join(', ')} (add them to the options)`);
        }
    }
    return out;
}
/** The default place for workflows, relative to where the check runs (the repository root in CI). */

/** Adds the rerun-workflow warnings to a load result (they never make it invalid). */
function withWorkflowChecks(result, dir, manifestFile = _manifest_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MANIFEST */ .mj) {
    if (!result.manifest)
        return result;
    const extra = checkRerunWorkflows(dir, result.manifest.jobs.map((j) => j.name), manifestFile);
    return extra.length ? { ...result, diagnostics: [...result.diagnostics, ...extra] } : result;
}


/***/ })

};
