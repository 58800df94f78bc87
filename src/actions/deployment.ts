/**
 * The deploy as a GitHub Deployment of its environment: created when the plan is ready (its payload names the image
 * digest and the manifest's hash), `in_progress` while it applies, then `success` or `failure` (`error` when the
 * deploy is refused), with the workflow run as its log and (unless given) environment URL. A token that may not
 * write deployments costs one warning; the deploy goes on.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { redactSecrets } from '../util/secrets.ts';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error';

export interface DeploymentPayload {
  image: string;
  digest: string;
  manifestSha256: string;
  prefix: string;
}

export interface GitHubDeployment {
  /** Sets the deployment's state; never throws (a failure is a warning). */
  status(state: DeploymentState, description: string): Promise<void>;
}

const runUrl = () => {
  const { serverUrl, runId } = github.context;
  const { owner, repo } = github.context.repo;
  return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`;
};

function warn(error: unknown): void {
  const status = (error as { status?: number }).status;
  core.warning(
    status === 403 || status === 404
      ? 'No GitHub deployment recorded: the token may not write deployments (give the job `permissions: deployments: write`, ' +
          'or set github-deployment: false)'
      : `No GitHub deployment recorded: ${(error as Error).message}`,
  );
}

/** Creates the deployment; undefined (after one warning) when GitHub refuses it. */
export async function createDeployment(
  token: string,
  environment: string,
  payload: DeploymentPayload,
  environmentUrl: string | undefined,
): Promise<GitHubDeployment | undefined> {
  const octokit = github.getOctokit(token);
  let id: number;
  let owner: string;
  let repo: string;
  try {
    ({ owner, repo } = github.context.repo);
    const created = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: github.context.sha,
      environment,
      payload: { ...payload },
      description: `ecs-batch ${payload.prefix}: ${payload.digest.slice(0, 19)}`,
      auto_merge: false,
      // The checks already ran (this is the deploy): GitHub is not to wait on commit statuses.
      required_contexts: [],
      production_environment: environment === 'production',
    });
    if (!('id' in created.data)) throw new Error(created.data.message ?? 'GitHub did not create the deployment');
    id = created.data.id;
  } catch (error) {
    warn(error);
    return undefined;
  }
  const log = runUrl();
  return {
    async status(state, description) {
      try {
        await octokit.rest.repos.createDeploymentStatus({
          owner,
          repo,
          deployment_id: id,
          state,
          log_url: log,
          environment_url: environmentUrl ?? log,
          // Plain text on GitHub, but an error from AWS may quote a value: no secret-shaped text leaves.
          description: redactSecrets(description).slice(0, 140),
          auto_inactive: state === 'success',
        });
      } catch (error) {
        warn(error);
      }
    },
  };
}

/** Deployments of an environment a rollback looks back through for the image before. */
const DEPLOYMENTS_READ = 10;

/**
 * The image `steps` successful deployments back from the one that runs `current`, from the payloads this action
 * recorded; undefined when GitHub has none that old (or may not be read): the caller falls back to the revisions.
 */
export async function imageFromDeployments(
  token: string,
  environment: string,
  prefix: string,
  current: string | undefined,
  steps: number,
): Promise<string | undefined> {
  try {
    const octokit = github.getOctokit(token);
    const { owner, repo } = github.context.repo;
    const { data } = await octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: DEPLOYMENTS_READ });
    const images: string[] = [];
    for (const d of data) {
      const payload = (typeof d.payload === 'string' ? {} : d.payload) as Partial<DeploymentPayload>;
      if (payload.prefix !== prefix || typeof payload.image !== 'string' || typeof payload.digest !== 'string')
        continue;
      const statuses = await octokit.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: d.id,
        per_page: 1,
      });
      if (statuses.data[0]?.state !== 'success') continue;
      if (images.at(-1) !== payload.image) images.push(payload.image);
    }
    // The newest success is what runs now, unless the revisions say otherwise (a deploy outside this action).
    const start = current && images[0] !== current ? images.indexOf(current) : 0;
    return start < 0 ? undefined : images[start + steps];
  } catch {
    return undefined;
  }
}
