/** Who the learner is, as an xAPI Agent, and the registration that groups their statements. */
import { uuid } from './ids.js';
import type { Actor, Agent } from './statement.js';

export interface LearnerOptions {
  name?: string | undefined;
  email?: string | undefined;
  accountHomePage?: string | undefined;
  accountName?: string | undefined;
}

const ANONYMOUS_KEY = 'spoc-elements:anonymous-learner';

/** Reads a value kept in localStorage, creating it once; works (unkept) where storage is blocked. */
function kept(key: string, create: () => string): string {
  try {
    const existing = localStorage.getItem(key);
    if (existing) return existing;
    const value = create();
    localStorage.setItem(key, value);
    return value;
  } catch {
    return create();
  }
}

/**
 * The learner as an Agent with exactly one identifier: `mbox` from an email, else an `account`,
 * else an anonymous account (page origin + a UUID kept in localStorage, so it is stable).
 */
export function resolveActor(options: LearnerOptions = {}): Agent {
  const agent: Agent = { objectType: 'Agent' };
  if (options.name) agent.name = options.name;
  if (options.email) {
    agent.mbox = `mailto:${options.email.replace(/^mailto:/i, '').trim()}`;
  } else if (options.accountHomePage && options.accountName) {
    agent.account = { homePage: options.accountHomePage, name: options.accountName };
  } else {
    agent.account = { homePage: location.origin, name: kept(ANONYMOUS_KEY, uuid) };
  }
  return agent;
}

/** A stable string naming an agent by its identifier (for store keys and comparisons). */
export function agentKey(agent: Actor): string {
  if (agent.mbox) return agent.mbox.toLowerCase();
  if (agent.mbox_sha1sum) return `sha1:${agent.mbox_sha1sum}`;
  if (agent.openid) return agent.openid;
  if (agent.account) return `${agent.account.homePage}::${agent.account.name}`;
  return 'anonymous';
}

/** One registration UUID per learner per course, kept locally so reloads continue it. */
export function resolveRegistration(agent: Agent, courseId: string): string {
  return kept(`spoc-elements:registration:${agentKey(agent)}:${courseId}`, uuid);
}
