import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import * as auth from '../api/auth.js';
import { setUnauthorizedHandler } from '../api/http.js';
import type { User } from '../api/types.js';

/** Who is signed in, and the actions that change it. */
export interface SessionState {
  /** 'loading' until the first `/api/auth/me` answers. */
  status: 'loading' | 'anonymous' | 'signed-in';
  user: User | null;
  /** Why the user was sent back to the login page, if not by choice. */
  notice: string | null;
  /** An error reaching the server at start-up. */
  startupError: string | null;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Provides the session to the app: loads it once, and drops it when any call answers 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionState['status']>('loading');
  const [user, setUser] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [startupError, setStartupError] = useState<string | null>(null);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setUser(null);
      setStatus('anonymous');
      setNotice('登录已过期或已在别处退出，请重新登录。');
    });
    auth.currentSession().then(
      (s) => {
        setUser(s?.user ?? null);
        setStatus(s ? 'signed-in' : 'anonymous');
      },
      (e: unknown) => {
        setStartupError(e instanceof Error ? e.message : '无法连接服务器。');
        setStatus('anonymous');
      },
    );
    return () => setUnauthorizedHandler(null);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const s = await auth.login(username, password);
    setUser(s.user);
    setNotice(null);
    setStartupError(null);
    setStatus('signed-in');
  }, []);

  const logout = useCallback(async () => {
    try {
      await auth.logout();
    } finally {
      setUser(null);
      setNotice('您已安全退出。');
      setStatus('anonymous');
    }
  }, []);

  const value = useMemo(
    () => ({ status, user, notice, startupError, login, logout }),
    [status, user, notice, startupError, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session; only inside {@link SessionProvider}. */
export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession 必须在 SessionProvider 内使用');
  return s;
}

/** The signed-in user; only on pages behind the login. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('此页面需要登录');
  return user;
}
