/**
 * The browser's half of the proof of work (server: features/public-report/pow.ts):
 * find a nonce so that SHA-256(token + ':' + nonce) starts with `difficulty`
 * zero bits. Hashes run in batches so the page stays responsive.
 */
function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const b of bytes) {
    if (b === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(b) - 24;
  }
  return bits;
}

/**
 * SHA-256 of one attempt. `crypto.subtle` exists only in secure contexts (HTTPS
 * or localhost); a phone opening the site by a LAN address over plain HTTP
 * falls back to @noble/hashes, loaded only then.
 */
async function hasher(): Promise<(data: Uint8Array) => Promise<Uint8Array>> {
  if (globalThis.crypto?.subtle)
    return async (data) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return async (data) => sha256(data);
}

export async function solvePow(token: string, difficulty: number): Promise<string> {
  const enc = new TextEncoder();
  const hash = await hasher();
  const BATCH = 512;
  for (let start = 0; ; start += BATCH) {
    const hashes = await Promise.all(
      Array.from({ length: BATCH }, (_, i) => hash(enc.encode(`${token}:${start + i}`))),
    );
    const hit = hashes.findIndex((h) => leadingZeroBits(h) >= difficulty);
    if (hit >= 0) return String(start + hit);
  }
}
