import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { maskIdentity } from '@xxgk/casework';
import { XxgkError } from '@xxgk/model';

/*
 * How identity document numbers are kept (条例第十五条: personal information is not disclosed;
 * GB/T 22239-2019 8.1.4.8 个人信息保护):
 * - stored only AES-256-GCM-encrypted (`applications.identity_number_enc`: IV ‖ tag ‖ text);
 * - shown only masked (`identity_masked`, e.g. 110***********1234) — the API never returns the
 *   full number;
 * - compared for duplicate detection through an HMAC-SHA256 of the normalised number.
 * The key: XXGK_SECRET_KEY (32 bytes as 64 hex digits or base64), else the file `secret.key`
 * in the data directory, generated (mode 0600) at first start. Without either (tests), a
 * random key lives for the process only.
 */

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
let configured: Buffer | null = null;

function parseKey(text: string, source: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/iu.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== KEY_BYTES)
    throw new XxgkError(
      'usage',
      `${source} 中的密钥无效：应为 32 字节（64 位十六进制或 base64 编码）。`,
    );
  return key;
}

/** Uses this key for identity documents (from the environment or the data directory). */
export function configureSecretKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new XxgkError('usage', '身份证件加密密钥应为 32 字节。');
  configured = Buffer.from(key);
}

/**
 * The key for a data directory: XXGK_SECRET_KEY if set, else `<dataDir>/secret.key`, created
 * with a fresh random key (readable by the owner only) when missing.
 */
export async function loadOrCreateSecretKey(dataDir: string): Promise<Buffer> {
  const fromEnv = process.env.XXGK_SECRET_KEY;
  if (fromEnv?.trim()) return parseKey(fromEnv, 'XXGK_SECRET_KEY');
  const file = join(dataDir, 'secret.key');
  try {
    return parseKey(await readFile(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const key = randomBytes(KEY_BYTES);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
  return key;
}

function secretKey(): Buffer {
  if (configured) return configured;
  const fromEnv = process.env.XXGK_SECRET_KEY;
  configured = fromEnv?.trim() ? parseKey(fromEnv, 'XXGK_SECRET_KEY') : randomBytes(KEY_BYTES);
  return configured;
}

function subkey(purpose: string): Buffer {
  return createHash('sha256').update(`xxgk:${purpose}:`).update(secretKey()).digest();
}

/** The number as compared: no spaces, upper case (a trailing x of a 身份证 is X). */
export function normalizeIdentityNumber(number: string): string {
  return number.replace(/\s+/gu, '').toUpperCase();
}

/** What the database stores of an identity document. */
export interface ProtectedIdentity {
  kind: string;
  encrypted: Uint8Array;
  masked: string;
  hash: string;
}

/** Encrypts, masks and hashes an identity document number for storage. */
export function protectIdentity(kind: string, number: string): ProtectedIdentity {
  const clear = normalizeIdentityNumber(number);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', subkey('identity-enc'), iv);
  const text = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
  return {
    kind: kind.trim(),
    encrypted: new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), text])),
    masked: maskIdentity(clear),
    hash: createHmac('sha256', subkey('identity-mac')).update(clear).digest('hex'),
  };
}

/** The clear number of a stored identity document (never sent to a browser). */
export function revealIdentity(encrypted: Uint8Array): string {
  const bytes = Buffer.from(encrypted);
  const decipher = createDecipheriv(
    'aes-256-gcm',
    subkey('identity-enc'),
    bytes.subarray(0, IV_BYTES),
  );
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([
    decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
}
