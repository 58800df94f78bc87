/** Amazon ECR (awsJson1_1, AmazonEC2ContainerRegistry_V20150921). */
import { createHash } from 'node:crypto';
import { ECR_REPOSITORY_NAME } from '../../../src/aws/limits.ts';
import { epochSeconds, list, str, type Operations } from '../context.ts';
import { AwsError, checkName } from '../errors.ts';
import { paginate } from '../paging.ts';
import type { FakeState, ImageRecord, Json, RepositoryRecord } from '../state.ts';

const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json';

function repository(state: FakeState, name: unknown): RepositoryRecord {
  const found = state.repositories.get(String(name));
  if (!found) {
    throw new AwsError(
      'RepositoryNotFoundException',
      `The repository with name '${String(name)}' does not exist in the registry with id '${state.accountId}'`,
    );
  }
  return found;
}

export function registryHost(state: FakeState): string {
  return `${state.accountId}.dkr.ecr.${state.region}.amazonaws.com`;
}

function describeRepository(state: FakeState, r: RepositoryRecord): Json {
  return {
    repositoryArn: r.arn,
    registryId: state.accountId,
    repositoryName: r.name,
    repositoryUri: r.uri,
    createdAt: epochSeconds(r.createdAt),
    imageTagMutability: r.tagMutability,
    imageScanningConfiguration: { scanOnPush: r.scanOnPush },
  };
}

function imageDetail(state: FakeState, r: RepositoryRecord, i: ImageRecord): Json {
  return {
    registryId: state.accountId,
    repositoryName: r.name,
    imageDigest: i.digest,
    ...(i.tags.length ? { imageTags: i.tags } : {}),
    imageSizeInBytes: i.size,
    imagePushedAt: epochSeconds(i.pushedAt),
    imageManifestMediaType: i.mediaType,
  };
}

function matches(i: ImageRecord, id: Json): boolean {
  if (id.imageDigest && i.digest !== id.imageDigest) return false;
  if (id.imageTag && !i.tags.includes(String(id.imageTag))) return false;
  return Boolean(id.imageDigest || id.imageTag);
}

export function createRepository(state: FakeState, name: string, now: number, input: Json = {}): RepositoryRecord {
  checkName(name, 'repositoryName', ECR_REPOSITORY_NAME, 'InvalidParameterException');
  if (state.repositories.has(name)) {
    throw new AwsError(
      'RepositoryAlreadyExistsException',
      `The repository with name '${name}' already exists in the registry with id '${state.accountId}'`,
    );
  }
  const scan = (input.imageScanningConfiguration ?? {}) as Json;
  const record: RepositoryRecord = {
    name,
    arn: state.arn('ecr', `repository/${name}`),
    uri: `${registryHost(state)}/${name}`,
    createdAt: now,
    scanOnPush: scan.scanOnPush === true,
    tagMutability: str(input.imageTagMutability) ?? 'MUTABLE',
    images: [],
    tags: list<{ Key: string; Value: string }>(input.tags).map((t) => ({ key: t.Key, value: t.Value })),
  };
  state.repositories.set(name, record);
  return record;
}

/** Stores an image manifest under a tag, as a push would. Returns the image digest. */
export function putImage(
  state: FakeState,
  repoName: string,
  manifest: string,
  tag: string | undefined,
  now: number,
): ImageRecord {
  const repo = repository(state, repoName);
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  let image = repo.images.find((i) => i.digest === digest);
  if (image && tag && image.tags.includes(tag)) {
    throw new AwsError(
      'ImageAlreadyExistsException',
      `Image with digest '${digest}' and tag '${tag}' already exists in the repository with name '${repoName}'`,
    );
  }
  if (tag) {
    const holder = repo.images.find((i) => i.tags.includes(tag));
    if (holder && repo.tagMutability === 'IMMUTABLE') {
      throw new AwsError(
        'ImageTagAlreadyExistsException',
        `The image tag '${tag}' already exists in the '${repoName}' repository and cannot be overwritten ` +
          `because the repository is immutable.`,
      );
    }
    if (holder) holder.tags = holder.tags.filter((t) => t !== tag);
  }
  if (!image) {
    image = { digest, tags: [], manifest, mediaType: MANIFEST_TYPE, pushedAt: now, size: manifest.length * 1000 };
    repo.images.push(image);
  }
  if (tag) image.tags.push(tag);
  return image;
}

