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
 * `mailto:` + the address as a URI: a non-ASCII local part (`chloé@`) percent-encoded as UTF-8 (the
 * IRI-to-URI mapping of RFC 3987), an internationalized domain (`@société.fr`) in punycode. LRSs validate `mbox` as a URI and refuse the raw
 * form, which would set aside every statement of that learner; the encoded form is the same
 * identifier for every element, the progress model and the report.
 */
export function mailtoIri(email: string): string {
  const address = email.trim().replace(/^mailto:/i, '');
  const at = address.lastIndexOf('@');
  const encode = (text: string) => text.replace(/[^\x21-\x7e]+/g, (part) => encodeURIComponent(part));
  if (at < 0) return `mailto:${encode(address)}`;
  let domain = address.slice(at + 1);
  try {
    domain = new URL(`http://${domain}`).hostname; // an internationalized domain in its ASCII (punycode) form
  } catch {
    domain = encode(domain);
  }
  return `mailto:${encode(address.slice(0, at))}@${domain}`;
}

/**
 * The learner as an Agent with exactly one identifier: `mbox` from an email, else an `account`,
 * else an anonymous account (page origin + a UUID kept in localStorage, so it is stable).
 */
export function resolveActor(options: LearnerOptions = {}): Agent {
  const agent: Agent = { objectType: 'Agent' };
  if (options.name) agent.name = options.name;
  if (options.email) {
    agent.mbox = mailtoIri(options.email);
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
