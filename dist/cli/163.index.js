export const id = 163;
export const ids = [163];
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
/* harmony import */ var _manifest_defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8588);
/**
 * `ecs-batch init`: a starter manifest (with its JSON Schema for editor completion) and the
 * example workflows, never overwriting a file that exists.
 */





/** The jobs of the starter manifest; the rerun workflow's job list is made to match. */
const STARTER_JOBS = ['daily-aggregate', 'sweep'];
function starterManifest(project, cluster) {
    return `# yaml-language-server: $schema=${_manifest_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_URL */ .cZ}
# Every scheduled job of this repository. \`ecs-batch validate\` checks it; the README lists every key.
$schema: ${_manifest_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_URL */ .cZ}
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
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        result.kept.push(path);
        return;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text, { flag: 'wx' });
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


/***/ })

};
