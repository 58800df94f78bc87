/** One sticky pull-request comment per manifest prefix, updated in place on every push. */
import * as core from '@actions/core';
import * as github from '@actions/github';

export { commentMarker } from '../report/budget.ts';

/** Who writes with this token: a user token can say; the workflow's GITHUB_TOKEN (an app installation) cannot. */
async function tokenIdentity(octokit: ReturnType<typeof github.getOctokit>): Promise<{ login: string; type: string }> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, type: data.type };
  } catch {
    return { login: 'github-actions[bot]', type: 'Bot' };
  }
}

/**
 * Creates or updates the comment that carries `marker`. Only a comment this token's identity
 * wrote is updated: anyone can plant the marker in a comment of their own, and must not receive
 * (or later edit) the plan.
 */
export async function upsertPullRequestComment(
  token: string,
  marker: string,
  body: string,
): Promise<'created' | 'updated' | 'not a pull request'> {
  const { context } = github;
  const number = context.payload.pull_request?.number;
  if (!number) return 'not a pull request';
  const octokit = github.getOctokit(token);
  const { owner, repo } = context.repo;
  const text = `${marker}\n${body}`;
  const me = await tokenIdentity(octokit);
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  })) {
    const existing = page.data.find(
      (c) => c.body?.startsWith(`${marker}\n`) && c.user?.login === me.login && c.user?.type === me.type,
    );
    if (existing) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text });
      return 'updated';
    }
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: text });
  return 'created';
}

/** Posting the comment is a courtesy: a missing permission is a warning, not a failed deploy check. */
export async function commentOnPullRequest(token: string | undefined, marker: string, body: string): Promise<void> {
  if (!token) {
    core.info('No github-token: the plan is in the job summary only.');
    return;
  }
  try {
    const done = await upsertPullRequestComment(token, marker, body);
    core.info(`Plan comment: ${done}.`);
  } catch (error) {
    core.warning(`Could not post the plan comment: ${whyRefused(error)} The plan is in the job summary.`);
  }
}

/** GitHub's reason, in words: a missing permission is only one of them. */
function whyRefused(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message;
  if (status === 401 || status === 403)
    return `GitHub answered ${status} (${message}); grant "pull-requests: write" to the job.`;
  if (status === 404)
    return `GitHub answered 404 (${message}): the pull request or the repository is not visible to the token.`;
  if (status === 422) return `GitHub refused the comment (422: ${message}).`;
  return `${message}.`;
}
