// Fault injection in front of the real LRS: a small HTTP proxy on 127.0.0.1 that a test drives
// through the `fault-proxy` server command. Faults: drop connections, delay, answer a status
// (500/503/429 with Retry-After, 401, 413 above a size), fail a share of requests at random
// (seeded), require given credentials, answer 409 to a POST holding an id the LRS already stored
// (`conflicts`: what many LRSs do; the test LRS accepts an identical statement again).
// Everything else is passed through unchanged. `stats.posts` lists the statements per POST.
import { createServer, request } from 'node:http';
import { freePort } from './lrs-server.mjs';

export async function startFaultProxy(target) {
  const upstream = new URL(target);
  let faults = {};
  const states = new Map();
  let seed = 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const stats = { requests: 0, failed: 0, posts: [] };
  /** Ids the LRS stored through this proxy. */
  const stored = new Set();
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      // `*` does not cover Authorization: echo what the browser asks for.
      const cors = {
        'Access-Control-Allow-Origin': req.headers.origin ?? '*',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type, X-Experience-API-Version',
        'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,OPTIONS',
        'Access-Control-Expose-Headers': 'Retry-After, X-Experience-API-Version, X-Experience-API-Consistent-Through',
      };
      if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
      stats.requests += 1;
      if (faults.delay) await new Promise((r) => setTimeout(r, faults.delay));
      const fail = (status, extra = {}, text = 'injected fault') => {
        stats.failed += 1;
        res.writeHead(status, { ...cors, 'Content-Type': 'application/json', ...extra }).end(JSON.stringify({ message: text }));
      };
      // The test LRS has no State resource: the proxy keeps one in memory (PUT / GET / DELETE).
      if (req.url.startsWith('/xAPI/activities/state')) {
        const key = new URL(req.url, 'http://x').searchParams.toString();
        if (req.method === 'PUT') {
          states.set(key, body.toString());
          return res.writeHead(204, cors).end();
        }
        if (req.method === 'DELETE') {
          states.delete(key);
          return res.writeHead(204, cors).end();
        }
        const document = states.get(key);
        return document === undefined ? res.writeHead(404, cors).end() : res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(document);
      }
      let posted = [];
      if (req.method === 'POST' && req.url.startsWith('/xAPI/statements')) {
        try {
          const parsed = JSON.parse(body.toString());
          posted = (Array.isArray(parsed) ? parsed : [parsed]).map((s) => s.id).filter(Boolean);
        } catch {
          posted = [];
        }
        stats.posts.push(posted.length);
      }
      if (faults.dropNext > 0) {
        faults.dropNext -= 1;
        stats.failed += 1;
        return req.socket.destroy();
      }
      if (faults.auth && req.headers.authorization !== faults.auth) return fail(401, {}, 'bad credentials');
      if (faults.maxBody && body.length > faults.maxBody) return fail(413, {}, 'too large');
      if (faults.status) return fail(faults.status, faults.retryAfter !== undefined ? { 'Retry-After': String(faults.retryAfter) } : {});
      const existing = posted.filter((id) => stored.has(id));
      if (faults.conflicts && existing.length) return fail(409, {}, `Conflict: statement ${existing[0]} already exists`);
      if (faults.failRate && random() < faults.failRate) {
        const kind = random();
        if (kind < 0.3) {
          stats.failed += 1;
          return req.socket.destroy();
        }
        return fail(kind < 0.65 ? 503 : kind < 0.85 ? 500 : 429, kind >= 0.85 ? { 'Retry-After': '0' } : {});
      }
      const forward = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url.replace(/^\/xAPI\//, upstream.pathname), headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          if (answer.statusCode === 200) for (const id of posted) stored.add(id);
          const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !name.startsWith('access-control-')));
          res.writeHead(answer.statusCode, { ...headers, ...cors });
          answer.pipe(res);
        },
      );
      forward.on('error', () => req.socket.destroy());
      forward.end(body);
    });
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    configure(next) {
      faults = { ...next };
      seed = next.seed ?? 1;
      stats.requests = 0;
      stats.failed = 0;
      stats.posts = [];
    },
    stats: () => ({ ...stats, posts: [...stats.posts] }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
