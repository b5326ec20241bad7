/**
 * The Open Badges 3.0 `OpenBadgeCredential` a certificate is issued as, its zod schema (the fields
 * we emit), and the verification code printed on the certificate: a short, human-readable digest
 * (SHA-256 through Web Crypto) of the credential's content.
 */
import * as z from 'zod/mini';

export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;
/** JSON-LD term for our "not signed" marker, so the document stays valid JSON-LD. */
const UNSIGNED_CONTEXT = { unsigned: 'https://w3id.org/spoc-elements/vocab#unsigned' } as const;

export const openBadgeCredentialSchema = z.looseObject({
  '@context': z.array(z.union([z.string(), z.record(z.string(), z.string())])).check(
    z.refine((c) => c[0] === OB3_CONTEXT[0] && c.includes(OB3_CONTEXT[1]), 'OB 3.0 contexts'),
  ),
  id: z.string().check(z.regex(/^urn:uuid:[0-9a-f-]{36}$/)),
  type: z.array(z.string()).check(z.refine((t) => t.includes('VerifiableCredential') && t.includes('OpenBadgeCredential'), 'credential types')),
  name: z.string().check(z.minLength(1)),
  issuer: z.looseObject({
    id: z.string().check(z.minLength(1)),
    type: z.array(z.string()).check(z.refine((t) => t.includes('Profile'), 'Profile')),
    name: z.string().check(z.minLength(1)),
    url: z.optional(z.url()),
    image: z.optional(z.looseObject({ id: z.url(), type: z.literal('Image') })),
  }),
  validFrom: z.iso.datetime(),
  validUntil: z.optional(z.iso.datetime()),
  credentialSubject: z.looseObject({
    type: z.array(z.string()).check(z.refine((t) => t.includes('AchievementSubject'), 'AchievementSubject')),
    id: z.optional(z.string()),
    identifier: z.optional(z.array(z.looseObject({ type: z.literal('IdentityObject'), identityHash: z.string(), identityType: z.string(), hashed: z.boolean() }))),
    name: z.optional(z.string()),
    achievement: z.looseObject({
      id: z.string().check(z.minLength(1)),
      type: z.array(z.string()).check(z.refine((t) => t.includes('Achievement'), 'Achievement')),
      name: z.string().check(z.minLength(1)),
      description: z.string(),
      criteria: z.looseObject({ narrative: z.string().check(z.minLength(1)) }),
      achievementType: z.optional(z.string()),
    }),
    result: z.optional(z.array(z.looseObject({ type: z.array(z.string()), value: z.string() }))),
  }),
  unsigned: z.optional(z.boolean()),
  proof: z.optional(z.unknown()),
});
export type OpenBadgeCredential = z.infer<typeof openBadgeCredentialSchema>;

export interface CredentialInput {
  id: string;
  name: string;
  description: string;
  narrative: string;
  achievementId: string;
  issuer: { id: string; name: string; url?: string | undefined; logo?: string | undefined };
  learner: { name?: string | undefined; email?: string | undefined; accountId?: string | undefined };
  validFrom: string;
  validUntil?: string | undefined;
  score?: number | undefined;
}

/** The credential, marked `unsigned` (a `sign` hook of the host replaces it with a signed one). */
export function buildCredential(input: CredentialInput): OpenBadgeCredential {
  const subject: OpenBadgeCredential['credentialSubject'] = {
    type: ['AchievementSubject'],
    achievement: {
      id: input.achievementId,
      type: ['Achievement'],
      achievementType: 'Certificate',
      name: input.name,
      description: input.description,
      criteria: { narrative: input.narrative },
    },
  };
  if (input.learner.email) subject.id = `mailto:${input.learner.email}`;
  else if (input.learner.accountId) subject.id = input.learner.accountId;
  if (input.learner.name) subject.name = input.learner.name;
  if (input.score !== undefined) subject.result = [{ type: ['Result'], value: `${Math.round(input.score * 100)}%` }];
  const issuer: OpenBadgeCredential['issuer'] = { id: input.issuer.id, type: ['Profile'], name: input.issuer.name };
  if (input.issuer.url) issuer.url = input.issuer.url;
  if (input.issuer.logo) issuer.image = { id: input.issuer.logo, type: 'Image' };
  const credential: OpenBadgeCredential = {
    '@context': [...OB3_CONTEXT, UNSIGNED_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.name,
    issuer,
    validFrom: input.validFrom,
    credentialSubject: subject,
    unsigned: true,
  };
  if (input.validUntil) credential.validUntil = input.validUntil;
  return credential;
}

/** JSON with sorted keys, so the same content always gives the same digest. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** SHA-256 of the text, as bytes. */
async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * Verification code: the first 60 bits of SHA-256 over the credential's content (without `proof`
 * and the `unsigned` marker), in Crockford base32, grouped: `7K3M-Q9XD-2F1B`.
 */
export async function verificationCode(credential: OpenBadgeCredential): Promise<string> {
  const { proof: _proof, unsigned: _unsigned, ...content } = credential;
  const bytes = await sha256(canonicalJson(content));
  let bits = 0n;
  for (const byte of bytes.slice(0, 8)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 4n; // 60 bits = 12 characters
  let code = '';
  for (let i = 0; i < 12; i++) {
    code = CROCKFORD[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A stable `urn:uuid:` for a learner's certificate (the same on every reload). */
export async function credentialId(seed: string): Promise<string> {
  const hex = Array.from(await sha256(seed), (b) => b.toString(16).padStart(2, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
