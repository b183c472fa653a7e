/**
 * The password policy, checked in the browser before asking the server (which checks it
 * again): at least 10 characters, three of the four classes, not the username.
 * @see GB/T 22239-2019（等保 2.0）二级 身份鉴别
 */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 10) return `密码至少需要 10 个字符，当前只有 ${password.length} 个。`;
  const classes = [/[a-z]/u, /[A-Z]/u, /\d/u, /[^a-zA-Z\d]/u].filter((re) =>
    re.test(password),
  ).length;
  if (classes < 3)
    return `密码需包含小写字母、大写字母、数字、符号中的至少三类，当前只有 ${classes} 类。`;
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    return '密码不能包含用户名。';
  return null;
}
