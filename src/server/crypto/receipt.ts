import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../features/auth/passwords.ts';

/**
 * What a citizen keeps to follow an item: a receipt code (printed, may be
 * read aloud, so no look-alike letters) and a secret shown once. The secret is
 * stored only as an argon2id hash, like a password.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'; // no 0/O, 1/I/L

function pick(n: number): string {
  const bytes = randomBytes(n);
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** "TD-7K3M-9QX2": 8 random characters, about 40 bits; uniqueness is enforced by the table. */
export const newReceiptCode = () => `TD-${pick(4)}-${pick(4)}`;

/** 16 characters in groups of four, about 79 bits. */
export const newReceiptSecret = () => [pick(4), pick(4), pick(4), pick(4)].join('-');

/** Normalises what a person types: case, spaces, missing dashes. */
export function normaliseCode(input: string): string {
  const s = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const body = s.startsWith('TD') ? s.slice(2) : s;
  return body.length === 8 ? `TD-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase();
}

export function normaliseSecret(input: string): string {
  const s = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return s.length === 16 ? s.match(/.{4}/g)!.join('-') : input.trim().toUpperCase();
}

export const hashSecret = (secret: string) => hashPassword(normaliseSecret(secret));
export const verifySecret = (hash: string, secret: string) => verifyPassword(hash, normaliseSecret(secret));
