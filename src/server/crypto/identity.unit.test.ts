import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptIdentity, encryptIdentity, loadIdentityKey } from './identity.ts';

describe('reporter identity encryption', () => {
  it('round-trips, never contains the clear text, and refuses another key or a changed byte', () => {
    const key = randomBytes(32);
    const blob = encryptIdentity(key, { name: 'Nguyễn Văn An', phone: '0912345678' });
    expect(blob.toString('latin1')).not.toContain('0912345678');
    expect(blob.toString('utf8')).not.toContain('Nguyễn');
    expect(decryptIdentity(key, blob)).toEqual({ name: 'Nguyễn Văn An', phone: '0912345678' });
    expect(() => decryptIdentity(randomBytes(32), blob)).toThrow();
    const changed = Buffer.from(blob);
    changed[changed.length - 1]! ^= 1;
    expect(() => decryptIdentity(key, changed)).toThrow();
  });

  it('creates an owner-only key file beside the data folder once, and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toandan-key-'));
    const first = loadIdentityKey({}, join(dir, 'data'));
    expect(first.source).toBe(join(dir, 'data.identity.key'));
    expect(statSync(first.source).mode & 0o777).toBe(0o600);
    expect(loadIdentityKey({}, join(dir, 'data')).key.equals(first.key)).toBe(true);
    expect(readFileSync(first.source, 'utf8')).not.toBe('');
    expect(() => loadIdentityKey({ IDENTITY_KEY: 'c2hvcnQ=' }, dir)).toThrow(/32 byte/);
  });
});
