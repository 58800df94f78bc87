/** A small stand-in for the GitHub REST API (issue comments), for the PR-comment tests. */
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
const IDENTITIES: Record<string, { login: string; type: string; canReadUser: boolean }> = {
  'token fake-token': { login: 'github-actions[bot]', type: 'Bot', canReadUser: false },
  'token user-token': { login: 'octocat', type: 'User', canReadUser: true },
};

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
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
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
