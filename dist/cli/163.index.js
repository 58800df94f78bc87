export const id = 163;
export const ids = [163,430];
export const modules = {

/***/ 5163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   init: () => (/* binding */ init)
/* harmony export */ });
/* unused harmony export starterManifest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _manifest_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8588);
/* harmony import */ var _util_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1430);
/**
 * `ecs-batch init`: a starter manifest (with its JSON Schema for editor completion) and the
 * example workflows, never overwriting a file that exists.
 */






/** The jobs of the starter manifest; the rerun workflow's job list is made to match. */
const STARTER_JOBS = ['daily-aggregate', 'sweep'];
function starterManifest(project, cluster) {
    return `# yaml-language-server: $schema=${_manifest_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_URL */ .cZ}
# Every scheduled job of this repository. \`ecs-batch validate\` checks it; the README lists every key.
$schema: ${_manifest_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_URL */ .cZ}
version: 1
project: ${project}                # prefix of every AWS name, and the ownership tag
cluster: ${cluster}                # SET ME: the ECS cluster the jobs run on
image:
  repository: ${project}-batch     # the ECR repository (created on the first deploy)
defaults:
  timezone: UTC                 # an IANA name, e.g. Asia/Tokyo
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole  # SET ME
  schedulerRoleArn: arn:aws:iam::123456789012:role/ecs-batch-invoke      # SET ME: ecs-batch iam-policy --for scheduler
  network:
    subnets: [subnet-0123456789abcdef0]  # SET ME
    securityGroups: [sg-0123456789abcdef0]  # SET ME
  logs:
    group: /ecs-batch/${project}
    retentionDays: 30
  # EC2 cluster instead of Fargate? Use launchType: EC2 (or capacityProviderStrategy), networkMode: bridge,
  # drop network, and spread tasks: placementStrategy: [{ type: spread, field: "attribute:ecs.availability-zone" }]
jobs:
  ${STARTER_JOBS[0]}:
    description: Aggregate yesterday's events
    schedule: cron(0 0 * * ? *)     # AWS cron; a quoted unix line such as "0 0 * * *" works too
    command: [php, artisan, aggregate:daily]
  ${STARTER_JOBS[1]}:
    description: Sweep the queue
    schedule: rate(10 minutes)
    command: [php, artisan, queue:sweep]
# environments:
#   staging:
#     cluster: batch-staging
#     defaults:
#       logs: { group: /ecs-batch/${project}-staging }
`;
}
function examplesDir() {
    // From src/cli/ or from the bundle in dist/cli/, the examples are two levels up.
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), '../../examples/workflows');
}
function writeNew(path, text, result) {
    if ((0,_util_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeNewFile */ .S0)(path, text) === 'exists')
        result.kept.push(path);
    else
        result.written.push(path);
}
function init(options) {
    const result = { written: [], kept: [] };
    const project = options.project ??
        ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)('.'))
            .toLowerCase()
            .replace(/[^a-z0-9_-]+/g, '-')
            .replace(/^[^a-z0-9]+/, '') ||
            'myapp');
    writeNew(options.manifest, starterManifest(project, options.cluster ?? 'batch'), result);
    if (options.workflowsDir) {
        for (const name of ['deploy.yml', 'pr.yml', 'rerun.yml', 'validate.yml']) {
            let text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(examplesDir(), name), 'utf8').replace(/manifest: ecs-batch\.yml/g, `manifest: ${options.manifest}`);
            // The rerun picker lists the starter's jobs, so validate finds it in step with the manifest.
            if (name === 'rerun.yml')
                text = text.replace(/( {8}options:\n)(?: {10}- .*\n)+/, `$1${STARTER_JOBS.map((j) => `          - ${j}\n`).join('')}`);
            writeNew((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.workflowsDir, `ecs-batch-${name}`), text, result);
        }
    }
    return result;
}


/***/ }),

/***/ 1430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   replaceFile: () => (/* binding */ replaceFile),
/* harmony export */   wP: () => (/* binding */ isSymlink)
/* harmony export */ });
/* unused harmony export UnsafePathError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Writing files a user names, without following a symlink an attacker (a repository's contents) may have planted: a
 * symlinked directory on the way, or a symlink where the file goes, is refused.
 */



class UnsafePathError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsafePathError';
    }
}
/** The directories of `path` that exist, from `root` (the working directory) down: none may be a symlink. */
function refuseSymlinkedDirectories(path, root = process.cwd()) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target));
    if (fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(fromRoot))
        return;
    let dir = root;
    for (const part of fromRoot.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, part);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && !isSymlink(dir))
            return;
        if (isSymlink(dir))
            throw new UnsafePathError(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, dir)} is a symbolic link: not written through it`);
    }
}
function isSymlink(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Writes a file that must not exist yet ('exists' when it does: never overwritten, never followed). */
function writeNewFile(path, text) {
    refuseSymlinkedDirectories(path);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || isSymlink(path))
        return 'exists';
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text, { flag: 'wx' });
    return 'written';
}
/** Replaces a file's content atomically (a temporary file, then rename), refusing a symlink in its place. */
function replaceFile(path, text) {
    if (isSymlink(path))
        throw new UnsafePathError(`${path} is a symbolic link: not written through it`);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.tmp`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text, { flag: 'wx' });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** The repository a file is in: the nearest folder above it that holds `.git`, else the file's own folder. */
function repositoryRoot(file) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file));
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
            return start;
    }
}
/** Whether `path`, with every symlink resolved, is inside `root` (also resolved). */
function isInside(path, root) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return true; // a missing file is reported as missing, where it was meant to be
    }
    const base = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    return real === base || real.startsWith(base.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? base : `${base}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
}


/***/ })

};
