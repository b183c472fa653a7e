import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';

describe('the password policy', () => {
  it('wants ten characters, three classes of four, and not the username', () => {
    expect(passwordProblem('Ab1!', 'x')).toContain('至少需要 10 个字符（现为 4 个）');
    expect(passwordProblem('abcdefghijk1', 'x')).toContain('现缺少：大写字母、符号');
    expect(passwordProblem('Zhangsan-2025', 'zhangsan')).toBe('密码不能包含用户名。');
    expect(passwordProblem('Xxgk-demo-2025', 'clerk')).toBeNull();
    expect(passwordProblem('审核员密码Abc12345', 'r')).toBeNull();
    expect(passwordProblem('A'.repeat(200) + 'b1', 'r')).toContain('不能超过 128 个字符');
  });

  it('accepts exactly the passwords that have enough length and classes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 30 }), (pw) => {
        const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u].filter((r) =>
          r.test(pw),
        ).length;
        const ok = [...pw].length >= 10 && classes >= 3;
        return (passwordProblem(pw, '不会出现的用户名') === null) === ok;
      }),
    );
  });
});

describe('password hashing', () => {
  it('stores argon2id PHC strings with a fresh salt and verifies only the right password', async () => {
    const a = await hashPassword('Test-Passw0rd!');
    const b = await hashPassword('Test-Passw0rd!');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/u);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'Test-Passw0rd!')).toBe(true);
    expect(await verifyPassword(a, 'test-Passw0rd!')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
