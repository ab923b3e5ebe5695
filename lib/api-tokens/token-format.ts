// What an API token looks like and how it is kept. The raw token is shown to its
// owner once; the database keeps only its SHA-256, so a copy of the table cannot
// be replayed. A plain hash (no salt, no scrypt) is enough because the secret is
// 256 random bits, not a password a person chose.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'qm_';
const SECRET_BYTES = 32;
// 32 bytes are 43 base64url characters (no padding).
const TOKEN_PATTERN = /^qm_[A-Za-z0-9_-]{43}$/;
// Enough to tell tokens apart in a list; leaves ~220 secret bits unshown.
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 6;

export const generateRawToken = (): string => TOKEN_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');

export const hashToken = (raw: string): string => createHash('sha256').update(raw, 'utf8').digest('hex');

export const displayPrefixOf = (raw: string): string => raw.slice(0, DISPLAY_LENGTH);

/** Cheap shape check, so garbage never costs a database read. */
export const isWellFormedToken = (raw: string): boolean => TOKEN_PATTERN.test(raw);
