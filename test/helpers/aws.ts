/** Starts the local AWS emulator for a test file and points the SDK (through src/aws/clients) at it. */
import { seedTestAccount } from '../fake-aws/seed.ts';
import type { ContainerDefinition, RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { createClients, type AwsClients } from '../../src/aws/clients.ts';
import { startFakeAws, type FakeAws, type FakeAwsOptions } from '../fake-aws/index.ts';

export interface FakeSetup {
  fake: FakeAws;
  clients: AwsClients;
  stop(): Promise<void>;
}

export async function fakeAws(options: FakeAwsOptions = {}): Promise<FakeSetup> {
  const fake = await startFakeAws(options);
  seedTestAccount(fake);
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, fake.env());
  const clients = createClients();
  return {
    fake,
    clients,
    async stop() {
      clients.destroy();
      await fake.stop();
    },
  };
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A minimal valid Fargate task definition request. */
export function fargateTaskDefinition(
  family: string,
  extra: Partial<RegisterTaskDefinitionCommandInput> = {},
): RegisterTaskDefinitionCommandInput & { containerDefinitions: ContainerDefinition[] } {
  return {
    family,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
    containerDefinitions: [
      {
        name: 'main',
        image: 'public.ecr.aws/docker/library/busybox:latest',
        essential: true,
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': '/test', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': family },
        },
      },
    ],
    ...extra,
  };
}