export const ecr: Operations = {
  CreateRepository(input, ctx) {
    const record = createRepository(ctx.state, String(input.repositoryName ?? ''), ctx.now(), input);
    return { repository: describeRepository(ctx.state, record) };
  },

  DescribeRepositories(input, { state, pageCap }) {
    const names = input.repositoryNames === undefined ? undefined : list<string>(input.repositoryNames);
    const repos = names ? names.map((n) => repository(state, n)) : [...state.repositories.values()];
    const { page, nextToken } = paginate(repos, {
      token: input.nextToken,
      requested: input.maxResults,
      max: 1000,
      cap: pageCap,
      tokenErrorCode: 'InvalidParameterException',
    });
    return { repositories: page.map((r) => describeRepository(state, r)), ...(nextToken ? { nextToken } : {}) };
  },

  PutImage(input, ctx) {
    const manifest = str(input.imageManifest);
    if (!manifest) throw new AwsError('InvalidParameterException', 'imageManifest must not be empty');
    const image = putImage(ctx.state, String(input.repositoryName), manifest, str(input.imageTag), ctx.now());
    if (input.imageDigest && input.imageDigest !== image.digest) {
      throw new AwsError('ImageDigestDoesNotMatchException', 'The image digest does not match the manifest.');
    }
    return {
      image: {
        registryId: ctx.state.accountId,
        repositoryName: input.repositoryName,
        imageId: { imageDigest: image.digest, ...(input.imageTag ? { imageTag: input.imageTag } : {}) },
        imageManifest: manifest,
        imageManifestMediaType: image.mediaType,
      },
    };
  },

  DescribeImages(input, { state, pageCap }) {
    const repo = repository(state, input.repositoryName);
    const ids = input.imageIds === undefined ? undefined : list(input.imageIds);
    let images: ImageRecord[];
    if (ids) {
      images = ids.map((id) => {
        const found = repo.images.find((i) => matches(i, id));
        if (!found) {
          const what = id.imageDigest ? `imageDigest=${String(id.imageDigest)}` : `imageTag=${String(id.imageTag)}`;
          throw new AwsError(
            'ImageNotFoundException',
            `The image with imageId {${what}} does not exist within the repository with name ` +
              `'${repo.name}' in the registry with id '${state.accountId}'`,
          );
        }
        return found;
      });
    } else {
      const tagged = ((input.filter ?? {}) as Json).tagStatus;
      images = repo.images.filter(
        (i) => tagged === undefined || tagged === 'ANY' || (tagged === 'TAGGED') === i.tags.length > 0,
      );
    }
    const { page, nextToken } = paginate(images, {
      token: input.nextToken,
      requested: input.maxResults,
      max: 1000,
      cap: pageCap,
      tokenErrorCode: 'InvalidParameterException',
    });
    return { imageDetails: page.map((i) => imageDetail(state, repo, i)), ...(nextToken ? { nextToken } : {}) };
  },

  BatchGetImage(input, { state }) {
    const repo = repository(state, input.repositoryName);
    const images: Json[] = [];
    const failures: Json[] = [];
    for (const id of list(input.imageIds)) {
      const found = repo.images.find((i) => matches(i, id));
      if (found) {
        images.push({
          registryId: state.accountId,
          repositoryName: repo.name,
          imageId: { imageDigest: found.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
          imageManifest: found.manifest,
          imageManifestMediaType: found.mediaType,
        });
      } else {
        failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' });
      }
    }
    return { images, failures };
  },

  /** A tag named removes that tag (and the image with its last one); a digest named removes the image. */
  BatchDeleteImage(input, { state }) {
    const repo = repository(state, input.repositoryName);
    const imageIds: Json[] = [];
    const failures: Json[] = [];
    for (const id of list(input.imageIds)) {
      const found = repo.images.find((i) => matches(i, id));
      if (!found) {
        failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' });
        continue;
      }
      if (id.imageTag && !id.imageDigest) found.tags = found.tags.filter((t) => t !== id.imageTag);
      if (!id.imageTag || !found.tags.length) repo.images = repo.images.filter((i) => i !== found);
      imageIds.push({ imageDigest: found.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) });
    }
    return { imageIds, failures };
  },

  PutLifecyclePolicy(input, { state }) {
    const repo = repository(state, input.repositoryName);
    const text = String(input.lifecyclePolicyText ?? '');
    let parsed: Json;
    try {
      parsed = JSON.parse(text) as Json;
    } catch {
      throw new AwsError(
        'InvalidParameterException',
        "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy " +
          "validation failure: could not parse JSON'",
      );
    }
    if (!Array.isArray(parsed.rules) || parsed.rules.length === 0) {
      throw new AwsError(
        'InvalidParameterException',
        "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy " +
          "validation failure: rules are required'",
      );
    }
    repo.lifecyclePolicy = text;
    return { registryId: state.accountId, repositoryName: repo.name, lifecyclePolicyText: text };
  },

  GetLifecyclePolicy(input, { state }) {
    const repo = repository(state, input.repositoryName);
    if (!repo.lifecyclePolicy) {
      throw new AwsError(
        'LifecyclePolicyNotFoundException',
        `Lifecycle policy does not exist for the repository with name '${repo.name}' in the registry with id '${state.accountId}'`,
      );
    }
    return { registryId: state.accountId, repositoryName: repo.name, lifecyclePolicyText: repo.lifecyclePolicy };
  },

  PutImageScanningConfiguration(input, { state }) {
    const repo = repository(state, input.repositoryName);
    repo.scanOnPush = ((input.imageScanningConfiguration ?? {}) as Json).scanOnPush === true;
    return {
      registryId: state.accountId,
      repositoryName: repo.name,
      imageScanningConfiguration: { scanOnPush: repo.scanOnPush },
    };
  },

  GetAuthorizationToken(_input, ctx) {
    return {
      authorizationData: [
        {
          authorizationToken: Buffer.from('AWS:fake-ecr-password').toString('base64'),
          expiresAt: epochSeconds(ctx.now() + 12 * 3600 * 1000),
          proxyEndpoint: `https://${registryHost(ctx.state)}`,
        },
      ],
    };
  },
};
