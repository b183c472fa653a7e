import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Suspense, useEffect } from 'react';
import { LoginPage } from '../pages/login-page.js';
import { AppShell } from './app-shell.js';
import { matchPath, navigate, useLocation } from './router.js';
import { allowed, homePath, ROUTES } from './routes.js';
import { SessionProvider, useSession } from './session.js';

dayjs.locale('zh-cn');

const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  },
};

function Loading() {
  return (
    <div className="page-loading" role="status">
      <Spin description="正在加载…" size="large">
        <div style={{ width: 200, height: 80 }} />
      </Spin>
    </div>
  );
}

function Routes() {
  const session = useSession();
  const { path } = useLocation();
  const user = session.user;

  useEffect(() => {
    if (session.status === 'anonymous' && path !== '/login')
      navigate(`/login?next=${encodeURIComponent(path)}`, { replace: true });
    if (session.status === 'signed-in' && user && (path === '/' || path === '/login'))
      navigate(homePath(user.role), { replace: true });
  }, [session.status, user, path]);

  if (session.status === 'loading') return <Loading />;
  if (session.status === 'anonymous' || !user) return <LoginPage />;

  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    document.title = `${route.title} · 政府信息公开年报工作台`;
    const Page = route.page;
    return (
      <AppShell>
        {allowed(route, user.role) ? (
          <Suspense fallback={<Loading />}>
            <Page params={params} />
          </Suspense>
        ) : (
          <Result
            status="403"
            title="无权访问"
            subTitle={`您的角色不能打开「${route.title}」页面。`}
          />
        )}
      </AppShell>
    );
  }
  return (
    <AppShell>
      {path === '/' || path === '/login' ? (
        <Loading />
      ) : (
        <Result status="404" title="页面不存在" subTitle={`没有地址为「${path}」的页面。`} />
      )}
    </AppShell>
  );
}

/** The web app: Chinese locale and theme, message/modal context, session, pages. */
export function App() {
  return (
    // No space between two-character button labels (登录, not 登 录): screen readers read them as words.
    <ConfigProvider locale={zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <Routes />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
