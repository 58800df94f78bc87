/**
 * Images in use carry a tag of this project's, `ecs-batch-<prefix>-live-<12 hex of the digest>`, so a lifecycle rule
 * can keep them (a rule with tagPrefixList [ecs-batch-] and a higher priority than the ones that expire). In use: the
 * image this deploy pins, and the one the jobs ran before it (what runs still in flight and a rollback use). When the
 * image changes, a tag on any other image is removed, unless it is that image's only tag: ECR deletes an image with its last tag, and an
 * image is not this manifest's to delete.
 */
import {
  BatchDeleteImageCommand,
  BatchGetImageCommand,
  PutImageCommand,
  paginateDescribeImages,
} from '@aws-sdk/client-ecr';
import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE } from '../aws/limits.ts';

export const LIVE_TAG_PREFIX = 'ecs-batch-';

export function liveTag(prefix: string, digest: string): string {
  return `${LIVE_TAG_PREFIX}${prefix}-live-${digest.replace(/^sha256:/, '').slice(0, 12)}`;
}

export interface TagChanges {
  tagged: string[];
  untagged: string[];
  /** Tags left on images no longer in use, because they were the image's only tag. */
  kept: string[];
}

export async function tagImagesInUse(
  clients: AwsClients,
  repositoryName: string,
  prefix: string,
  inUse: readonly string[],
  options: { untag: boolean },
): Promise<TagChanges> {
  const ours = `${LIVE_TAG_PREFIX}${prefix}-live-`;
  const images: { digest: string; tags: string[] }[] = [];
  for await (const page of paginateDescribeImages(
    { client: clients.ecr, pageSize: PAGE_SIZE.DescribeImages },
    { repositoryName, filter: { tagStatus: 'TAGGED' } },
  ))
    for (const i of page.imageDetails ?? [])
      if (i.imageDigest) images.push({ digest: i.imageDigest, tags: i.imageTags ?? [] });
  const changes: TagChanges = { tagged: [], untagged: [], kept: [] };
  for (const digest of new Set(inUse)) {
    const tag = liveTag(prefix, digest);
    if (images.some((i) => i.digest === digest && i.tags.includes(tag))) continue;
    const got = await clients.ecr.send(
      new BatchGetImageCommand({ repositoryName, imageIds: [{ imageDigest: digest }] }),
    );
    const image = got.images?.[0];
    if (!image?.imageManifest) continue;
    await clients.ecr.send(
      new PutImageCommand({
        repositoryName,
        imageManifest: image.imageManifest,
        ...(image.imageManifestMediaType ? { imageManifestMediaType: image.imageManifestMediaType } : {}),
        imageDigest: digest,
        imageTag: tag,
      }),
    );
    changes.tagged.push(tag);
  }
  if (!options.untag) return changes;
  const stale = images.flatMap((i) =>
    i.tags.filter((t) => t.startsWith(ours) && !inUse.some((d) => liveTag(prefix, d) === t)).map((t) => ({ i, t })),
  );
  for (const { i, t } of stale) {
    if (i.tags.length === 1) {
      changes.kept.push(t);
      continue;
    }
    await clients.ecr.send(new BatchDeleteImageCommand({ repositoryName, imageIds: [{ imageTag: t }] }));
    changes.untagged.push(t);
  }
  return changes;
}
