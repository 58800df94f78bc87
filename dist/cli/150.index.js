export const id = 150;
export const ids = [150];
export const modules = {

/***/ 3150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bx: () => (/* binding */ Budgeted),
/* harmony export */   commentLimit: () => (/* binding */ commentLimit),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker)
/* harmony export */ });
/* unused harmony exports summaryLimit, workflowRunUrl */
/* harmony import */ var _util_github_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2107);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8335);
/** Markdown within GitHub's limits: lines kept while they fit, then what was left out and where the whole is. */


/** The first line of the sticky PR comment of a manifest prefix (how the comment is found again). */
function commentMarker(prefix) {
    return `<!-- ecs-batch:plan:${prefix} -->`;
}
/** A summary (and its copy in an output) within GitHub's limits: the smaller of a summary's and an output's. */
function summaryLimit(whole) {
    return { max: Math.min(STEP_SUMMARY_MAX_BYTES, STEP_OUTPUT_MAX_BYTES), unit: 'bytes', whole };
}
/** This workflow run's page, where its job summaries are (in a GitHub Actions job). */
function workflowRunUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
/** A comment body (after its marker line) within GitHub's limit; when cut, it points at the run's summary. */
function commentLimit(marker, runUrl = workflowRunUrl()) {
    const summary = runUrl ? (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .mdLink */ .YF)('the job summary of this run', runUrl) : 'the job summary of this run';
    return { max: _util_github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_BODY_MAX */ .Uq - marker.length - 1, unit: 'characters', whole: `the whole plan is in ${summary}` };
}
/** Lines added while they fit, then one line saying what was left out. */
class Budgeted {
    out = [];
    used = 0;
    limit;
    constructor(limit) {
        this.limit = limit;
    }
    /** What the closing notes need: kept free until the end. */
    static RESERVE = 2_000;
    push(...lines) {
        for (const line of lines) {
            this.out.push(line);
            this.used += (this.limit?.size(line) ?? 0) + 1;
        }
    }
    fits(lines) {
        if (!this.limit)
            return true;
        const more = lines.reduce((n, l) => n + this.limit.size(l) + 1, 0);
        return this.used + more <= this.limit.max - Budgeted.RESERVE;
    }
    /** Adds items' lines in order while they fit; returns how many were left out. */
    items(items, linesOf) {
        for (let i = 0; i < items.length; i++) {
            const lines = linesOf(items[i]);
            if (!this.fits(lines))
                return items.length - i;
            this.push(...lines);
        }
        return 0;
    }
    leftOut(count, what) {
        if (count)
            this.push(`*…and ${count} more ${what}; ${this.limit?.whole ?? 'see the whole plan'}.*`, '');
    }
    text() {
        return this.out.join('\n');
    }
}


/***/ }),

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ sizeIn),
/* harmony export */   Uq: () => (/* binding */ COMMENT_BODY_MAX)
/* harmony export */ });
/* unused harmony exports STEP_SUMMARY_MAX_BYTES, STEP_OUTPUT_MAX_BYTES */
/** What GitHub accepts from a step: past these, it refuses the write (or cuts it), so every writer fits within them. */
/** An issue or pull request comment's body, in characters (GitHub answers 422 past it). */
const COMMENT_BODY_MAX = 65_536;
/** A step's job summary, in bytes (1 MiB; past it the summary is not shown). */
const STEP_SUMMARY_MAX_BYTES = 1_048_576;
/** One step output, in bytes ("a maximum of 1 MB"). */
const STEP_OUTPUT_MAX_BYTES = 1_000_000;
/** A text's size as GitHub counts it for a limit: characters for a comment, bytes for a summary or an output. */
const sizeIn = (unit) => unit === 'bytes' ? (text) => Buffer.byteLength(text, 'utf8') : (text) => text.length;


/***/ })

};
