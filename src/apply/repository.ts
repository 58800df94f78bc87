/** The ECR side of a release: make sure the repository exists, and find an image already built. */
import { LIVE_TAG_PREFIX } from './image-tags.ts';
import { IMAGES_KEPT_BY_TAG } from '../aws/limits.ts';
import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ImageNotFoundException,
  PutLifecyclePolicyCommand,
  RepositoryNotFoundException,
  type Repository,
} from '@aws-sdk/client-ecr';
import type { AwsClients } from '../aws/clients.ts';
import { OWNER_TAG } from '../manifest/names.ts';

export interface RepositoryOptions {
  /** Ownership tag value for a repository this creates. */
  prefix: string;
  /** Untagged images kept by the lifecycle policy set on creation. */
  untaggedToKeep: number;
}

export interface EnsuredRepository {
  uri: string;
  registry: string;
  created: boolean;
}

/**
 * The lifecycle policy for a new repository: images ecs-batch tags as in use are kept (a rule of a higher priority
 * selects them, so no later rule may expire them), and untagged images beyond a count expire.
 */
export function lifecyclePolicy(untaggedToKeep: number): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: 'ecs-batch: keep the images live schedules use (tagged ecs-batch-<prefix>-live-...)',
        selection: {
          tagStatus: 'tagged',
          tagPrefixList: [LIVE_TAG_PREFIX],
          countType: 'imageCountMoreThan',
          countNumber: IMAGES_KEPT_BY_TAG,
        },
        action: { type: 'expire' },
      },
      {
        rulePriority: 2,
        description: `ecs-batch: keep the ${untaggedToKeep} most recent untagged images`,
        selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: untaggedToKeep },
        action: { type: 'expire' },
      },
    ],
  });
}

/**
 * Finds the repository, or creates it with scan-on-push and a lifecycle policy. An existing
 * repository is left exactly as it is (its settings are its owner's).
 */
export async function ensureRepository(
  clients: AwsClients,
  name: string,
  options: RepositoryOptions,
): Promise<EnsuredRepository> {
  let repository: Repository | undefined;
  let created = false;
  try {
    const out = await clients.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    repository = out.repositories?.[0];
  } catch (error) {
    if (!(error instanceof RepositoryNotFoundException)) throw error;
  }
  if (!repository) {
    const out = await clients.ecr.send(
      new CreateRepositoryCommand({
        repositoryName: name,
        imageScanningConfiguration: { scanOnPush: true },
        imageTagMutability: 'MUTABLE',
        tags: [{ Key: OWNER_TAG, Value: options.prefix }],
      }),
    );
    repository = out.repository!;
    await clients.ecr.send(
      new PutLifecyclePolicyCommand({
        repositoryName: name,
        lifecyclePolicyText: lifecyclePolicy(options.untaggedToKeep),
      }),
    );
    created = true;
  }
  const uri = repository.repositoryUri!;
  return { uri, registry: uri.slice(0, uri.indexOf('/')), created };
}

/** The digest of the image with this tag, if it was pushed already (a re-run of the same commit). */
export async function digestOfTag(clients: AwsClients, repository: string, tag: string): Promise<string | undefined> {
  try {
    const out = await clients.ecr.send(
      new DescribeImagesCommand({ repositoryName: repository, imageIds: [{ imageTag: tag }] }),
    );
    return out.imageDetails?.[0]?.imageDigest;
  } catch (error) {
    if (error instanceof ImageNotFoundException) return undefined;
    throw error;
  }
}

/** A git ref name as a valid image tag. */
export function tagFor(ref: string): string {
  const tag = ref
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  return tag || 'untagged';
}
