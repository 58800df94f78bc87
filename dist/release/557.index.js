export const id = 557;
export const ids = [557];
export const modules = {

/***/ 1557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflight: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5447);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(7543);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(1258);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var client_secrets_manager_dist_cjs = __webpack_require__(4572);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(1686);
;// CONCATENATED MODULE: ./aws/ecr-lifecycle.ts
/**
 * Which images an ECR lifecycle policy expires, by AWS's documented evaluation rules: rules in rulePriority order
 * (lowest first); `tagged` selects images with every tagPrefixList prefix (or tagPatternList pattern, `*` a wildcard)
 * in their tags, `untagged` those with none, `any` all; imageCountMoreThan keeps the newest N pushed of what a rule
 * selects (counting those a higher rule already expires), sinceImagePushed expires those older than N days; an image
 * a rule selects cannot be expired by a lower-priority rule, and no image is expired by two. Pure.
 */
const DAY_MS = 86_400_000;
function glob(pattern) {
    return new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
}
function selects(rule, image) {
    const { tagStatus, tagPrefixList, tagPatternList } = rule.selection;
    if (tagStatus === 'any')
        return true;
    if (tagStatus === 'untagged')
        return image.tags.length === 0;
    if (!image.tags.length)
        return false;
    if (tagPatternList?.length)
        return tagPatternList.every((p) => image.tags.some((t) => glob(p).test(t)));
    return (tagPrefixList ?? []).every((p) => image.tags.some((t) => t.startsWith(p)));
}
/** The rules in the order AWS applies them; undefined when the text is not a policy ECR would hold. */
function lifecycleRules(policyText) {
    let parsed;
    try {
        parsed = JSON.parse(policyText);
    }
    catch {
        return undefined;
    }
    const rules = Array.isArray(parsed.rules) ? parsed.rules : [];
    const valid = (r) => typeof r.rulePriority === 'number' &&
        ['tagged', 'untagged', 'any'].includes(String(r.selection?.tagStatus)) &&
        ['imageCountMoreThan', 'sinceImagePushed'].includes(String(r.selection?.countType)) &&
        typeof r.selection?.countNumber === 'number';
    if (!rules.every(valid))
        return undefined;
    return [...rules].sort((a, b) => a.rulePriority - b.rulePriority);
}
/** Each image the policy would expire now, with the rule that expires it; undefined for a policy it cannot read. */
function expiredImages(policyText, images, now) {
    const rules = lifecycleRules(policyText);
    if (!rules)
        return undefined;
    const expired = new Map();
    const claimed = new Set();
    for (const rule of rules) {
        if ((rule.action?.type ?? 'expire') !== 'expire')
            continue;
        const selected = images.filter((i) => selects(rule, i));
        const { countType, countNumber } = rule.selection;
        const expiring = countType === 'imageCountMoreThan'
            ? [...selected].sort((a, b) => b.pushedAt - a.pushedAt).slice(countNumber)
            : selected.filter((i) => i.pushedAt < now - countNumber * DAY_MS);
        for (const image of expiring)
            if (!claimed.has(image.digest) && !expired.has(image.digest))
                expired.set(image.digest, rule);
        for (const image of selected)
            claimed.add(image.digest);
    }
    return expired;
}

// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
;// CONCATENATED MODULE: ./aws/trust.ts
/**
 * Whether a role's trust policy lets an AWS service assume it, read the way IAM reads it: an Allow statement for
 * sts:AssumeRole whose principal names the service, and no Deny that matches. A statement with conditions is not
 * guessed at: it is reported as conditional, with its conditions as written. Pure.
 */
