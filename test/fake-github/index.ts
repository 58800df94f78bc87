/** A small stand-in for the GitHub REST API (issue comments, deployments and their statuses). */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  issue: number;
  user: { login: string; type: string };
}

/**
 * Tokens the fake knows. `fake-token` acts like a workflow's GITHUB_TOKEN (github-actions[bot],
 * and GET /user is refused as for an app installation); `user-token` is a person's token.
 */
const IDENTITIES: Record<string, { login: string; type: string; canReadUser: boolean; noDeployments?: boolean }> = {
  'token fake-token': { login: 'github-actions[bot]', type: 'Bot', canReadUser: false },
  'token user-token': { login: 'octocat', type: 'User', canReadUser: true },
  // A workflow token without `deployments: write`.
  'token read-only-token': { login: 'github-actions[bot]', type: 'Bot', canReadUser: false, noDeployments: true },
};

export interface FakeDeployment {
  id: number;
  ref: string;
  environment: string;
  payload: Record<string, unknown>;
  description?: string;
  statuses: { state: string; log_url?: string; environment_url?: string; description?: string }[];
}

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
  deployments: FakeDeployment[];
  requests: string[];
  stop(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString();
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startFakeGitHub(pageSize = 2): Promise<FakeGitHub> {
  const comments: FakeComment[] = [];
  const deployments: FakeDeployment[] = [];
  const requests: string[] = [];
  let nextId = 100;
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(`${req.method} ${url.pathname}`);
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(data));
      };
      const identity = IDENTITIES[req.headers.authorization ?? ''];
      if (!identity) return send(401, { message: 'Bad credentials' });
      const user = { login: identity.login, type: identity.type };
      if (url.pathname === '/user' && req.method === 'GET') {
        return identity.canReadUser
          ? send(200, user)
          : send(403, { message: 'Resource not accessible by integration' });
      }
      const deploymentsPath = /^\/repos\/[^/]+\/[^/]+\/deployments$/.exec(url.pathname);
      const statusesPath = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(url.pathname);
      if ((deploymentsPath || statusesPath) && identity.noDeployments && req.method === 'POST')
        return send(403, { message: 'Resource not accessible by integration' });
      if (deploymentsPath && req.method === 'POST') {
        const input = await body(req);
        if (typeof input.ref !== 'string') return send(422, { message: 'Validation Failed' });
        const deployment: FakeDeployment = {
          id: nextId++,
          ref: input.ref,
          environment: String(input.environment ?? 'production'),
          payload: (input.payload ?? {}) as Record<string, unknown>,
          ...(typeof input.description === 'string' ? { description: input.description } : {}),
          statuses: [],
        };
        deployments.push(deployment);
        return send(201, { id: deployment.id, ref: deployment.ref, environment: deployment.environment });
      }
      if (deploymentsPath && req.method === 'GET') {
        const environment = url.searchParams.get('environment');
        // Newest first, as GitHub lists them.
        const found = deployments.filter((d) => !environment || d.environment === environment).reverse();
        return send(
          200,
          found.map(({ statuses: _s, ...d }) => d),
        );
      }
      if (statusesPath && req.method === 'GET') {
        const deployment = deployments.find((d) => d.id === Number(statusesPath[1]));
        if (!deployment) return send(404, { message: 'Not Found' });
        // Newest first, as GitHub lists them.
        return send(200, [...deployment.statuses].reverse());
      }
      if (statusesPath && req.method === 'POST') {
        const deployment = deployments.find((d) => d.id === Number(statusesPath[1]));
        if (!deployment) return send(404, { message: 'Not Found' });
        const input = await body(req);
        const states = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
        if (!states.includes(String(input.state))) return send(422, { message: 'Validation Failed' });
        if (typeof input.description === 'string' && input.description.length > 140)
          return send(422, { message: 'description is too long (maximum is 140 characters)' });
        deployment.statuses.push({
          state: String(input.state),
          ...(typeof input.log_url === 'string' ? { log_url: input.log_url } : {}),
          ...(typeof input.environment_url === 'string' ? { environment_url: input.environment_url } : {}),
          ...(typeof input.description === 'string' ? { description: input.description } : {}),
        });
        return send(201, { id: nextId++, state: input.state });
      }
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (list && req.method === 'GET') {
        const issue = Number(list[1]);
        const all = comments.filter((c) => c.issue === issue);
        const page = Number(url.searchParams.get('page') ?? '1');
        const slice = all.slice((page - 1) * pageSize, page * pageSize);
        const more = page * pageSize < all.length;
        const link: Record<string, string> = more
          ? {
              link: `<http://127.0.0.1:${(server.address() as AddressInfo).port}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`,
            }
          : {};
        return send(
          200,
          slice.map((c) => ({ id: c.id, body: c.body, user: c.user })),
          link,
        );
      }
      // GitHub's limit on a comment body, answered as GitHub answers it.
      const tooLong = (text: string) =>
        text.length > 65_536 &&
        send(422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)',
            },
          ],
        });
      if (list && req.method === 'POST') {
        const text = String((await body(req)).body);
        if (tooLong(text)) return;
        const comment = { id: nextId++, body: text, issue: Number(list[1]), user };
        comments.push(comment);
        return send(201, { id: comment.id, body: comment.body });
      }
      if (one && req.method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(one[1]));
        if (!comment) return send(404, { message: 'Not Found' });
        if (comment.user.login !== user.login) return send(403, { message: 'Must have admin rights to Repository.' });
        const text = String((await body(req)).body);
        if (tooLong(text)) return;
        comment.body = text;
        return send(200, { id: comment.id, body: comment.body });
      }
      return send(404, { message: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    comments,
    deployments,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
