import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { solvePow } from './pow.ts';

const zeroBits = (hex: string) => {
  const n = BigInt(`0x${hex}`);
  return 256 - n.toString(2).length;
};
const work = (token: string, nonce: string) => zeroBits(createHash('sha256').update(`${token}:${nonce}`).digest('hex'));

describe('proof of work in the browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('finds a nonce the server accepts, with Web Crypto', async () => {
    const nonce = await solvePow('thu-nghiem', 10);
    expect(work('thu-nghiem', nonce)).toBeGreaterThanOrEqual(10);
  });

  it('finds the same kind of nonce without Web Crypto (plain HTTP on a LAN address)', async () => {
    vi.stubGlobal('crypto', {});
    const nonce = await solvePow('khong-an-toan', 10);
    expect(work('khong-an-toan', nonce)).toBeGreaterThanOrEqual(10);
  });
});
