import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/http.js';
import { navigate, useLocation } from '../app/router.js';
import { useSession } from '../app/session.js';

/** The message to show for a failed login: the server's, or a clear one by status. */
export function loginErrorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 0) return e.message;
    if (e.code.includes('locked') || e.status === 423)
      return e.message || '账户因多次输错密码已被锁定，请 15 分钟后再试或联系系统管理员解锁。';
    if (e.status === 429) return e.message || '登录尝试过于频繁，请稍后再试。';
    if (e.status === 401 || e.status === 400) return e.message || '用户名或密码不正确。';
    return e.message;
  }
  return '登录失败，请稍后重试。';
}

/** 登录: username and password, with the reason of a failure shown plainly. */
export function LoginPage() {
  const { login, notice, startupError } = useSession();
  const { query } = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      const next = query.get('next');
      // Only same-app paths: never follow a `next` that leads to another site.
      navigate(
        next && next.startsWith('/') && !next.startsWith('//') && next !== '/login' ? next : '/',
        {
          replace: true,
        },
      );
    } catch (e) {
      setError(loginErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-page" id="main">
      <Card className="login-card">
        <Typography.Title level={1} className="login-title">
          政府信息公开年报工作台
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="login-subtitle">
          政府信息公开工作年度报告的导入、核查、更正、审核与导出
        </Typography.Paragraph>
        {notice && !error && <Alert className="login-alert" type="info" title={notice} showIcon />}
        {startupError && !error && (
          <Alert className="login-alert" type="warning" title={startupError} showIcon />
        )}
        {error && (
          <Alert className="login-alert" type="error" title={error} showIcon role="alert" />
        )}
        <Form
          layout="vertical"
          onFinish={(v: { username: string; password: string }) => void onFinish(v)}
          requiredMark={false}
        >
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            rules={[{ required: true, message: '请输入密码' }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
