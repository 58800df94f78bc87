/**
 * The one place that creates AWS clients. Region, credentials and endpoint come from the standard
 * AWS environment and config files (AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL, ...), so nothing
 * here knows about a local emulator.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EC2Client } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient } from '@aws-sdk/client-ecs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { IAMClient } from '@aws-sdk/client-iam';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SNSClient } from '@aws-sdk/client-sns';
import type { SSMClient } from '@aws-sdk/client-ssm';

export const USER_AGENT = 'ecs-batch/0.1.0';

/** One AWS call may take this long before it is abandoned (and retried): a silent endpoint must not hang a deploy. */
export const REQUEST_TIMEOUT_MS = 30_000;
export const CONNECT_TIMEOUT_MS = 5_000;

export interface ClientOptions {
  region?: string;
  /** Per-request limits (defaults above). */
  requestTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Attempts per call, including the first (throttling is retried with the adaptive mode's backoff). */
  maxAttempts?: number;
}

export interface AwsClients {
  readonly ecs: ECSClient;
  readonly ecr: ECRClient;
  readonly events: EventBridgeClient;
  readonly scheduler: SchedulerClient;
  readonly logs: CloudWatchLogsClient;
  readonly cloudwatch: CloudWatchClient;
  readonly sns: SNSClient;
  readonly sfn: SFNClient;
  /**
   * The clients of pre-flight's reads (subnets and security groups, roles' trust, parameters and secrets, never their
   * values), loaded on first use: their SDK packages are large, and only a plan needs them.
   */
  preflight(): Promise<PreflightClients>;
  /** The region the clients use. */
  region(): Promise<string>;
  destroy(): void;
}

export interface PreflightClients {
  ec2: EC2Client;
  iam: IAMClient;
  ssm: SSMClient;
  secrets: SecretsManagerClient;
}

export function createClients(options: ClientOptions = {}): AwsClients {
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
  const made: { destroy(): void }[] = [];
  const lazy = <T extends { destroy(): void }>(make: () => T): (() => T) => {
    let client: T | undefined;
    return () => {
      if (!client) {
        client = make();
        made.push(client);
      }
      return client;
    };
  };
  const ecs = lazy(() => new ECSClient(config));
  const ecr = lazy(() => new ECRClient(config));
  const events = lazy(() => new EventBridgeClient(config));
  const scheduler = lazy(() => new SchedulerClient(config));
  const logs = lazy(() => new CloudWatchLogsClient(config));
  const cloudwatch = lazy(() => new CloudWatchClient(config));
  const sns = lazy(() => new SNSClient(config));
  const sfn = lazy(() => new SFNClient(config));
  let preflight: Promise<PreflightClients> | undefined;
  const loadPreflight = async (): Promise<PreflightClients> => {
    const [{ EC2Client }, { IAMClient }, { SSMClient }, { SecretsManagerClient }] = await Promise.all([
      import('@aws-sdk/client-ec2'),
      import('@aws-sdk/client-iam'),
      import('@aws-sdk/client-ssm'),
      import('@aws-sdk/client-secrets-manager'),
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
      for (const c of made) c.destroy();
    },
  };
}

/** True when the standard AWS chain yields credentials and a region (e.g. not in a fork's PR). */
export async function hasCredentials(clients: AwsClients): Promise<boolean> {
  try {
    const credentials = await clients.ecs.config.credentials();
    await clients.region();
    return Boolean(credentials.accessKeyId);
  } catch {
    return false;
  }
}
