import { Alert, Button, DatePicker, Input, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { listAudit, type AuditQuery } from '../api/audit.js';
import type { AuditEntry } from '../api/types.js';
import { formatTime } from '../app/labels.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';

/** Names of the actions the audit log records, for people. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.login-failed': '登录失败',
  'auth.logout': '退出',
  'auth.locked': '账户锁定',
  'auth.password': '修改密码',
  'report.create': '创建年报',
  'report.import': '导入年报',
  'report.correct': '更正年报',
  'report.submit': '提交审核',
  'report.return': '退回年报',
  'report.publish': '发布年报',
  'report.export': '导出年报',
  'user.create': '创建用户',
  'user.update': '修改用户',
  'user.unlock': '解锁用户',
  'user.password': '重置密码',
  'region.create': '创建区划',
  'region.update': '修改区划',
  'agency.create': '创建机关',
  'agency.update': '修改机关',
};

function actorName(a: AuditEntry['actor']): string {
  if (a === null) return '匿名';
  if (typeof a === 'string') return a;
  return a.displayName ?? (a.id === null ? '匿名' : `用户 ${a.id}`);
}

function detailText(d: unknown): string {
  if (d === null || d === undefined) return '';
  if (typeof d === 'string') return d;
  return JSON.stringify(d);
}

/** 审计日志 (auditor only): who did what, when and from where; filter by actor, action, time. */
export default function AuditPage() {
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 50 });
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const log = useAsync(() => listAudit(query), [JSON.stringify(query)]);

  const apply = () =>
    setQuery({
      page: 1,
      pageSize: query.pageSize,
      actor: actor.trim() || undefined,
      action: action.trim() || undefined,
      from: range?.[0]?.startOf('day').toISOString(),
      to: range?.[1]?.endOf('day').toISOString(),
    });

  return (
    <div className="page">
      <PageHeader
        title="审计日志"
        subtitle={<Typography.Text type="secondary">只读；记录不可修改或删除</Typography.Text>}
      />
      <form
        className="filters"
        role="search"
        aria-label="筛选审计日志"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <Input
          aria-label="操作人"
          placeholder="操作人"
          value={actor}
          onChange={(e) => setActor(e.target.value)}
          className="filter-item"
          allowClear
        />
        <Input
          aria-label="操作"
          placeholder="操作，例如 report.publish"
          value={action}
          onChange={(e) => setAction(e.target.value)}
          className="filter-wide"
          allowClear
        />
        <DatePicker.RangePicker aria-label="时间范围" value={range} onChange={(v) => setRange(v)} />
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              setActor('');
              setAction('');
              setRange(null);
              setQuery({ page: 1, pageSize: query.pageSize });
            }}
          >
            重置
          </Button>
        </Space>
      </form>
      {log.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="block-gap"
          title="无法读取审计日志"
          description={log.error.message}
        />
      )}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={log.loading}
        dataSource={log.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: log.data?.total ?? 0,
          showTotal: (t) => `共 ${t} 条`,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (t: string) => formatTime(t) },
          {
            title: '操作人',
            dataIndex: 'actor',
            width: 120,
            render: (a: AuditEntry['actor']) => actorName(a),
          },
          {
            title: '操作',
            dataIndex: 'action',
            width: 130,
            render: (a: string) => ACTION_LABELS[a] ?? a,
          },
          {
            title: '对象',
            key: 'entity',
            width: 140,
            render: (_: unknown, r) =>
              `${r.entity}${r.entityId !== null && r.entityId !== undefined ? ` #${r.entityId}` : ''}`,
          },
          {
            title: '详情',
            dataIndex: 'detail',
            ellipsis: true,
            render: (d: unknown) => detailText(d),
          },
          { title: 'IP 地址', dataIndex: 'ip', width: 130 },
        ]}
      />
    </div>
  );
}
