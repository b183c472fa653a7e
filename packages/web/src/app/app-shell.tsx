import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, type MenuProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { ROLE_LABELS } from './labels.js';
import { matchPath, navigate, useLocation } from './router.js';
import { allowed, ROUTES } from './routes.js';
import { useSession, useUser } from './session.js';

/** Which menu entry a path belongs to (detail pages belong to 年报列表). */
function selectedKey(path: string): string {
  if (matchPath('/reports/:id', path) || matchPath('/reports/:id/compare', path)) return '/reports';
  if (matchPath('/casework/applications/:id', path) && path !== '/casework/applications/new')
    return '/casework/applications';
  return path;
}

/**
 * The frame of every signed-in page: a header with the menu of what the role may open and the
 * account menu; on a phone the menu folds into a drawer. A skip link leads keyboard users
 * straight to the content.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const user = useUser();
  const { logout } = useSession();
  const { path } = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  const narrow = !screens.md;

  const flat = ROUTES.filter((r) => r.menu && allowed(r, user.role)).map((r) => ({
    key: r.path,
    group: r.group,
    label: (
      <a href={r.path} onClick={(e) => e.preventDefault()}>
        {r.title}
      </a>
    ),
  }));
  // Grouped entries fold into one submenu where the group's first entry stands.
  const items: MenuProps['items'] = [];
  const groups = new Set<string>();
  for (const { group, ...item } of flat) {
    if (!group) items.push(item);
    else if (!groups.has(group)) {
      groups.add(group);
      items.push({
        key: `group:${group}`,
        label: group,
        children: flat
          .filter((f) => f.group === group)
          .map((f) => ({ key: f.key, label: f.label })),
      });
    }
  }
  const onMenu: MenuProps['onClick'] = ({ key }) => {
    setDrawer(false);
    navigate(key);
  };
  const account: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
  ];
  const onAccount: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') navigate('/account/password');
    if (key === 'logout') void logout();
  };

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Layout.Header className="app-header">
        {narrow && (
          <Button
            type="text"
            className="app-header-button"
            icon={<MenuOutlined />}
            aria-label="打开菜单"
            onClick={() => setDrawer(true)}
          />
        )}
        <a
          className="app-title"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          政府信息公开年报工作台
        </a>
        {!narrow && (
          <Menu
            className="app-menu"
            theme="dark"
            mode="horizontal"
            selectedKeys={[selectedKey(path)]}
            items={items}
            onClick={onMenu}
            aria-label="主菜单"
          />
        )}
        <Dropdown menu={{ items: account, onClick: onAccount }} trigger={['click']}>
          <Button type="text" className="app-header-button app-account" icon={<UserOutlined />}>
            {narrow ? '' : `${user.displayName}（${ROLE_LABELS[user.role]}）`}
            {narrow && <span className="sr-only">账户菜单</span>}
          </Button>
        </Dropdown>
      </Layout.Header>
      <Drawer
        title="菜单"
        placement="left"
        open={drawer}
        onClose={() => setDrawer(false)}
        size={260}
      >
        <p className="drawer-user">
          {user.displayName}（{ROLE_LABELS[user.role]}）
        </p>
        <Menu mode="inline" selectedKeys={[selectedKey(path)]} items={items} onClick={onMenu} />
      </Drawer>
      <Layout.Content id="main" className="app-content" tabIndex={-1}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
