/** Image references: parse them, and pin ECR tags to digests. */
import { DescribeImagesCommand, ImageNotFoundException, RepositoryNotFoundException } from '@aws-sdk/client-ecr';
import { ClientException, DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients.ts';
import { OperationError } from '../util/errors.ts';
import { parseImageReference, type ImageReference } from './reference.ts';

export { parseImageReference, type ImageReference };

export interface EcrRegistry {
  accountId: string;
  region: string;
}

export interface PinnedImage {
  /** `registry/repository@sha256:...`, what task definitions use. */
  uri: string;
  digest: string;
  repository: string;
  /** Set when a tag was resolved to its digest. */
  resolvedFromTag?: string;
  /** Set when no image was given and the plan uses the one the jobs run now. */
  current?: boolean;
}

export function ecrRegistryOf(registry: string): EcrRegistry | undefined {
  const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(registry);
  return m ? { accountId: m[1]!, region: m[2]! } : undefined;
}

export function imageUri(ref: ImageReference, digest: string): string {
  return `${ref.registry ? `${ref.registry}/` : ''}${ref.repository}@${digest}`;
}

/**
 * Pins an image by digest. An ECR image given by tag is resolved with DescribeImages; an ECR image
 * given by digest is checked to exist (a task would fail with CannotPullContainerError otherwise).
 * Images outside ECR must be given by digest.
 */
export async function pinImage(clients: AwsClients, text: string): Promise<PinnedImage> {
  const ref = parseImageReference(text);
  if (!ref) {
    throw new OperationError(
      `'${text}' is not an image reference`,
      'use registry/repository@sha256:<digest> or registry/repository:<tag>',
    );
  }
  const ecr = ecrRegistryOf(ref.registry);
  if (!ecr) {
    if (!ref.digest) {
      throw new OperationError(
        `image '${text}' is not pinned by digest`,
        `tags outside ECR cannot be resolved here: give the image as ` +
          `${ref.registry ? `${ref.registry}/` : ''}${ref.repository}@sha256:<digest>`,
      );
    }
    return { uri: imageUri(ref, ref.digest), digest: ref.digest, repository: ref.repository };
  }
  const region = await clients.region();
  if (ecr.region !== region) {
    throw new OperationError(
      `image '${text}' is in ECR region ${ecr.region}, but this deploy runs in ${region}`,
      'deploy in the registry region, or replicate the repository',
    );
  }
  const imageId = ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' };
  try {
    const out = await clients.ecr.send(
      new DescribeImagesCommand({ registryId: ecr.accountId, repositoryName: ref.repository, imageIds: [imageId] }),
    );
    const digest = out.imageDetails?.[0]?.imageDigest;
    if (!digest) throw new OperationError(`ECR returned no digest for ${text}`);
    return {
      uri: imageUri(ref, digest),
      digest,
      repository: ref.repository,
      ...(ref.digest ? {} : { resolvedFromTag: ref.tag ?? 'latest' }),
    };
  } catch (error) {
    if (error instanceof ImageNotFoundException) {
      throw new OperationError(
        `image ${text} is not in ECR repository ${ref.repository}`,
        'push it first (the deploy action builds and pushes it), or check the digest or tag',
      );
    }
    if (error instanceof RepositoryNotFoundException) {
      throw new OperationError(
        `ECR repository ${ref.repository} does not exist in ${ecr.accountId}/${ecr.region}`,
        'the deploy action creates it; or check image.repository in the manifest',
      );
    }
    throw error;
  }
}

/**
 * The image the jobs run now: the main container of the first job whose family exists. A PR plan
 * uses it, so the plan shows what the manifest changes (the PR's own image is built at merge).
 */
export async function deployedImage(
  clients: AwsClients,
  families: readonly { family: string; container: string }[],
): Promise<string | undefined> {
  for (const { family, container } of families) {
    try {
      const out = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family }));
      const image = out.taskDefinition?.containerDefinitions?.find((c) => c.name === container)?.image;
      if (image) return image;
    } catch (error) {
      if (!(error instanceof ClientException)) throw error;
    }
  }
  return undefined;
}
