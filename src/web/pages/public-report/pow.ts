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

export async function solvePow(token: string, difficulty: number): Promise<string> {
  const enc = new TextEncoder();
  const BATCH = 512;
  for (let start = 0; ; start += BATCH) {
    const hashes = await Promise.all(
      Array.from({ length: BATCH }, (_, i) => crypto.subtle.digest('SHA-256', enc.encode(`${token}:${start + i}`))),
    );
    const hit = hashes.findIndex((h) => leadingZeroBits(new Uint8Array(h)) >= difficulty);
    if (hit >= 0) return String(start + hit);
  }
}
