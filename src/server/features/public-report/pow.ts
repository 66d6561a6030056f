import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.ts';

/**
 * A proof-of-work check that needs no outside service: the server hands out a
 * signed, short-lived token; the browser finds a nonce such that
 * SHA-256(token + ':' + nonce) starts with `difficulty` zero bits. The token
 * carries its own difficulty and expiry under an HMAC, so nothing is stored
 * until it is spent (spent_challenges, inside the submission's transaction).
 */
export const CHALLENGE_TTL_MS = 10 * 60 * 1000;

/** The HMAC key, derived from the identity key so there is no second secret to manage. */
export const powKey = (identityKey: Buffer) => Buffer.from(hkdfSync('sha256', identityKey, '', 'pow', 32));

const b64 = (b: Buffer) => b.toString('base64url');

export function issueChallenge(key: Buffer, now: Date, difficulty: number): { token: string; difficulty: number } {
  const payload = Buffer.alloc(16 + 8 + 1);
  randomBytes(16).copy(payload, 0);
  payload.writeBigUInt64BE(BigInt(now.getTime() + CHALLENGE_TTL_MS), 16);
  payload.writeUInt8(difficulty, 24);
  const mac = createHmac('sha256', key).update(payload).digest();
  return { token: `${b64(payload)}.${b64(mac)}`, difficulty };
}

export function leadingZeroBits(hash: Buffer): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Checks signature, expiry and work; returns what to record as spent. Throws 400/422 otherwise. */
export function verifyChallenge(
  key: Buffer,
  now: Date,
  solution: { token: string; nonce: string },
): { tokenHash: string; expiresAt: Date } {
  const [p, m] = solution.token.split('.');
  const payload = Buffer.from(p ?? '', 'base64url');
  const mac = Buffer.from(m ?? '', 'base64url');
  const expected = createHmac('sha256', key).update(payload).digest();
  if (payload.length !== 25 || mac.length !== expected.length || !timingSafeEqual(mac, expected))
    throw new AppError(400, 'public.powInvalid');
  const expiresAt = new Date(Number(payload.readBigUInt64BE(16)));
  if (expiresAt.getTime() < now.getTime()) throw new AppError(400, 'public.powExpired');
  const difficulty = payload.readUInt8(24);
  const work = createHash('sha256').update(`${solution.token}:${solution.nonce}`).digest();
  if (leadingZeroBits(work) < difficulty) throw new AppError(400, 'public.powInvalid');
  return { tokenHash: createHash('sha256').update(solution.token).digest('hex'), expiresAt };
}

/** Finds a nonce (tests and the bench; the browser does the same with crypto.subtle). */
export function solveChallenge(token: string, difficulty: number): string {
  for (let n = 0; ; n++) {
    const h = createHash('sha256').update(`${token}:${n}`).digest();
    if (leadingZeroBits(h) >= difficulty) return String(n);
  }
}
