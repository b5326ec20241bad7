import { expect, oneEvent } from '@open-wc/testing';
import { resolveActor, resolveRegistration } from '../../src/xapi/actor.js';
import { isoDuration, parseIsoDuration, uuid } from '../../src/xapi/ids.js';
import { LocalStore } from '../../src/xapi/local-store.js';
import type { Statement } from '../../src/xapi/statement.js';
import { Tracker, type Sink } from '../../src/xapi/tracker.js';
import { ACTIVITY_TYPES, CATEGORIES, VERBS } from '../../src/xapi/vocabulary.js';
import { expectValidStatement } from '../helpers/statements.js';

const course = 'https://learn.example.com/courses/optimanager';

describe('xapi/tracker', () => {
  it('completes a partial statement with every required field', async () => {
    const actor = resolveActor({ email: 'ana@example.com', name: 'Ana' });
    const tracker = new Tracker({ actor, registration: resolveRegistration(actor, course), language: 'fr' });
    const target = document.createElement('div');
    document.body.append(target);
    const heard = oneEvent(document, 'spoc-statement');
    const { statement } = tracker.send(
      {
        verb: VERBS.completed,
        object: { id: `${course}/quiz/m1`, definition: { type: ACTIVITY_TYPES.assessment, name: { fr: 'Quiz' } } },
        result: { score: { scaled: 0.5, raw: 1, min: 0, max: 2 }, duration: isoDuration(83_450) },
        context: { contextActivities: { parent: { id: course } as never, category: [{ id: CATEGORIES.video }] } },
      },
      target,
    );
    const event = (await heard) as CustomEvent<{ statement: Statement }>;
    expect(event.detail.statement).to.equal(statement);
    expect(event.bubbles && event.composed).to.equal(true);
    expectValidStatement(statement);
    expect(statement.actor).to.deep.equal({ objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.com' });
    expect(statement.context?.contextActivities?.parent).to.deep.equal([{ id: course }]);
    expect(statement.context?.platform).to.equal('spoc-elements');
    expect(statement.context?.language).to.equal('fr');
    expect(statement.result?.duration).to.equal('PT1M23.45S');
    target.remove();
  });

  it('keeps the anonymous learner and the registration across "reloads"', () => {
    const first = resolveActor();
    const second = resolveActor();
    expect(first.account?.homePage).to.equal(location.origin);
    expect(first.account?.name).to.equal(second.account?.name);
    expect(resolveRegistration(first, course)).to.equal(resolveRegistration(second, course));
    expect(resolveRegistration(first, course)).to.not.equal(resolveRegistration(first, `${course}-2`));
  });

  it('never overwrites the context template and merges its activities first', () => {
    const tracker = new Tracker({
      actor: resolveActor({ accountHomePage: 'https://lms.example.com', accountName: 'u1' }),
      registration: uuid(),
      contextTemplate: {
        registration: '0e1a5c1e-7f1b-4f87-9d59-3b2f1a8e0c11',
        contextActivities: { grouping: [{ id: 'https://lms.example.com/publisher/1' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
      },
    });
    const statement = tracker.complete({
      verb: VERBS.answered,
      object: { id: `${course}/q1` },
      context: { contextActivities: { grouping: [{ id: course }] }, extensions: { 'https://example.com/x': 1 } },
    });
    expect(statement.context?.registration).to.equal('0e1a5c1e-7f1b-4f87-9d59-3b2f1a8e0c11');
    expect(statement.context?.contextActivities?.grouping?.map((a) => a.id)).to.deep.equal(['https://lms.example.com/publisher/1', course]);
    expect(statement.context?.extensions).to.deep.equal({
      'https://example.com/x': 1,
      'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1',
    });
    expectValidStatement(statement);
  });

  it('a failing sink is reported and does not stop the others', async () => {
    const received: string[] = [];
    const errors: string[] = [];
    const tracker = new Tracker({
      actor: resolveActor(),
      registration: uuid(),
      sinks: [
        { name: 'broken', accept: () => Promise.reject(new Error('offline')) } satisfies Sink,
        { name: 'ok', accept: (s) => void received.push(s.id) },
      ],
      onSinkError: (error, sink) => errors.push(`${sink.name}: ${(error as Error).message}`),
    });
    const { statement, delivered } = tracker.send({ verb: VERBS.experienced, object: { id: course } });
    await delivered;
    expect(received).to.deep.equal([statement.id]);
    expect(errors).to.deep.equal(['broken: offline']);
  });

  it('formats and parses ISO 8601 durations', () => {
    expect(isoDuration(0)).to.equal('PT0S');
    expect(isoDuration(3_723_450)).to.equal('PT1H2M3.45S');
    expect(isoDuration(3_600_000)).to.equal('PT1H');
    expect(parseIsoDuration('PT1H2M3.45S')).to.equal(3_723_450);
  });

  describe('local store', () => {
    it('keeps statements across re-creating the store and answers queries', async () => {
      const name = `test-${uuid()}`;
      const actor = resolveActor({ email: 'bob@example.com' });
      const other = resolveActor({ email: 'eve@example.com' });
      const registration = uuid();
      const tracker = new Tracker({ actor, registration, store: new LocalStore(name) });
      const sent: Statement[] = [];
      const start = Date.now();
      for (const [i, verb] of [VERBS.attempted, VERBS.answered, VERBS.completed].entries()) {
        // Distinct milliseconds: statements of the same millisecond have no order between them.
        const { statement, delivered } = tracker.send({ verb, object: { id: `${course}/quiz/m1` }, timestamp: new Date(start + i).toISOString() });
        sent.push(statement);
        await delivered;
      }
      const stranger = new Tracker({ actor: other, registration: uuid(), store: new LocalStore(name) });
      await stranger.send({ verb: VERBS.completed, object: { id: `${course}/quiz/m1` } }).delivered;

      const reopened = new LocalStore(name); // a reload: a new object on the same database
      const mine = await reopened.query({ agent: actor, registration });
      expect(mine.map((s) => s.id)).to.deep.equal(sent.map((s) => s.id));
      expect((await reopened.query({ verb: VERBS.completed.id })).length).to.equal(2);
      expect((await reopened.query({ activity: `${course}/quiz/m1`, agent: other })).length).to.equal(1);
      expect((await reopened.query({ since: sent[0]!.timestamp, agent: actor })).length).to.be.at.most(2);
      expect((await reopened.query({ agent: actor, ascending: false, limit: 1 }))[0]!.id).to.equal(sent[2]!.id);
      expect(await reopened.get(sent[1]!.id)).to.deep.equal(sent[1]);
    });

    it('keeps state documents by activity, agent, registration and id', async () => {
      const store = new LocalStore(`test-${uuid()}`);
      const key = { activityId: `${course}/capsule/c1`, agent: resolveActor(), registration: uuid(), stateId: 'resume' };
      await store.setState(key, { position: 12.5 });
      expect(await store.getState({ ...key, registration: uuid() })).to.equal(undefined);
      expect(await store.getState(key)).to.deep.equal({ position: 12.5 });
      await store.deleteState(key);
      expect(await store.getState(key)).to.equal(undefined);
    });
  });
});

describe('xapi/tracker against the real LRS', () => {
  it('the LRS accepts what the tracker makes', async () => {
    const { expectAcceptedByLrs } = await import('../helpers/lrs.js');
    const actor = resolveActor({ email: 'ana@example.com', name: 'Ana' });
    const tracker = new Tracker({ actor, registration: resolveRegistration(actor, course), language: 'fr' });
    const statements = [
      tracker.complete({ verb: VERBS.attempted, object: { id: `${course}/quiz/m1`, definition: { type: ACTIVITY_TYPES.assessment, name: { fr: 'Quiz' } } } }),
      tracker.complete({
        verb: VERBS.completed,
        object: { id: `${course}/quiz/m1`, definition: { type: ACTIVITY_TYPES.assessment } },
        result: { score: { scaled: 0.5, raw: 1, min: 0, max: 2 }, completion: true, duration: isoDuration(61_000) },
        context: { contextActivities: { grouping: [{ id: course }] } },
      }),
    ];
    statements.forEach(expectValidStatement);
    await expectAcceptedByLrs(statements);
  });
});

describe('xapi/tracker resume state', () => {
  it('keeps a document per activity for this learner and registration, across a reload', async () => {
    const name = `test-${uuid()}`;
    const actor = resolveActor({ email: 'state@example.com' });
    const registration = uuid();
    await new Tracker({ actor, registration, store: new LocalStore(name) }).setState(`${course}/quiz/m1`, 'attempt', { answers: { q1: ['a'] } });
    const reloaded = new Tracker({ actor, registration, store: new LocalStore(name) });
    expect(await reloaded.getState(`${course}/quiz/m1`, 'attempt')).to.deep.equal({ answers: { q1: ['a'] } });
    const otherRegistration = new Tracker({ actor, registration: uuid(), store: new LocalStore(name) });
    expect(await otherRegistration.getState(`${course}/quiz/m1`, 'attempt')).to.equal(undefined);
  });
});

describe('xapi/local-store database', () => {
  it('a database held open at an older version by another page: saving fails after a while, never hangs; then works once released', async () => {
    const name = `held-${uuid()}`;
    // An older copy of the library (statements only, version 1) keeps its connection open.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(`${name}-statements`, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('statements');
      request.onsuccess = () => resolve(request.result);
    });
    const store = new LocalStore(name);
    const tracker = new Tracker({ actor: resolveActor({ email: 'held@example.com' }), registration: uuid() });
    const statement = tracker.complete({ verb: VERBS.experienced, object: { id: `${course}/page` } });
    const error = await store.save(statement).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('held open by another page');
    old.close();
    await store.save(statement);
    expect(await store.get(statement.id)).to.deep.equal(statement);
  });

  it('records kept by the previous version are indexed by registration when the database upgrades, and found by it', async () => {
    const name = `upgrade-${uuid()}`;
    const learner = new Tracker({ actor: resolveActor({ email: 'returning@example.com' }), registration: uuid() });
    const other = new Tracker({ actor: resolveActor({ email: 'returning@example.com' }), registration: uuid() });
    const mine = [1, 2, 3].map((n) => learner.complete({ verb: VERBS.experienced, object: { id: `${course}/page-${n}` } }));
    const theirs = other.complete({ verb: VERBS.experienced, object: { id: `${course}/elsewhere` } });
    const noRegistration = { ...theirs, id: uuid(), context: undefined };
    // The database as version 2 left it: statements and outbox, no index.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(`${name}-statements`, 2);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('statements');
        request.result.createObjectStore('outbox');
      };
      request.onsuccess = () => {
        const db = request.result;
        const transaction = db.transaction('statements', 'readwrite');
        for (const statement of [...mine, theirs, noRegistration]) transaction.objectStore('statements').put(statement, statement.id);
        transaction.oncomplete = () => (db.close(), resolve());
        transaction.onerror = () => reject(transaction.error);
      };
      request.onerror = () => reject(request.error);
    });
    const store = new LocalStore(name);
    const found = await store.query({ registration: learner.registration });
    // (Records of the same millisecond have no order between them: compared as sets.)
    expect(found.map((s) => s.id)).to.have.members(mine.map((s) => s.id));
    expect((await store.query({ registration: learner.registration, activity: `${course}/page-2` })).map((s) => s.id)).to.deep.equal([mine[1]!.id]);
    expect((await store.query({})).length).to.equal(5);
    // A record saved now is indexed too.
    const later = learner.complete({ verb: VERBS.experienced, object: { id: `${course}/page-4` } });
    await store.save(later);
    expect((await store.query({ registration: learner.registration })).map((s) => s.id)).to.have.members([...mine, later].map((s) => s.id));
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(`${name}-statements`);
      request.onsuccess = () => resolve(request.result);
    });
    expect(db.version).to.equal(3);
    expect([...db.transaction('statements').objectStore('statements').indexNames]).to.deep.equal(['registration']);
    db.close();
  });
});
