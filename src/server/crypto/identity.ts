import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Reporter identities are encrypted with AES-256-GCM before they reach the
 * database; the key lives outside it (environment or key file), so a dump or
 * a backup alone never shows who reported. Layout: iv(12) ‖ tag(16) ‖ data.
 */
const IV = 12;
const TAG = 16;

export type ReporterIdentity = {
  name?: string;
  phone?: string;
  email?: string;
  idNumber?: string;
  address?: string;
};

export function encryptIdentity(key: Buffer, identity: ReporterIdentity): Buffer {
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(identity), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]);
}

/** Throws when the data was altered or the key is not the one it was written with. */
export function decryptIdentity(key: Buffer, blob: Buffer): ReporterIdentity {
  const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, IV));
  decipher.setAuthTag(blob.subarray(IV, IV + TAG));
  const text = Buffer.concat([decipher.update(blob.subarray(IV + TAG)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as ReporterIdentity;
}

/**
 * The key: `IDENTITY_KEY` (base64 of 32 bytes) if set, else the key file
 * (`IDENTITY_KEY_FILE`, by default beside the data folder: `./data.identity.key`),
 * created on first start with owner-only permissions. Losing it makes the
 * stored identities unreadable: back it up apart from the database.
 */
export function loadIdentityKey(env: NodeJS.ProcessEnv, dataDir: string): { key: Buffer; source: string } {
  if (env.IDENTITY_KEY) {
    const key = Buffer.from(env.IDENTITY_KEY, 'base64');
    if (key.length !== 32) throw new Error('IDENTITY_KEY phải là 32 byte mã hóa base64 (openssl rand -base64 32).');
    return { key, source: 'IDENTITY_KEY' };
  }
  const file = resolve(env.IDENTITY_KEY_FILE || `${dataDir.replace(/\/+$/, '')}.identity.key`);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`Tệp khóa ${file} không chứa khóa 32 byte (base64).`);
  return { key, source: file };
}
