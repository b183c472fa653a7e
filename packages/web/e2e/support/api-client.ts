/**
 * A minimal HTTP client for setting up test data through the real API (as the administrator):
 * cookie and CSRF handled like the browser does.
 */
export class ApiClient {
  private cookie = '';
  private csrf = '';

  constructor(private readonly base: string) {}

  /** Logs in; throws with the server's message on failure. */
  async login(username: string, password: string): Promise<void> {
    const res = await fetch(`${this.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await res.json()) as { csrfToken?: string; error?: { message: string } };
    if (!res.ok || !body.csrfToken)
      throw new Error(`登录失败（${res.status}）：${body.error?.message ?? ''}`);
    this.cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    this.csrf = body.csrfToken;
  }

  /** Calls the API; throws with the server's message on failure. */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} 失败（${res.status}）：${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