const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** IAM returns the document URL-encoded; a test or a hand-made role may hold it as plain JSON. */
function parseDocument(document) {
    const text = document.trim().startsWith('{') ? document : decodeURIComponent(document);
    const parsed = JSON.parse(text);
    return parsed.Statement === undefined ? [] : Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
}
const assumes = (s) => asList(s.Action).some((a) => a === '*' || a.toLowerCase() === 'sts:*' || a.toLowerCase() === 'sts:assumerole');
const services = (s) => (typeof s.Principal === 'object' ? asList(s.Principal.Service) : []);
const names = (s, service) => s.Principal === '*' ||
    (typeof s.Principal === 'object' && asList(s.Principal.AWS).includes('*')) ||
    services(s).includes(service);
function trustFor(document, service) {
    let statements;
    try {
        statements = parseDocument(document);
    }
    catch {
        return { trusted: false, services: [] };
    }
    const matching = statements.filter((s) => assumes(s) && names(s, service));
    if (matching.some((s) => s.Effect === 'Deny' && !s.Condition))
        return { trusted: false, services: [] };
    const allows = matching.filter((s) => s.Effect === 'Allow');
    if (allows.some((s) => !s.Condition))
        return { trusted: true };
    if (allows.length)
        return { trusted: 'conditional', conditions: JSON.stringify(allows[0].Condition) };
    return {
        trusted: false,
        services: [...new Set(statements.filter((s) => s.Effect === 'Allow' && assumes(s)).flatMap(services))],
    };
}

// EXTERNAL MODULE: ./aws/arn.ts
var arn = __webpack_require__(8733);
// EXTERNAL MODULE: ./util/concurrency.ts
var concurrency = __webpack_require__(5902);
;// CONCATENATED MODULE: ./plan/preflight.ts
/**
 * Pre-flight: read-only checks that the first run of every job can start, for reasons visible at merge time. The
 * cluster has the capacity providers the jobs name; the subnets and security groups exist, each job's in one VPC;
 * each role exists and trusts the service that uses it; each secret exists (never a read of its value); and no image
 * the jobs run (the new one, or one a live task definition pins) is expired by the repository's lifecycle policy.
 * A check whose read is denied is skipped with a notice: the plan role may not have it.
 */











const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedException']);
const isDenied = (e) => e instanceof Error &&
    (DENIED.has(e.name) || e.$metadata?.httpStatusCode === 403);
