import { hash, verify } from '@node-rs/argon2';
import { XxgkError } from '@xxgk/model';

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password accepted (hashing cost must not be a denial-of-service lever). */
export const MAX_PASSWORD_LENGTH = 128;

const CLASSES: readonly [RegExp, string][] = [
  [/\p{Ll}/u, '小写字母'],
  [/\p{Lu}/u, '大写字母'],
  [/\p{Nd}/u, '数字'],
  [/[^\p{L}\p{Nd}\s]/u, '符号'],
];

/**
 * Why a password breaks the policy, or null when it meets it: at least 10 characters, three
 * of the four classes (lower case, upper case, digits, symbols), and not containing the
 * username.
 * @see GB/T 22239-2019 8.1.4.1 a) 身份鉴别信息具有复杂度要求
 */
export function passwordProblem(password: string, username: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符（现为 ${length} 个）。`;
  if (length > MAX_PASSWORD_LENGTH) return `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符。`;
  const present = CLASSES.filter(([re]) => re.test(password));
  if (present.length < 3) {
    const missing = CLASSES.filter(([re]) => !re.test(password)).map(([, name]) => name);
    return `密码须包含小写字母、大写字母、数字、符号中的至少三类（现缺少：${missing.join('、')}）。`;
  }
  const name = username.normalize('NFKC').trim().toLowerCase();
  if (name && password.normalize('NFKC').toLowerCase().includes(name))
    return '密码不能包含用户名。';
  return null;
}

/** Throws `usage` with the policy's message when the password breaks it. */
export function assertPasswordPolicy(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new XxgkError('usage', problem);
}

/** An argon2id PHC string for a password (m=19 MiB, t=2, p=1: OWASP's minimum). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True if the password matches the PHC string; a malformed hash is a mismatch. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/**
 * Spends the time of one verification on a throw-away hash, so that a login with an unknown
 * username takes as long as one with a wrong password (no user enumeration by timing).
 */
export async function verifyDummy(password: string): Promise<void> {
  dummy ??= hash('xxgk-no-such-user-password');
  await verifyPassword(await dummy, password);
}
