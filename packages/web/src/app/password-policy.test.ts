import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('accepts ten characters of three classes that do not contain the username', () => {
    expect(passwordProblem('Qingdao2025', 'clerk')).toBeNull();
    expect(passwordProblem('qingdao-2025', 'clerk')).toBeNull();
  });

  it('names the length when the password is too short', () => {
    expect(passwordProblem('Ab1!', 'x')).toContain('当前只有 4 个');
  });

  it('asks for three of the four classes', () => {
    expect(passwordProblem('abcdefghijk1', 'x')).toContain('当前只有 2 类');
  });

  it('refuses a password containing the username in any case', () => {
    expect(passwordProblem('Zhangsan-2025', 'zhangsan')).toBe('密码不能包含用户名。');
  });
});