const chunks = (items, size) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const unique = (values) => [...new Set(values.filter((v) => Boolean(v)))];
/** Capacity providers a strategy (or spotFallback) names must be attached to the cluster; EC2 needs instances. */
const checkCluster = async (clients, manifest, ctx, out) => {
    out.reads++;
    const cluster = (await clients.ecs.send(new dist_cjs/* DescribeClustersCommand */._2_({ clusters: [ctx.clusterArn] }))).clusters?.[0];
    if (!cluster)
        return;
    const attached = new Set(cluster.capacityProviders ?? []);
    for (const job of manifest.jobs) {
        const named = [...(job.capacityProviderStrategy ?? []).map((p) => p.capacityProvider), job.spotFallback];
        for (const provider of unique(named).filter((p) => !attached.has(p)))
            out.problems.push({
                severity: 'error',
                job: job.name,
                key: job.spotFallback === provider ? ['spotFallback'] : ['capacityProviderStrategy'],
                message: `capacity provider ${provider} is not attached to cluster ${manifest.cluster} ` +
                    `(it has: ${[...attached].join(', ') || 'none'}): attach it (PutClusterCapacityProviders), or name one it has`,
            });
    }
    if (manifest.jobs.some((j) => j.launchType === 'EC2') && !cluster.registeredContainerInstancesCount)
        out.problems.push({
            severity: 'warning',
            job: manifest.jobs.find((j) => j.launchType === 'EC2').name,
            key: ['launchType'],
            message: `cluster ${manifest.cluster} has no container instances: an EC2 job cannot be placed until it has`,
        });
};
/** Subnets and security groups exist, and a job's are in one VPC (read by filter: missing ids are not an error). */
const checkNetwork = async (clients, manifest, _ctx, out) => {
    const jobs = manifest.jobs.filter((j) => j.network);
    const subnetIds = unique(jobs.flatMap((j) => j.network?.subnets ?? []));
    const groupIds = unique(jobs.flatMap((j) => j.network?.securityGroups ?? []));
    const vpcOf = new Map();
    const publicOnLaunch = new Set();
    for (const ids of chunks(subnetIds, limits/* EC2_FILTER_VALUES_MAX */.e9)) {
        out.reads++;
        const page = await (await clients.preflight()).ec2.send(new client_ec2_dist_cjs.DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: ids }] }));
        for (const s of page.Subnets ?? []) {
            if (s.SubnetId && s.VpcId)
                vpcOf.set(s.SubnetId, s.VpcId);
            if (s.SubnetId && s.MapPublicIpOnLaunch)
                publicOnLaunch.add(s.SubnetId);
        }
    }
    for (const ids of chunks(groupIds, limits/* EC2_FILTER_VALUES_MAX */.e9)) {
        out.reads++;
        const page = await (await clients.preflight()).ec2.send(new client_ec2_dist_cjs.DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: ids }] }));
        for (const g of page.SecurityGroups ?? [])
            if (g.GroupId && g.VpcId)
                vpcOf.set(g.GroupId, g.VpcId);
    }
    for (const job of jobs) {
        const net = job.network;
        for (const [key, ids, what] of [
            ['subnets', net.subnets ?? [], 'subnet'],
            ['securityGroups', net.securityGroups ?? [], 'security group'],
        ])
            for (const id of ids.filter((i) => !vpcOf.has(i)))
                out.problems.push({
                    severity: 'error',
                    job: job.name,
                    key: ['network', key],
                    message: `${what} ${id} does not exist in this account and region: fix the id, or create it`,
                });
        const privateSubnets = (net.subnets ?? []).filter((s) => vpcOf.has(s) && !publicOnLaunch.has(s));
        if (net.assignPublicIp === 'ENABLED' && privateSubnets.length)
            out.problems.push({
                severity: 'warning',
                job: job.name,
                key: ['network', 'assignPublicIp'],
                message: `assignPublicIp is ENABLED, and subnet ${privateSubnets.join(', ')} does not give public IPs on launch ` +
                    '(a private subnet?): the task reaches the internet (and pulls its image) only if the route table has an ' +
                    'internet gateway; in a private subnet, use DISABLED and a NAT gateway or VPC endpoints',
            });
        const subnetVpcs = unique((net.subnets ?? []).map((s) => vpcOf.get(s)));
        const home = subnetVpcs[0];
        if (subnetVpcs.length > 1)
            out.problems.push({
                severity: 'error',
                job: job.name,
                key: ['network', 'subnets'],
                message: `the subnets are in ${subnetVpcs.length} VPCs (${subnetVpcs.join(', ')}): a task's subnets share one`,
            });
        for (const id of net.securityGroups ?? []) {
            const vpc = vpcOf.get(id);
            if (home && vpc && vpc !== home)
                out.problems.push({
                    severity: 'error',
                    job: job.name,
                    key: ['network', 'securityGroups'],
                    message: `security group ${id} is in ${vpc}, the subnets in ${home}: use a security group of ${home}`,
                });
        }
    }
};
/** Which service assumes each role a job names, and the key that names it. */
function rolesOf(manifest, job) {
    const roles = [
        { arn: job.executionRoleArn, service: 'ecs-tasks.amazonaws.com', key: 'executionRoleArn' },
        { arn: job.taskRoleArn, service: 'ecs-tasks.amazonaws.com', key: 'taskRoleArn' },
    ];
    const root = manifest.chains.some((c) => c.root === job.name);
    if (!job.after?.length)
        roles.push({
            arn: job.schedulerRoleArn,
            service: manifest.backend === 'rules' ? 'events.amazonaws.com' : 'scheduler.amazonaws.com',
            key: 'schedulerRoleArn',
        });
    if (root)
        roles.push({ arn: job.stateMachineRoleArn, service: 'states.amazonaws.com', key: 'stateMachineRoleArn' });
    return roles.filter((r) => Boolean(r.arn));
}
const roleName = (arn) => arn.slice(arn.lastIndexOf('/') + 1);
/** Each role exists and trusts the service that assumes it (a trust with conditions is reported as written). */
const checkRoles = async (clients, manifest, _ctx, out) => {
    const uses = manifest.jobs.flatMap((job) => rolesOf(manifest, job).map((r) => ({ ...r, job: job.name })));
    const arns = unique(uses.map((u) => u.arn));
    const trust = new Map();
    let denied;
    await (0,concurrency/* mapLimit */.s)(arns, limits/* PREFLIGHT_IN_FLIGHT */.$B, async (arn) => {
        out.reads++;
        try {
            const role = await (await clients.preflight()).iam.send(new client_iam_dist_cjs.GetRoleCommand({ RoleName: roleName(arn) }));
            trust.set(arn, role.Role?.AssumeRolePolicyDocument ?? '');
        }
        catch (e) {
            if (e.name === 'NoSuchEntity' || e.name === 'NoSuchEntityException')
                trust.set(arn, null);
            else
                denied ??= e;
        }
    });
    if (denied)
        throw denied;
    const seen = new Set();
    for (const use of uses) {
        const id = `${use.arn}|${use.service}|${use.key}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const document = trust.get(use.arn);
        const problem = (severity, message) => out.problems.push({ severity, job: use.job, key: [use.key], message });
        if (document === null)
            problem('error', `role ${use.arn} does not exist: create it, or fix ${use.key}`);
        else if (document !== undefined) {
            const verdict = trustFor(document, use.service);
            if (verdict.trusted === 'conditional')
                problem('warning', `role ${roleName(use.arn)} trusts ${use.service} only with conditions ${verdict.conditions}`);
            else if (!verdict.trusted)
                problem('error', `role ${roleName(use.arn)} does not trust ${use.service}` +
                    (verdict.services.length ? ` (it trusts ${verdict.services.join(', ')})` : '') +
                    `: add ${use.service} to its trust policy, or use a role made for it`);
        }
    }
};
/** Each secret exists: SSM parameters by name in batches, Secrets Manager secrets one by one. Never their values. */
const checkSecrets = async (clients, manifest, ctx, out) => {
    const where = { region: ctx.region, account: ctx.clusterArn.split(':')[4] };
    // Another region's or account's secrets are read by the task in its own right: not from here.
    const uses = manifest.jobs.flatMap((job) => Object.entries(job.secrets).flatMap(([name, ref]) => {
        const target = (0,arn/* secretReference */.QO)(ref, where);
        return target?.local ? [{ job, name, target }] : [];
    }));
    const names = unique(uses.map((u) => (u.target.kind === 'parameter' ? u.target.name : undefined)));
    const found = new Set();
    for (const batch of chunks(names, limits/* SSM_FILTER_VALUES_MAX */.v5))
        for await (const page of (0,client_ssm_dist_cjs.paginateDescribeParameters)({ client: (await clients.preflight()).ssm, pageSize: limits/* SSM_FILTER_VALUES_MAX */.v5 }, { ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: batch }] })) {
            out.reads++;
            for (const p of page.Parameters ?? [])
                if (p.Name)
                    found.add(p.Name);
        }
    const secretIds = unique(uses.map((u) => (u.target.kind === 'secret' ? u.target.id : undefined)));
    const missingSecrets = new Set();
    await (0,concurrency/* mapLimit */.s)(secretIds, limits/* PREFLIGHT_IN_FLIGHT */.$B, async (id) => {
        out.reads++;
        try {
            await (await clients.preflight()).secrets.send(new client_secrets_manager_dist_cjs.DescribeSecretCommand({ SecretId: id }));
        }
        catch (e) {
            if (e.name === 'ResourceNotFoundException')
                missingSecrets.add(id);
            else
                throw e;
        }
    });
    for (const { job, name, target } of uses) {
        const missing = target.kind === 'parameter' ? !found.has(target.name) : missingSecrets.has(target.id);
        if (missing)
            out.problems.push({
                severity: 'error',
                job: job.name,
                key: ['secrets', name],
                message: target.kind === 'parameter'
                    ? `SSM parameter ${target.name} does not exist in ${ctx.region}: create it, or fix the secret's ARN`
                    : `secret ${target.id} does not exist in Secrets Manager: create it, or fix the secret's ARN`,
            });
    }
};
/** No image the jobs run is expired by the repository's lifecycle policy (evaluated here: reads only). */
const checkLifecycle = async (clients, manifest, ctx, out) => {
    const repositoryName = manifest.image.repository;
    let policy;
    out.reads++;
    try {
        policy = (await clients.ecr.send(new client_ecr_dist_cjs/* GetLifecyclePolicyCommand */.O0C({ repositoryName }))).lifecyclePolicyText;
    }
    catch (e) {
        if (['LifecyclePolicyNotFoundException', 'RepositoryNotFoundException'].includes(e.name))
            return;
        throw e;
    }
    if (!policy)
        return;
    const images = [];
    for await (const page of (0,client_ecr_dist_cjs/* paginateDescribeImages */.XiR)({ client: clients.ecr, pageSize: limits/* PAGE_SIZE */.md.DescribeImages }, { repositoryName })) {
        out.reads++;
        for (const i of page.imageDetails ?? [])
            if (i.imageDigest)
                images.push({ digest: i.imageDigest, tags: i.imageTags ?? [], pushedAt: i.imagePushedAt?.getTime() ?? 0 });
    }
    const expired = expiredImages(policy, images, Date.now());
    if (!expired) {
        out.skipped.push(`pre-flight: image lifecycle not checked (the lifecycle policy of ${repositoryName} is not one it reads)`);
        return;
    }
    for (const digest of unique([ctx.digests.deploying, ...ctx.digests.live])) {
        const rule = expired.get(digest);
        if (!rule)
            continue;
        out.problems.push({
            severity: 'error',
            key: ['image', 'repository'],
            message: `the lifecycle policy of ${repositoryName} expires image ${digest.slice(0, 19)}… ` +
                `(${digest === ctx.digests.deploying ? 'the image this deploys' : 'an image live schedules run'}) by its ` +
                `rule ${rule.rulePriority}${rule.description ? ` (${rule.description})` : ''}: add a rule with a lower ` +
                `rulePriority that keeps the images in use (tagStatus tagged, a tag prefix they carry, imageCountMoreThan ` +
                `9999), or change that rule`,
        });
    }
};
const CHECKS = [
    { name: 'cluster capacity providers', permission: 'ecs:DescribeClusters', check: checkCluster },
    {
        name: 'subnets and security groups',
        permission: 'ec2:DescribeSubnets, ec2:DescribeSecurityGroups',
        check: checkNetwork,
    },
    { name: 'roles and their trust', permission: 'iam:GetRole', check: checkRoles },
    { name: 'secrets', permission: 'ssm:DescribeParameters, secretsmanager:DescribeSecret', check: checkSecrets },
    { name: 'image lifecycle', permission: 'ecr:GetLifecyclePolicy, ecr:DescribeImages', check: checkLifecycle },
];
async function preflight(clients, manifest, ctx) {
    const out = { problems: [], skipped: [], reads: 0 };
    await Promise.all(CHECKS.map(async ({ name, permission, check }) => {
        try {
            await check(clients, manifest, ctx, out);
        }
        catch (e) {
            if (!isDenied(e))
                throw e;
            out.skipped.push(`pre-flight: ${name} not checked (${permission} denied to this role)`);
        }
    }));
    const order = (p) => manifest.jobs.findIndex((j) => j.name === p.job);
    out.problems.sort((a, b) => order(a) - order(b));
    out.skipped.sort();
    return out;
}


/***/ })

};
