export const id = 327;
export const ids = [327];
export const modules = {

/***/ 4327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolvedJobsYaml: () => (/* binding */ resolvedJobsYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6637);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4564);
/* harmony import */ var _util_yaml_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3612);
/** `validate --show-resolved`: each job as it resolves, so what an environment inherits is plain to see. */



/** The settings of every job after defaults and the environment overlay; plain values that look secret are hidden. */
function resolvedJobsYaml(manifest) {
    const jobs = Object.fromEntries(manifest.jobs.map((job) => {
        const { schedule: _schedule, baseTaskDefinition: _base, environment, ...rest } = job;
        const shown = Object.fromEntries(Object.entries(environment ?? {}).map(([k, v]) => [
            k,
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .eh)(k) || (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .looksSecretValue */ .Wg)(String(v)) ? _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .HIDDEN */ .RG : (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(String(v)),
        ]));
        return [job.name, { ...rest, ...(environment ? { environment: shown } : {}) }];
    }));
    const heading = manifest.environment ? `environment ${manifest.environment}` : 'the base manifest';
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo({ resolved: heading, prefix: manifest.prefix, cluster: manifest.cluster, jobs });
    return (0,_util_yaml_text_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlText */ .p)(doc, { lineWidth: 0 });
}


/***/ }),

/***/ 3612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ yamlText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6637);
/** YAML the project writes for people to commit: readable by every YAML reader the same way. */

/**
 * Characters a YAML 1.1 reader (PyYAML, libyaml-based tools) takes as line breaks (U+0085, U+2028, U+2029), and the
 * other C1 controls: never written raw. A string holding one is double-quoted, and the character escaped in it.
 */
const UNSAFE = /[\u0080-\u009f\u2028\u2029]/g;
function yamlText(doc, options = {}) {
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_key, node) {
            if (typeof node.value === 'string' && new RegExp(UNSAFE.source).test(node.value))
                node.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE;
        },
    });
    // Outside double-quoted strings only comments could hold one, and the writers fold those to spaces first.
    return doc.toString(options).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ })

};
