export const id = 918;
export const ids = [918];
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


/***/ })

};
