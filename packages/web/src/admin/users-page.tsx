import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  TreeSelect,
} from 'antd';
import { useState } from 'react';
import { createUser, listUsers, resetUserPassword, unlockUser, updateUser } from '../api/admin.js';
import type { ManagedUser, Role } from '../api/types.js';
import { formatTime, ROLE_LABELS } from '../app/labels.js';
import { regionTreeData, useOrganisation } from '../app/organisation.js';
import { passwordProblem } from '../app/password-policy.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import { validValues } from '../app/valid-values.js';

// Separation of duties: the administrator cannot create or promote an auditor (the server
// refuses it with 403); auditor accounts come from initial setup.
const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[])
  .filter((r) => r !== 'auditor')
  .map((r) => ({ value: r, label: ROLE_LABELS[r] }));

interface EditValues {
  username: string;
  displayName: string;
  role: Role;
  agencyId?: number | null;
  regionId?: number | null;
  password?: string;
}

/** 用户管理 (administrator): create accounts, change role and scope, disable, unlock, reset. */
export default function UsersPage() {
  const { message } = App.useApp();
  const users = useAsync(() => listUsers(), []);
  const org = useOrganisation();
  const [editing, setEditing] = useState<ManagedUser | 'new' | null>(null);
  const [resetting, setResetting] = useState<ManagedUser | null>(null);
  const [form] = Form.useForm<EditValues>();
  const [pwForm] = Form.useForm<{ password: string }>();
  const role = Form.useWatch('role', form);
  const [busy, setBusy] = useState(false);

  const agencyName = (id: number | null) => org.agencies.find((a) => a.id === id)?.name;

  const open = (u: ManagedUser | 'new') => {
    setEditing(u);
    form.resetFields();
    if (u !== 'new')
      form.setFieldsValue({
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        agencyId: u.agencyId,
        regionId: u.regionId,
      });
  };

  const act = async (what: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await what();
      void message.success(done);
      users.reload();
      return true;
    } catch (e) {
      void message.error(e instanceof Error ? e.message : '操作失败');
      return false;
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const scope = {
      agencyId: v.role === 'clerk' ? (v.agencyId ?? null) : null,
      regionId: v.role === 'reviewer' ? (v.regionId ?? null) : null,
    };
    const ok =
      editing === 'new'
        ? await act(
            () => createUser({ ...v, ...scope, password: v.password ?? '' }),
            `已创建用户「${v.displayName}」`,
          )
        : editing
          ? await act(
              () => updateUser(editing.id, { displayName: v.displayName, role: v.role, ...scope }),
              `已保存「${v.displayName}」`,
            )
          : false;
    if (ok) setEditing(null);
  };

  return (
    <div className="page">
      <PageHeader
        title="用户管理"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            新建用户
          </Button>
        }
      />
      {users.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="block-gap"
          title="无法读取用户"
          description={users.error.message}
        />
      )}
      <Table<ManagedUser>
        rowKey="id"
        size="middle"
        loading={users.loading}
        dataSource={users.data ?? []}
        scroll={{ x: 860 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] ?? r },
          {
            title: '范围',
            key: 'scope',
            render: (_: unknown, u) =>
              u.role === 'clerk'
                ? (agencyName(u.agencyId) ?? '—')
                : u.role === 'reviewer'
                  ? `区划 #${u.regionId ?? '—'}`
                  : '—',
          },
          {
            title: '状态',
            key: 'state',
            render: (_: unknown, u) => (
              <Space size={4}>
                {u.disabled ? <Tag>已停用</Tag> : <Tag color="success">正常</Tag>}
                {u.locked && <Tag color="error">已锁定</Tag>}
              </Space>
            ),
          },
          {
            title: '最近登录',
            dataIndex: 'lastLoginAt',
            render: (t: string | null) => formatTime(t),
            responsive: ['lg'],
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, u) =>
              u.role === 'auditor' ? (
                <Space wrap size="small">
                  <span className="muted">审计员账号不可由管理员修改</span>
                  {u.locked && (
                    <Button
                      size="small"
                      onClick={() => void act(() => unlockUser(u.id), `已解锁「${u.displayName}」`)}
                    >
                      解锁
                    </Button>
                  )}
                </Space>
              ) : (
                <Space wrap size="small">
                  <Button size="small" onClick={() => open(u)}>
                    编辑
                  </Button>
                  <Button
                    size="small"
                    onClick={() => {
                      setResetting(u);
                      pwForm.resetFields();
                    }}
                  >
                    重置密码
                  </Button>
                  {u.locked && (
                    <Button
                      size="small"
                      onClick={() => void act(() => unlockUser(u.id), `已解锁「${u.displayName}」`)}
                    >
                      解锁
                    </Button>
                  )}
                  <Switch
                    size="small"
                    checked={!u.disabled}
                    aria-label={
                      u.disabled ? `启用「${u.displayName}」` : `停用「${u.displayName}」`
                    }
                    onChange={(on) =>
                      void act(
                        () => updateUser(u.id, { disabled: !on }),
                        on ? `已启用「${u.displayName}」` : `已停用「${u.displayName}」`,
                      )
                    }
                  />
                </Space>
              ),
          },
        ]}
      />
      <Modal
        title={editing === 'new' ? '新建用户' : '编辑用户'}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[
              { required: true, message: '请输入用户名' },
              { pattern: /^[a-zA-Z0-9_.-]{3,32}$/u, message: '用户名为 3–32 位字母、数字或 _ . -' },
            ]}
          >
            <Input disabled={editing !== 'new'} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="姓名"
            name="displayName"
            rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
            <Select options={ROLE_OPTIONS} />
          </Form.Item>
          {role === 'clerk' && (
            <Form.Item
              label="所属机关"
              name="agencyId"
              rules={[{ required: true, message: '填报员必须属于一个机关' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={org.agencies.map((a) => ({ value: a.id, label: a.name }))}
              />
            </Form.Item>
          )}
          {role === 'reviewer' && (
            <Form.Item
              label="审核区划"
              name="regionId"
              rules={[{ required: true, message: '审核员必须负责一个区划' }]}
            >
              <TreeSelect treeData={regionTreeData(org.regions)} treeDefaultExpandAll />
            </Form.Item>
          )}
          {editing === 'new' && (
            <Form.Item
              label="初始密码"
              name="password"
              dependencies={['username']}
              rules={[
                { required: true, message: '请设置初始密码' },
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) => {
                    const p = passwordProblem(value ?? '', String(getFieldValue('username') ?? ''));
                    return p ? Promise.reject(new Error(p)) : Promise.resolve();
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        title={`重置「${resetting?.displayName ?? ''}」的密码`}
        open={resetting !== null}
        onCancel={() => setResetting(null)}
        okText="重置"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() =>
          void validValues(pwForm).then(async (v) => {
            if (
              v &&
              resetting &&
              (await act(
                () => resetUserPassword(resetting.id, v.password),
                '密码已重置，请通知本人尽快修改',
              ))
            )
              setResetting(null);
          })
        }
      >
        <Form form={pwForm} layout="vertical">
          <Form.Item
            label="新密码"
            name="password"
            rules={[
              { required: true, message: '请输入新密码' },
              {
                validator: (_, value: string | undefined) => {
                  const p = passwordProblem(value ?? '', resetting?.username ?? '');
                  return p ? Promise.reject(new Error(p)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
