import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { changePassword } from '../api/auth.js';
import { passwordProblem } from '../app/password-policy.js';
import { useUser } from '../app/session.js';
import { PageHeader } from '../report/page-header.js';

interface Values {
  current: string;
  next: string;
  confirm: string;
}

/** 修改密码: the current password, the new one twice, checked against the policy as typed. */
export default function PasswordPage() {
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword(v.current, v.next);
      form.resetFields();
      void message.success('密码已修改，下次登录请使用新密码。');
    } catch (e) {
      setError(e instanceof Error ? e.message : '修改密码失败，请稍后重试。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page narrow-page">
      <PageHeader title="修改密码" />
      <Card>
        <Alert
          type="info"
          showIcon
          className="block-gap"
          title="新密码至少 10 个字符，包含小写字母、大写字母、数字、符号中的至少三类，且不能包含用户名。"
        />
        {error && <Alert type="error" showIcon role="alert" className="block-gap" title={error} />}
        <Form form={form} layout="vertical" onFinish={(v: Values) => void onFinish(v)}>
          <Form.Item
            label="当前密码"
            name="current"
            rules={[{ required: true, message: '请输入当前密码' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="next"
            rules={[
              { required: true, message: '请输入新密码' },
              {
                validator: (_, value: string | undefined) => {
                  const problem = passwordProblem(value ?? '', user.username);
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="再次输入新密码"
            name="confirm"
            dependencies={['next']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  value && value !== getFieldValue('next')
                    ? Promise.reject(new Error('两次输入的新密码不一致'))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            修改密码
          </Button>
        </Form>
      </Card>
    </div>
  );
}
