/**
 * The release pipeline, shared by `ecs-batch plan|deploy` and the release action: validate the
 * manifest, pin the image, read live state, plan, and (unless planning only) apply. Nothing is
 * written before validation, the image, the cluster and ownership have all been checked.
 */
import { createClients, type AwsClients } from '../aws/clients.ts';
import { apply, type ApplyEvent, type ApplyResult } from '../apply/apply.ts';
import { loadManifest, type LoadResult } from '../load/load.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import { desiredState } from '../plan/desired.ts';
import { observe, observeRequest, resolveCluster } from '../plan/observe.ts';
import { plan as makePlan } from '../plan/plan.ts';
import type { Diagnostic } from '../manifest/diagnostics.ts';
import type { Plan } from '../plan/types.ts';
import { jobResourceName } from '../manifest/names.ts';
import { deployedImage, pinImage, type PinnedImage } from '../taskdef/image.ts';
import { OperationError } from '../util/errors.ts';
import { tagImagesInUse, type TagChanges } from '../apply/image-tags.ts';

export interface ReleaseOptions {
  manifest: string;
  environment?: string;
  /** The image to release. A plan (dry run) without one uses the image the jobs run now. */
  image?: string;
  /** Plan only: read, never write. */
  dryRun: boolean;
  prune: boolean;
  /** Most jobs a prune may remove (see plan's mass-prune guard). */
  maxPrune?: number;
  keepRevisions?: number;
  /** A rollback: read this many earlier revisions per job, and point at one that matches instead of registering. */
  earlierRevisions?: number;
  now?: number;
  clients?: AwsClients;
  onEvent?: (event: ApplyEvent) => void;
  /** Called once the plan is ready and allowed to apply, before the first write (the GitHub deployment starts here). */
  beforeApply?: (ready: { plan: Plan; image: PinnedImage }) => Promise<void>;
}

export interface ReleaseOutcome {
  load: LoadResult;
  manifest?: ResolvedManifest;
  image?: PinnedImage;
  plan?: Plan;
  apply?: ApplyResult;
  /** Set when a plan had no image to compare against (no image given, nothing deployed yet). */
  noImage?: boolean;
  /** What pre-flight found, each at its manifest line; an error refuses the deploy before any write. */
  preflight?: { diagnostics: Diagnostic[]; skipped: string[]; reads: number };
  /** The live tags a deploy put on the images in use (and took off the others), or why it could not. */
  imageTags?: TagChanges | { error: string };
}

export async function release(options: ReleaseOptions): Promise<ReleaseOutcome> {
  const load = loadManifest(options.manifest, {
    ...(options.environment ? { environment: options.environment } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (!load.valid || !load.manifest) return { load };
  const manifest = load.manifest;
  const clients = options.clients ?? createClients();
  try {
    let reference = options.image;
    if (!reference) {
      if (!options.dryRun)
        throw new OperationError(
          'an image is required to deploy',
          'pass --image (the deploy action passes the image it built)',
        );
      reference = await deployedImage(
        clients,
        manifest.jobs.map((j) => ({ family: jobResourceName(manifest.prefix, j.name), container: j.containerName })),
      );
      if (!reference) return { load, manifest, noImage: true };
    }
    const [image, clusterArn, region] = await Promise.all([
      pinImage(clients, reference),
      resolveCluster(clients, manifest.cluster),
      clients.region(),
    ]);
    if (!options.image) image.current = true;
    const desired = desiredState(manifest, { region, clusterArn, image: image.uri });
    const observed = await observe(clients, observeRequest(manifest, desired, options));
    const plan = makePlan(desired, observed, {
      prune: options.prune,
      ...(options.maxPrune !== undefined ? { maxPrune: options.maxPrune } : {}),
      ...(options.keepRevisions !== undefined ? { keepRevisions: options.keepRevisions } : {}),
    });
    const live = liveDigests(
      desired.taskDefinitions.map((t) => t.family),
      observed.taskDefinitions,
    );
    // Loaded on demand: pre-flight's SDK clients are most of the bundle, and a bundle's cold start waits on them.
    const { preflight: preflightChecks } = await import('../plan/preflight.ts');
    const checked = await preflightChecks(clients, manifest, {
      clusterArn,
      region,
      digests: { deploying: image.digest, live },
    });
    // A problem of a setting in `defaults` surfaces once per job that inherits it: it is reported once.
    const diagnostics = new Map<string, Diagnostic>();
    for (const p of checked.problems) {
      const d: Diagnostic = { severity: p.severity, message: p.message, ...load.locate!(p.job, p.key) };
      if (!diagnostics.has(`${d.path}|${d.message}`)) diagnostics.set(`${d.path}|${d.message}`, d);
    }
    const preflight = {
      diagnostics: [...diagnostics.values()],
      skipped: checked.skipped,
      reads: checked.reads,
    };
    const refused = plan.conflicts.length > 0 || preflight.diagnostics.some((d) => d.severity === 'error');
    if (options.dryRun || refused) return { load, manifest, image, plan, preflight };
    await options.beforeApply?.({ plan, image });
    const result = await apply(clients, plan, options.onEvent);
    // The images in use get a tag a lifecycle rule can keep: this one, and the one the jobs ran before it.
    const ours = image.uri.includes('.dkr.ecr.') && image.repository === manifest.image.repository;
    const imageTags =
      result.ok && ours
        ? await tagImagesInUse(clients, image.repository, manifest.prefix, [image.digest, ...live], {
            // Tags move only when the image does: a repeat deploy keeps the image before this one tagged.
            untag: !live.includes(image.digest),
          }).catch((e: unknown) => ({ error: (e as Error).message }))
        : undefined;
    return { load, manifest, image, plan, preflight, apply: result, ...(imageTags ? { imageTags } : {}) };
  } finally {
    if (!options.clients) clients.destroy();
  }
}

/** The digests the live task definitions of these families (the desired ones) pin. */
function liveDigests(
  families: readonly string[],
  taskDefinitions: Record<string, { definition: { containerDefinitions?: { image?: string }[] } }>,
): string[] {
  const digests = families.flatMap((family) =>
    (taskDefinitions[family]?.definition.containerDefinitions ?? []).map(
      (c) => /@(sha256:[0-9a-f]{64})$/.exec(c.image ?? '')?.[1],
    ),
  );
  return [...new Set(digests.filter((d): d is string => d !== undefined))];
}
