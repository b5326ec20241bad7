// The LMS side of a cmi5 launch, for tests: the one-time `fetch` URL, the `LMS.LaunchData` state
// and `cmi5LearnerPreferences` documents (the real LRS we run has no State resource), and the
// xAPI endpoint the AU is given, which checks the session token and hands statements to the
// real LRS (recording what it accepted, in order).
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { freePort } from './lrs-server.mjs';

const LRS_AUTH = `Basic ${Buffer.from('spoc:elements').toString('base64')}`;
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Expose-Headers': 'X-Experience-API-Version',
};

const body = (req) =>
  new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

/** Starts the LMS; `lrsEndpoint()` gives the real LRS statements go to. */
export async function startCmi5Lms(lrsEndpoint) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const sessions = new Map();
  const byToken = (req) => [...sessions.values()].find((s) => req.headers.authorization === `Basic ${s.token}`);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, base);
    const send = (status, text, type = 'application/json') => {
      res.writeHead(status, { ...CORS, 'Content-Type': type, 'X-Experience-API-Version': '1.0.3' });
      res.end(text);
    };
    if (req.method === 'OPTIONS') return send(204, '');
    const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
    if (fetchMatch && req.method === 'POST') {
      const session = sessions.get(fetchMatch[1]);
      if (!session) return send(200, JSON.stringify({ 'error-code': '3', 'error-text': 'unknown session' }));
      session.fetchCount += 1;
      if (session.fetchError) return send(200, JSON.stringify({ 'error-code': session.fetchError, 'error-text': 'refused by the test LMS' }));
      if (session.fetchCount > 1) return send(200, JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }));
      return send(200, JSON.stringify({ 'auth-token': session.token }));
    }
    const session = byToken(req);
    if (url.pathname.startsWith('/xapi/') && !session) return send(401, '{"error":"bad token"}');
    if (url.pathname === '/xapi/activities/state' && req.method === 'GET') {
      const q = url.searchParams;
      const ok =
        q.get('stateId') === 'LMS.LaunchData' &&
        q.get('activityId') === session.activityId &&
        q.get('registration') === session.registration &&
        JSON.parse(q.get('agent') ?? '{}').account?.name === session.actor.account.name;
      if (!ok) return send(404, '');
      session.launchDataReads += 1;
      return send(200, typeof session.launchData === 'string' ? session.launchData : JSON.stringify(session.launchData));
    }
    if (url.pathname === '/xapi/agents/profile' && req.method === 'GET') {
      if (url.searchParams.get('profileId') !== 'cmi5LearnerPreferences' || !session.preferences) return send(404, '');
      return send(200, JSON.stringify(session.preferences));
    }
    if (url.pathname === '/xapi/statements' && req.method === 'GET') {
      // The learner's record, read by the AU (another machine, a later session): from the real LRS.
      const answer = await fetch(`${await lrsEndpoint()}statements${url.search}`, {
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH },
      });
      const text = await answer.text();
      // `more` points at the LRS: the AU follows it through this endpoint.
      return send(answer.status, text.replace(/"more":"[^"]*\/statements/, '"more":"/xapi/statements'));
    }
    if (url.pathname === '/xapi/statements' && req.method === 'POST') {
      const text = await body(req);
      // An LMS having a bad minute: the first `failStatementPosts` POSTs get a 503.
      if (session.failedPosts < session.failStatementPosts) {
        session.failedPosts++;
        return send(503, 'Service Unavailable');
      }
      const answer = await fetch(`${await lrsEndpoint()}statements`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH },
        body: text,
      });
      const reply = await answer.text();
      if (answer.ok) {
        // What the LRS stores: a statement id once (a keepalive copy sent at page hide and the
        // regular delivery may both arrive; the LRS keeps one).
        const posted = JSON.parse(text);
        for (const statement of Array.isArray(posted) ? posted : [posted]) {
          if (!session.statements.some((kept) => kept.id === statement.id)) session.statements.push(statement);
        }
      } else {
        session.rejected.push(reply);
      }
      return send(answer.status, reply);
    }
    return send(404, '');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    /**
     * A new launch: returns the query string for the AU and the session id. `registration` (with
     * `learner` and `activityId`) launches a new session of an earlier registration.
     */
    launch({ launchData = {}, preferences, fetchError, failStatementPosts = 0, registration: kept, learner, activityId: au } = {}) {
      const id = randomUUID();
      const actor = { objectType: 'Agent', name: 'Ana Martin', account: { homePage: 'https://lms.example.com', name: learner ?? `learner-${id.slice(0, 8)}` } };
      const registration = kept ?? randomUUID();
      const activityId = au ?? `https://lms.example.com/au/${id}`;
      const sessionId = randomUUID();
      const data =
        typeof launchData === 'string'
          ? launchData
          : {
              contextTemplate: {
                contextActivities: { grouping: [{ id: 'https://publisher.example.com/courses/au-1' }] },
                extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
              },
              launchMode: 'Normal',
              moveOn: 'CompletedAndPassed',
              ...launchData,
            };
      sessions.set(id, {
        id, token: Buffer.from(`${id}:${randomUUID()}`).toString('base64'), fetchCount: 0, launchDataReads: 0,
        fetchError, preferences, launchData: data, actor, registration, activityId, statements: [], rejected: [],
        failStatementPosts, failedPosts: 0,
      });
      const query = new URLSearchParams({
        endpoint: `${base}xapi/`,
        fetch: `${base}fetch/${id}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return { id, query: query.toString(), actor, registration, activityId, sessionId };
    },
    session(id) {
      const { token: _token, ...session } = sessions.get(id) ?? {};
      return session;
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
