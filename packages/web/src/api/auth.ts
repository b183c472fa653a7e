import { ApiError, request, setCsrfToken } from './http.js';
import type { Session } from './types.js';

/** Signs in; remembers the CSRF token for later calls. Wrong password / lockout throw ApiError. */
export async function login(username: string, password: string): Promise<Session> {
  const session = await request<Session>(
    'POST',
    '/api/auth/login',
    { username, password },
    { allowUnauthorized: true },
  );
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when nobody is signed in. */
export async function currentSession(): Promise<Session | null> {
  try {
    const session = await request<Session>('GET', '/api/auth/me', undefined, {
      allowUnauthorized: true,
    });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** Ends the session on the server and forgets the CSRF token. */
export async function logout(): Promise<void> {
  try {
    await request<void>('POST', '/api/auth/logout', undefined, { allowUnauthorized: true });
  } finally {
    setCsrfToken(null);
  }
}

/** Changes the signed-in user's password (the server applies the password policy). */
export function changePassword(current: string, next: string): Promise<void> {
  return request<void>('POST', '/api/auth/password', { current, next });
}
